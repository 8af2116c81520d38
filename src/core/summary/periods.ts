// `summary --by month|quarter`: weeks rolled up into calendar periods. A week
// belongs to the month (and quarter) of its Thursday, as ISO 8601 puts a week
// in the year of its Thursday, so every week is in exactly one period. Each
// period is the aggregate of its weeks (aggregate.ts): minutes summed, shares
// recomputed.

import { mondayOfIsoWeek, parseWeekValue } from '../parse/isoWeek';
import { aggregateWeeks, type AggregateSummary } from './aggregate';
import type { WeekSummary } from './allocation';

export type PeriodKind = 'month' | 'quarter';

export interface PeriodSummary extends AggregateSummary {
  /** `2026-11` (month) or `2026-Q4` (quarter); null for reviews whose week is unknown. */
  period: string | null;
  /** The weeks rolled into it, in order (a review without a week: its file). */
  weeks: string[];
}

const DAY_MS = 86_400_000;

/** The period a week (`2026-W48`) belongs to, by its Thursday; null when the label names no week. */
export function periodOfWeek(week: string | null, by: PeriodKind): string | null {
  const parsed = week === null ? undefined : parseWeekValue(week);
  if (!parsed?.ok) return null;
  const thursday = new Date(mondayOfIsoWeek(parsed.week).getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const month = thursday.getUTCMonth();
  return by === 'month' ? `${year}-${String(month + 1).padStart(2, '0')}` : `${year}-Q${Math.floor(month / 3) + 1}`;
}

/** The weeks grouped by period, periods in calendar order (unknown weeks last). */
export function rollUpWeeks(weeks: readonly WeekSummary[], by: PeriodKind): PeriodSummary[] {
  const groups = new Map<string | null, WeekSummary[]>();
  for (const week of weeks) {
    const period = periodOfWeek(week.week, by);
    groups.set(period, [...(groups.get(period) ?? []), week]);
  }
  const order = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  return order.map((period) => {
    const members = [...(groups.get(period) ?? [])].sort((a, b) => (a.week ?? '').localeCompare(b.week ?? '') || a.file.localeCompare(b.file));
    return { period, weeks: members.map((week) => week.week ?? week.file), ...aggregateWeeks(members) };
  });
}

/** Weeks split by the rubric that judged them, in order of first appearance: trends never mix rubrics. */
export function weeksByRubric(weeks: readonly WeekSummary[]): WeekSummary[][] {
  const groups = new Map<string, WeekSummary[]>();
  for (const week of weeks) groups.set(week.rubric, [...(groups.get(week.rubric) ?? []), week]);
  return [...groups.values()];
}
