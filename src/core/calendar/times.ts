// Times of a calendar as instants: what an ical.js Time means in the zone its
// TZID names (or UTC, or the floating zone), how long an event lasts (DTEND
// exact; DURATION's days and weeks on the clock, its hours exact, as RFC 5545
// says), and the recurrence id this tool writes for an instance.

import ICAL from 'ical.js';
import type { Zone } from './zones';

export type Component = InstanceType<typeof ICAL.Component>;
export type Time = InstanceType<typeof ICAL.Time>;
export type Duration = InstanceType<typeof ICAL.Duration>;

export const DAY = 86_400_000;

export interface Context {
  zones: Map<string, Zone>;
  /** The zone of floating times: the calendar's, else the user's; inside a series, the series' own. */
  floating: Zone;
}

/** A Time's fields as if they were UTC: its wall clock, comparable across zones only as wall clocks. */
export const wallOf = (time: Time): number => Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);

/** The zone a Time is written in: UTC, its TZID's, or the floating zone. */
export function zoneOf(time: Time, ctx: Context): Zone | 'utc' {
  if (time.zone === ICAL.Timezone.utcTimezone) return 'utc';
  const tzid = time.zone?.tzid;
  return (tzid !== undefined ? ctx.zones.get(tzid) : undefined) ?? ctx.floating;
}

/** A time's instant: UTC as written, its TZID's zone, or the floating zone; a date is its midnight in the floating zone (a day is the same day on any clock). */
export function instantOf(time: Time, ctx: Context): number {
  if (time.isDate) return ctx.floating.toUtc(Date.UTC(time.year, time.month - 1, time.day));
  const zone = zoneOf(time, ctx);
  return zone === 'utc' ? wallOf(time) : zone.toUtc(wallOf(time));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20270308` of a Time's own fields: its day on its own clock. */
export const dayKey = (time: Time): string => `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}`;

/** `20270308T100000Z` (UTC) or `20270308` for a day: the recurrence id as this tool writes it. */
export function recurrenceKey(time: Time, ctx: Context): string {
  if (time.isDate) return dayKey(time);
  const d = new Date(instantOf(time, ctx));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The end of `duration` after `start`: weeks and days on the clock (a day is 23 hours on the night of a clock change), the rest exact. */
export function endAfter(start: Time, duration: Duration, ctx: Context): number {
  const sign = duration.isNegative ? -1 : 1;
  const days = sign * (duration.weeks * 7 + duration.days);
  const exact = sign * (duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * 1000;
  if (days === 0) return instantOf(start, ctx) + exact;
  const moved = start.clone();
  moved.adjust(days, 0, 0, 0);
  return instantOf(moved, ctx) + exact;
}

/**
 * A day less its last minute: generators that know no dates write an all-day
 * event as 00:00 to 23:59 or 23:59:59 (in UTC or on the event's clock), and
 * such an event is the day, not 24 hours of work.
 */
const DAY_LESS_A_MINUTE = DAY - 60_000;

/** Whether [start, end) is a day or more on the clock of the zone `time` is written in (24 real hours, a day across a clock change, or a day written up to 23:59). */
export function dayLong(time: Time, start: number, end: number, ctx: Context): boolean {
  if (end - start >= DAY_LESS_A_MINUTE) return true;
  const zone = zoneOf(time, ctx);
  if (zone === 'utc' || time.isDate) return false;
  return end + zone.offsetAt(end) - (start + zone.offsetAt(start)) >= DAY_LESS_A_MINUTE;
}

export interface Span {
  start: number;
  end: number;
  allDay: boolean;
  startTime: Time;
  /** A day or more on the event's own clock. */
  dayLong: boolean;
  /** DURATION when the event gives one instead of DTEND: each instance of a series ends that long after its start. */
  duration?: Duration;
}

/** Start and end of a component as written: DTEND, else DURATION, else the start (a day for a date). */
export function spanOf(component: Component, ctx: Context): Span {
  const startTime = component.getFirstPropertyValue('dtstart') as Time | null;
  if (!startTime) throw new Error('it has no DTSTART');
  const start = instantOf(startTime, ctx);
  const endTime = component.getFirstPropertyValue('dtend') as Time | null;
  const duration = endTime ? null : (component.getFirstPropertyValue('duration') as Duration | null);
  let end: number;
  if (endTime) end = instantOf(endTime, ctx);
  else if (duration) end = startTime.isDate ? start + duration.toSeconds() * 1000 : endAfter(startTime, duration, ctx);
  else end = startTime.isDate ? start + DAY : start;
  return { start, end, allDay: startTime.isDate, startTime, dayLong: dayLong(startTime, start, end, ctx), ...(duration ? { duration } : {}) };
}
