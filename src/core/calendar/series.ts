// The instances of a recurring event inside a time window: DTSTART itself,
// each RRULE's dates as ical.js's rule iterator gives them, and each RDATE
// (a PERIOD with its own length), less the EXDATEs. Floating EXDATE, RDATE,
// RECURRENCE-ID and UNTIL values are read in the series' own zone, which is
// what an export that leaves the TZID off them means. A DATE EXDATE removes
// that day's instance; a DATE UNTIL on a timed series takes in its whole day.
//
// ical.js's iterator loops inside one `next()` until a date satisfies every
// BY rule, so a rule that can never match ("every day of 30 February") would
// run forever: each iterator's check is wrapped so that it stops once the
// iterator's clock passes the window (nothing after it matters) and gives up
// after MAX_RULE_CHECKS checks. A rule without COUNT is first moved forward
// by whole periods to just before the window, so a weekly series begun in
// 1926 costs a week of iterations, not a century. Two kinds of rule ical.js
// reads wrongly are expanded here from its candidates: yearly ones by ISO
// week number, and ones whose BYSETPOS it ignores.

import ICAL from 'ical.js';
import { DAY, dayKey, dayLong, endAfter, instantOf, recurrenceKey, wallOf, zoneOf, type Component, type Context, type Span, type Time } from './times';
import { UTC_ZONE } from './zones';
import { mondayOfIsoWeek, weeksInYear } from '../parse/isoWeek';

type Recur = InstanceType<typeof ICAL.Recur>;
type Period = InstanceType<typeof ICAL.Period>;

/** A series may give this many dates before the window; more is refused rather than left to run. */
export const MAX_SERIES_STEPS = 100_000;
/** Checks of a date against a rule's BY parts a series may take, in all. */
export const MAX_RULE_CHECKS = 400_000;

/** Why a series was not expanded: too many dates, or too many checks, before the window. */
export class SeriesLimit extends Error {
  constructor(readonly kind: 'steps' | 'checks') {
    super(kind);
  }
}

class PastWindow extends Error {}

export interface Instance {
  /** The recurrence id (see recurrenceKey). */
  key: string;
  start: number;
  end: number;
  dayLong: boolean;
}

export interface Window {
  start: number;
  end: number;
}

/** Whether [start, end) touches the window; an instant event counts at its start. */
export function within(start: number, end: number, window: Window): boolean {
  // A zero-length or backwards one (a DTEND before its DTSTART, maybe before the week) is the week's when it starts in it: skipped and counted.
  return start < window.end && (end > window.start || (end <= start && start >= window.start));
}

/** Whether an instance's key or day is one of `keys`: a DATE EXDATE or RECURRENCE-ID names a day. */
export const matches = (keys: ReadonlySet<string>, key: string, day: string): boolean => keys.has(key) || keys.has(day);

/** The series' own context: its floating values are read in its DTSTART's zone. */
export function seriesContext(startTime: Time, ctx: Context): Context {
  const zone = zoneOf(startTime, ctx);
  return { zones: ctx.zones, floating: zone === 'utc' ? UTC_ZONE : zone };
}

const PERIOD_MS: Record<string, number> = { SECONDLY: 1000, MINUTELY: 60_000, HOURLY: 3_600_000, DAILY: DAY, WEEKLY: 7 * DAY };
const MONTHS: Record<string, number> = { MONTHLY: 1, YEARLY: 12 };

function movedBy(dtstart: Time, k: number, step: { ms?: number; months?: number }): Time {
  const time = dtstart.clone();
  if (step.months !== undefined) {
    const months = time.year * 12 + time.month - 1 + k * step.months;
    time.year = Math.floor(months / 12);
    time.month = (months % 12) + 1;
    return time;
  }
  const moved = new Date(wallOf(dtstart) + k * (step.ms ?? 0));
  time.year = moved.getUTCFullYear();
  time.month = moved.getUTCMonth() + 1;
  time.day = moved.getUTCDate();
  if (!time.isDate) {
    time.hour = moved.getUTCHours();
    time.minute = moved.getUTCMinutes();
    time.second = moved.getUTCSeconds();
  }
  return time;
}

/**
 * DTSTART moved forward by whole periods of its rule to just before the
 * window (three days of slack for zones and long events; a month more for a
 * monthly or yearly rule, whose BY parts pick days across a whole month). Whole periods keep every BY rule and the week start in step; a
 * rule with COUNT is not moved, as it counts from the real start, nor a
 * monthly or yearly one on a day after the 28th whose BY parts name no days
 * (the 31st moved by a month is no date, and such a rule skips the months
 * without one).
 */
export function fastForward(rule: Recur, dtstart: Time, window: Window): Time {
  if (rule.count) return dtstart;
  const interval = rule.interval || 1;
  const period = PERIOD_MS[rule.freq];
  if (period !== undefined) {
    const k = Math.floor((window.start - 3 * DAY - wallOf(dtstart)) / (period * interval));
    return k > 0 ? movedBy(dtstart, k, { ms: period * interval }) : dtstart;
  }
  const months = MONTHS[rule.freq];
  // With BY parts that name the days, DTSTART's own day says nothing about the others: the 1st stands in for the 31st.
  const daysNamed = (['BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO'] as const).some((part) => rule.parts[part] !== undefined);
  if (months === undefined || (dtstart.day > 28 && !daysNamed)) return dtstart;
  const target = window.start - 35 * DAY;
  const gone = (new Date(target).getUTCFullYear() - dtstart.year) * 12 + new Date(target).getUTCMonth() - (dtstart.month - 1);
  const k = Math.floor(gone / (months * interval)) - 1;
  if (k <= 0) return dtstart;
  const moved = movedBy(dtstart, k, { months: months * interval });
  if (moved.day > 28) moved.day = 1;
  return moved;
}

/**
 * ical.js's monthly rule with BYMONTH skips the first of those months when
 * the iterator starts in another month ("every Saturday of December" begun
 * in October gives nothing that December). So such a rule (one month apart)
 * starts on the first of its months on or after `start`: on its 1st when BY
 * parts name the days, else on the same day. Dates before DTSTART are
 * dropped by the caller.
 */
function alignToMonths(rule: Recur, start: Time): Time {
  const months = rule.parts.BYMONTH;
  if (rule.freq !== 'MONTHLY' || !months || months.length === 0 || (rule.interval || 1) !== 1 || months.includes(start.month)) return start;
  const next = [...months].sort((a, b) => a - b).find((month) => month > start.month);
  const aligned = start.clone();
  if (next === undefined) aligned.year += 1;
  aligned.month = next ?? Math.min(...months);
  if ((['BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO'] as const).some((part) => rule.parts[part] !== undefined)) aligned.day = 1;
  return aligned;
}

/**
 * A floating UNTIL is the series' wall clock; a DATE UNTIL on a timed series is the end of that day. A UTC UNTIL of
 * a floating series (Thunderbird writes one: the last start in UTC) is an instant: ical.js would hold it against the
 * series' wall clock, which east of UTC drops the last instance, so it is turned into that clock's time.
 */
function untilInZone(rule: Recur, dtstart: Time, ctx: Context): void {
  const until = rule.until;
  if (!until || dtstart.isDate) return;
  if (until.isDate) rule.until = new ICAL.Time({ year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59, isDate: false }, dtstart.zone);
  else if (until.zone !== ICAL.Timezone.utcTimezone) {
    const inZone = until.clone();
    inZone.zone = dtstart.zone;
    rule.until = inZone;
  } else if (isFloating(dtstart, ctx)) {
    const wall = new Date(wallOf(until) + ctx.floating.offsetAt(wallOf(until)));
    rule.until = new ICAL.Time({ year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(), isDate: false }, dtstart.zone);
  }
}

/** Whether a time is floating: neither UTC nor in a zone its TZID names (ical.js compares such times as if they were UTC). */
const isFloating = (time: Time, ctx: Context): boolean => time.zone !== ICAL.Timezone.utcTimezone && !(time.zone?.tzid !== undefined && ctx.zones.has(time.zone.tzid));

/** The rule's iterator from `start`, its checks counted and stopped once its clock is past `lastWall`. */
function guarded(rule: Recur, start: Time, lastWall: number, checks: { left: number }) {
  const iterator = rule.iterator(start);
  const check = iterator.check_contracting_rules.bind(iterator);
  iterator.check_contracting_rules = () => {
    if (--checks.left < 0) throw new SeriesLimit('checks');
    if (wallOf(iterator.last) > lastWall) throw new PastWindow();
    return check();
  };
  return iterator;
}

/** The dates of one RRULE that start before the window's end, each passed to `add`. */
function ruleDates(rule: Recur, dtstart: Time, window: Window, ctx: Context, add: (time: Time) => void, budget: { steps: number; checks: { left: number } }): void {
  untilInZone(rule, dtstart, ctx);
  const moved = alignToMonths(rule, fastForward(rule, dtstart, window));
  try {
    iterate(rule, moved, dtstart, window, ctx, add, budget);
  } catch (error) {
    // ical.js refuses some BY combinations from one start and not another: then walk from DTSTART itself.
    if (error instanceof SeriesLimit || moved === dtstart) throw error;
    iterate(rule, dtstart, dtstart, window, ctx, add, budget);
  }
}

function iterate(rule: Recur, from: Time, dtstart: Time, window: Window, ctx: Context, add: (time: Time) => void, budget: { steps: number; checks: { left: number } }): void {
  // Two days past the window's end on any clock: no zone is more than 14 hours from UTC.
  const iterator = guarded(rule, from, window.end + 2 * DAY, budget.checks);
  const first = instantOf(dtstart, ctx);
  try {
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (++budget.steps > MAX_SERIES_STEPS) throw new SeriesLimit('steps');
      const start = instantOf(next, ctx);
      if (start >= window.end) return;
      if (start >= first) add(next.clone());
    }
  } catch (error) {
    if (!(error instanceof PastWindow)) throw error;
  }
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const WEEK_NUMBER_PARTS = ['BYWEEKNO', 'BYDAY', 'BYMONTH', 'BYHOUR', 'BYMINUTE', 'BYSECOND'];

/** Whether a rule is one `weekNumberDates` reads: yearly, by ISO week number, every year, with at most plain weekdays, months and times of day beside it. */
function byWeekNumber(rule: Recur): boolean {
  const parts = Object.keys(rule.parts);
  const days = rule.parts.BYDAY ?? [];
  return rule.freq === 'YEARLY' && rule.parts.BYWEEKNO !== undefined && (rule.interval || 1) === 1 && rule.wkst === ICAL.Time.MONDAY && parts.every((part) => WEEK_NUMBER_PARTS.includes(part)) && days.every((day) => WEEKDAYS.includes(day));
}

/** The times of day of a rule's dates: each BYHOUR, BYMINUTE and BYSECOND (else DTSTART's), in order, as [hour, minute, second]. */
function timesOfDay(rule: Recur, dtstart: Time): [number, number, number][] {
  const sorted = (values: readonly number[] | undefined, own: number) => [...new Set(values ?? [own])].sort((a, b) => a - b);
  return sorted(rule.parts.BYHOUR, dtstart.hour).flatMap((hour) => sorted(rule.parts.BYMINUTE, dtstart.minute).flatMap((minute) => sorted(rule.parts.BYSECOND, dtstart.second).map((second): [number, number, number] => [hour, minute, second])));
}

/**
 * The dates of a yearly rule by ISO week number ("Monday of week 53"), from
 * DTSTART's year to the window's end, COUNT and UNTIL applied. ical.js reads
 * BYWEEKNO wrongly: `FREQ=YEARLY;BYWEEKNO=12;BYDAY=MO` gave every Monday
 * except that of week 12. A week number past a year's last week (53 in a year
 * of 52) names no date; a negative one counts from the year's last week.
 */
function weekNumberDates(rule: Recur, dtstart: Time, window: Window, ctx: Context, add: (time: Time) => void): void {
  untilInZone(rule, dtstart, ctx);
  const first = instantOf(dtstart, ctx);
  const until = rule.until ? instantOf(rule.until, ctx) : Infinity;
  const weekdays = (rule.parts.BYDAY ?? [WEEKDAYS[(dtstart.dayOfWeek() + 5) % 7] as string]).map((day) => WEEKDAYS.indexOf(day));
  const lastYear = new Date(window.end).getUTCFullYear() + 1;
  const times = timesOfDay(rule, dtstart);
  let count = 0;
  for (let year = dtstart.year - 1; year <= lastYear; year++) {
    const weeks = weeksInYear(year);
    const dates = (rule.parts.BYWEEKNO ?? []).flatMap((n) => (n > 0 ? n : weeks + n + 1)).filter((n) => n >= 1 && n <= weeks).flatMap((week) => weekdays.map((weekday) => mondayOfIsoWeek({ year, week }).getTime() + weekday * DAY));
    for (const day of [...new Set(dates)].sort((a, b) => a - b)) {
      const date = new Date(day);
      if (rule.parts.BYMONTH && !rule.parts.BYMONTH.includes(date.getUTCMonth() + 1)) continue;
      for (const [hour, minute, second] of dtstart.isDate ? [[0, 0, 0]] : times) {
        const time = dtstart.clone();
        [time.year, time.month, time.day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        if (!dtstart.isDate) [time.hour, time.minute, time.second] = [hour as number, minute as number, second as number];
        const start = instantOf(time, ctx);
        if (start < first) continue;
        if (start > until || (rule.count && ++count > rule.count) || start >= window.end) return;
        add(time);
      }
    }
  }
}

const TIME_PARTS = ['BYHOUR', 'BYMINUTE', 'BYSECOND'] as const;

/** Whether ical.js drops a yearly rule's times of day: `FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23;BYHOUR=9,15` gave 09:00 only. */
function yearlyTimesDropped(rule: Recur, dtstart: Time): boolean {
  return rule.freq === 'YEARLY' && !dtstart.isDate && rule.parts.BYSETPOS === undefined && TIME_PARTS.some((part) => rule.parts[part] !== undefined);
}

/**
 * A yearly rule with times of day: its dates as ical.js reads the rule without
 * them, each at every time the rule names (else DTSTART's), in order; no time
 * before DTSTART, and COUNT and UNTIL applied to the times. The dates' rule
 * keeps COUNT (a date holds at least one time, so it walks far enough, and from
 * DTSTART, as COUNT counts from there).
 */
function yearlyTimedDates(rule: Recur, dtstart: Time, window: Window, ctx: Context, add: (time: Time) => void, budget: { steps: number; checks: { left: number } }): void {
  untilInZone(rule, dtstart, ctx);
  const until = rule.until ? instantOf(rule.until, ctx) : Infinity;
  const first = instantOf(dtstart, ctx);
  const times = timesOfDay(rule, dtstart);
  const dates = rule.clone();
  for (const part of TIME_PARTS) delete dates.parts[part];
  dates.until = null;
  let count = 0;
  let done = false;
  ruleDates(dates, dtstart, window, ctx, (date) => {
    for (const [hour, minute, second] of done ? [] : times) {
      const time = date.clone();
      [time.hour, time.minute, time.second] = [hour, minute, second];
      const start = instantOf(time, ctx);
      if (start < first) continue;
      if (start > until || (rule.count && ++count > rule.count)) {
        done = true;
        return;
      }
      add(time);
    }
  }, budget);
}

/**
 * Whether ical.js ignores the rule's BYSETPOS: it reads one only for a monthly
 * rule by weekdays (`BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1`, the last weekday) and a
 * yearly one by weekdays of given months. A weekly rule ("the last workday of
 * the week") or a monthly one by days of the month (`BYMONTHDAY=15,-1;BYSETPOS=-1`)
 * gave every date of its set. Finer rules and rules by week number are left to ical.js.
 */
function setPositionIgnored(rule: Recur): boolean {
  const parts = rule.parts;
  if (!parts.BYSETPOS || parts.BYWEEKNO !== undefined || !SET_PERIOD[rule.freq]) return false;
  if (rule.freq === 'MONTHLY') return !parts.BYDAY || parts.BYMONTHDAY !== undefined;
  if (rule.freq === 'YEARLY') return !(parts.BYDAY && parts.BYMONTH && Object.keys(parts).length === 3);
  return true;
}

/** The periods BYSETPOS picks within, with how far a period reaches past its first day. */
const SET_PERIOD: Record<string, { reach: number }> = { DAILY: { reach: DAY }, WEEKLY: { reach: 7 * DAY }, MONTHLY: { reach: 31 * DAY }, YEARLY: { reach: 366 * DAY } };

/** A wall day as a day number; weekday 0 is Monday. */
const dayNumberOf = (time: Time): number => Math.floor(Date.UTC(time.year, time.month - 1, time.day) / DAY);
const weekdayOf = (time: Time): number => (dayNumberOf(time) + 3) % 7;

/** The period a date falls in, as a number: its day, its week (from the rule's week start), its month or its year. */
function periodOf(rule: Recur, time: Time): number {
  if (rule.freq === 'DAILY') return dayNumberOf(time);
  if (rule.freq === 'MONTHLY') return time.year * 12 + time.month;
  if (rule.freq === 'YEARLY') return time.year;
  // ical.js numbers weekdays from Sunday (1) to Saturday (7); the week starts on WKST, Monday by default.
  const start = ((rule.wkst || ICAL.Time.MONDAY) + 5) % 7;
  return dayNumberOf(time) - ((weekdayOf(time) - start + 7) % 7);
}

/**
 * The rule as a set of candidates, for BYSETPOS to pick from: without BYSETPOS,
 * COUNT and UNTIL (applied to the picks), and with the parts DTSTART stands for
 * written out (its time, its weekday, its day of the month), so that a walk from
 * the start of DTSTART's period finds each period's whole set.
 */
function candidateRule(rule: Recur, dtstart: Time): Recur {
  const data = rule.toJSON() as Record<string, unknown>;
  for (const key of ['bysetpos', 'count', 'until']) delete data[key];
  const parts = rule.parts;
  const named = (['BYDAY', 'BYMONTHDAY', 'BYYEARDAY'] as const).some((part) => parts[part] !== undefined);
  data.byhour ??= [dtstart.hour];
  data.byminute ??= [dtstart.minute];
  data.bysecond ??= [dtstart.second];
  if (rule.freq === 'WEEKLY' && !parts.BYDAY) data.byday = [WEEKDAYS[weekdayOf(dtstart)]];
  if ((rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') && !named) data.bymonthday = [dtstart.day];
  if (rule.freq === 'YEARLY' && !named && !parts.BYMONTH) data.bymonth = [dtstart.month];
  return ICAL.Recur.fromData(data as Parameters<typeof ICAL.Recur.fromData>[0]);
}

/** The first moment of the period `time` falls in, on its clock. */
function periodStart(rule: Recur, time: Time): Time {
  const start = time.clone();
  const day = new Date(periodOf(rule, time) * DAY);
  if (rule.freq === 'WEEKLY' || rule.freq === 'DAILY') [start.year, start.month, start.day] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  else [start.month, start.day] = [rule.freq === 'YEARLY' ? 1 : start.month, 1];
  [start.hour, start.minute, start.second] = [0, 0, 0];
  return start;
}

/**
 * The dates of a rule whose BYSETPOS ical.js ignores (see setPositionIgnored):
 * each period's candidates in order, the positions BYSETPOS names picked (1 the
 * first, -1 the last), then DTSTART, UNTIL and COUNT applied to the picks, as
 * RFC 5545 orders them. ical.js refuses some rules by weekday and day of the
 * month from one start and not another, so the walk is tried from the period
 * before the window, then from DTSTART's period.
 */
function setPositionDates(rule: Recur, dtstart: Time, window: Window, ctx: Context, add: (time: Time) => void, budget: { steps: number; checks: { left: number } }): void {
  untilInZone(rule, dtstart, ctx);
  const candidates = candidateRule(rule, dtstart);
  const moved = periodStart(rule, fastForward(rule, dtstart, window));
  const starts = [alignToMonths(candidates, moved), moved, periodStart(rule, dtstart)];
  for (const [index, from] of starts.entries()) {
    try {
      walkSets(rule, candidates, from, { dtstart, window, ctx, add, budget });
      return;
    } catch (error) {
      if (error instanceof SeriesLimit || index === starts.length - 1) throw error;
    }
  }
}

interface SetWalk {
  dtstart: Time;
  window: Window;
  ctx: Context;
  add: (time: Time) => void;
  budget: { steps: number; checks: { left: number } };
}

/** Walks the candidates from `from` (a period's start), picking BYSETPOS's positions of each whole period. */
function walkSets(rule: Recur, candidates: Recur, from: Time, { dtstart, window, ctx, add, budget }: SetWalk): void {
  const reach = (SET_PERIOD[rule.freq] as { reach: number }).reach;
  const iterator = guarded(candidates, from, window.end + reach + 2 * DAY, budget.checks);
  const first = instantOf(dtstart, ctx);
  const until = rule.until ? instantOf(rule.until, ctx) : Infinity;
  let count = 0;
  /** Adds the picks of one period's set; false once past UNTIL, COUNT or the window. */
  const pick = (set: readonly Time[]): boolean => {
    const positions = (rule.parts.BYSETPOS ?? []).map((n) => (n > 0 ? n - 1 : set.length + n));
    for (const index of [...new Set(positions)].filter((i) => i >= 0 && i < set.length).sort((a, b) => a - b)) {
      const time = set[index] as Time;
      const start = instantOf(time, ctx);
      if (start < first) continue;
      if (start > until || (rule.count && ++count > rule.count) || start >= window.end) return false;
      add(time);
    }
    return true;
  };
  let set: Time[] = [];
  try {
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (++budget.steps > MAX_SERIES_STEPS) throw new SeriesLimit('steps');
      if (set.length > 0 && periodOf(rule, next) !== periodOf(rule, set[0] as Time)) {
        if (!pick(set)) return;
        set = [];
      }
      set.push(next.clone());
    }
  } catch (error) {
    if (!(error instanceof PastWindow)) throw error;
  }
  // Every period that starts before the window's end is whole by the time the walk is past it by a period.
  pick(set);
}

/** The day a time names: as written in its zone, or a UTC time's day on the series' clock. */
function dayNamed(value: Time, ctx: Context): string {
  if (value.isDate || value.zone !== ICAL.Timezone.utcTimezone) return dayKey(value);
  const wall = new Date(wallOf(value) + ctx.floating.offsetAt(wallOf(value)));
  return `${String(wall.getUTCFullYear()).padStart(4, '0')}${String(wall.getUTCMonth() + 1).padStart(2, '0')}${String(wall.getUTCDate()).padStart(2, '0')}`;
}

/** EXDATE values as recurrence keys (instants) and days; for an all-day series, the day each names (Outlook writes its zone's midnight). */
function exdateKeys(component: Component, ctx: Context, allDay: boolean): Set<string> {
  const keys = new Set<string>();
  for (const property of component.getAllProperties('exdate')) for (const value of property.getValues() as Time[]) keys.add(allDay ? dayNamed(value, ctx) : recurrenceKey(value, ctx));
  return keys;
}

/** Instances moved after they are found (a THISANDFUTURE override), by at most `reach` ms either way, ends included. */
export interface Placement {
  reach: number;
  move: (instance: Instance) => Instance;
}

/**
 * The series' instances that touch the window, less those `replaced` (by a
 * RECURRENCE-ID) and those an EXDATE removes; `excluded` counts the latter
 * inside the window. `ctx` is the series' own (see seriesContext). With a
 * placement, the rule is walked `reach` further either way, and each
 * instance is moved before it is held against the window.
 */
export function seriesInstances(component: Component, span: Span, window: Window, ctx: Context, replaced: ReadonlySet<string>, placement?: Placement): { instances: Instance[]; excluded: number } {
  const length = span.end - span.start;
  const found = new Map<string, { instance: Instance; day: string }>();
  const add = (time: Time, end?: number): void => {
    const start = instantOf(time, ctx);
    const key = recurrenceKey(time, ctx);
    const day = dayKey(time);
    if (found.has(key) || matches(replaced, key, day)) return;
    const stop = end ?? (span.duration && !time.isDate ? endAfter(time, span.duration, ctx) : start + length);
    found.set(key, { instance: { key, start, end: stop, dayLong: dayLong(time, start, stop, ctx) }, day });
  };
  add(span.startTime);
  const budget = { steps: 0, checks: { left: MAX_RULE_CHECKS } };
  const reach = placement?.reach ?? 0;
  const walked = { start: window.start - reach, end: window.end + reach };
  for (const property of component.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as Recur;
    if (byWeekNumber(rule)) weekNumberDates(rule, span.startTime, walked, ctx, add);
    else if (setPositionIgnored(rule)) setPositionDates(rule, span.startTime, walked, ctx, add, budget);
    else if (yearlyTimesDropped(rule, span.startTime)) yearlyTimedDates(rule, span.startTime, walked, ctx, add, budget);
    else ruleDates(rule, span.startTime, walked, ctx, add, budget);
  }
  for (const property of component.getAllProperties('rdate')) {
    for (const value of property.getValues() as (Time | Period)[]) {
      if (value instanceof ICAL.Period) add(value.start, instantOf(value.getEnd(), ctx));
      else add(value);
    }
  }
  const excluded = exdateKeys(component, ctx, span.allDay);
  const instances: Instance[] = [];
  let removed = 0;
  for (const { instance: original, day } of found.values()) {
    const instance = placement ? placement.move(original) : original;
    if (!within(instance.start, instance.end, window)) continue;
    if (matches(excluded, instance.key, day)) removed++;
    else instances.push(instance);
  }
  return { instances, excluded: removed };
}
