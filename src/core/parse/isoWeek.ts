// ISO 8601 weeks with the ISO week-year: weeks start on Monday and week 1 is
// the week holding the year's first Thursday, so 2027-01-01 (a Friday) falls
// in 2026-W53. All arithmetic is in UTC to stay independent of the host's zone.

import type { IsoWeek } from '../types';

const DAY_MS = 86_400_000;

/**
 * Midnight UTC of a day, for any year: Date.UTC reads the years 0 to 99 as
 * 1900 to 1999, so `0026-W47.md` was 1926's week 47, printed "26-W47", and
 * the same week as `1926-W47.md`.
 */
function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export function isoWeekOfDate(date: Date): IsoWeek {
  const day = utcDay(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the week-year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const firstOfYear = utcDay(year, 0, 1).getTime();
  const week = Math.ceil(((day.getTime() - firstOfYear) / DAY_MS + 1) / 7);
  return { year, week };
}

export function weeksInYear(year: number): number {
  // A year has 53 weeks when Dec 28 (always in the last week) is in week 53.
  return isoWeekOfDate(utcDay(year, 11, 28)).week;
}

export function formatIsoWeek(week: IsoWeek): string {
  return `${String(week.year).padStart(4, '0')}-W${String(week.week).padStart(2, '0')}`;
}

/** Monday of an ISO week, as a UTC date. */
export function mondayOfIsoWeek(week: IsoWeek): Date {
  const jan4 = utcDay(week.year, 0, 4);
  const jan4Weekday = jan4.getUTCDay() || 7;
  const monday = new Date(jan4.getTime() - (jan4Weekday - 1) * DAY_MS);
  return new Date(monday.getTime() + (week.week - 1) * 7 * DAY_MS);
}

export function addWeeks(week: IsoWeek, delta: number): IsoWeek {
  return isoWeekOfDate(new Date(mondayOfIsoWeek(week).getTime() + delta * 7 * DAY_MS));
}

export type WeekParse = { ok: true; week: IsoWeek } | { ok: false; reason: string };

/**
 * Reads a front matter `week:` value: an ISO week (`2026-W47`, `2026W47`,
 * `2026-w47`) or any date in that week (`2026-11-18`).
 */
export function parseWeekValue(value: string): WeekParse {
  const text = value.trim();
  const weekMatch = /^(\d{4})-?[Ww](\d{1,2})$/.exec(text);
  if (weekMatch) {
    const year = Number(weekMatch[1]);
    const week = Number(weekMatch[2]);
    const last = weeksInYear(year);
    if (week < 1 || week > last) return { ok: false, reason: `${year} has weeks 1 to ${last}, not ${week}` };
    return { ok: true, week: { year, week } };
  }
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (dateMatch) {
    const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
    const date = utcDay(year, month - 1, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return { ok: false, reason: `${text} is not a calendar date` };
    }
    return { ok: true, week: isoWeekOfDate(date) };
  }
  return { ok: false, reason: `expected an ISO week like 2026-W47 or a date like 2026-11-18, found "${text}"` };
}

/** The ISO week named in a file name (`2026-W47.md`, `review-2026-w47.md`), if any. */
export function weekFromFileName(path: string): IsoWeek | undefined {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const match = /(?:^|[^\d])(\d{4})-[Ww](\d{2})(?!\d)/.exec(base);
  if (!match) return undefined;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  if (week.week < 1 || week.week > weeksInYear(week.year)) return undefined;
  return week;
}

/**
 * Why a file name that looks like it names an ISO week (`2026-W54.md`,
 * `2026-W00.md`) names none; undefined when it names a real week or none at all.
 */
export function fileNameWeekProblem(path: string): string | undefined {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const match = /(?:^|[^\d])(\d{4})-[Ww](\d{2})(?!\d)/.exec(base);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  const last = weeksInYear(year);
  if (week >= 1 && week <= last) return undefined;
  return `${base} names ${match[1]}-W${match[2]}, which is not a week: ${year} has weeks 1 to ${last}`;
}
