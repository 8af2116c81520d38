// Week arithmetic for the history: every ISO week maps to one integer (its
// ordinal, counted from the week of 1970-01-01), so "weeks between", "the four
// weeks before" and "every week from the first review to the latest" are plain
// integer ranges, correct across 53-week years.

import { formatIsoWeek, isoWeekOfDate, mondayOfIsoWeek, parseWeekValue } from '../parse/isoWeek';
import type { IsoWeek } from '../types';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 is a Thursday; its ISO week starts three days earlier. */
const EPOCH_MONDAY_SHIFT_MS = 3 * DAY_MS;

export function weekOrdinal(week: IsoWeek): number {
  return Math.floor((mondayOfIsoWeek(week).getTime() + EPOCH_MONDAY_SHIFT_MS) / WEEK_MS);
}

export function weekOfOrdinal(ordinal: number): IsoWeek {
  return isoWeekOfDate(new Date(ordinal * WEEK_MS - EPOCH_MONDAY_SHIFT_MS));
}

/** `2026-W47` for an ordinal. */
export function weekLabelOfOrdinal(ordinal: number): string {
  return formatIsoWeek(weekOfOrdinal(ordinal));
}

/** The ordinal of a week label (`2026-W47`) or date; `undefined` when it is neither. */
export function ordinalOfLabel(label: string): number | undefined {
  const parsed = parseWeekValue(label);
  return parsed.ok ? weekOrdinal(parsed.week) : undefined;
}
