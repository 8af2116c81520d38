// Reads the occurrences of a calendar that can touch a time window, with
// ical.js: each event block the first pass kept is parsed on its own (so a
// parse error names the event's line), every TZID is resolved to a zone
// (IANA and Windows names through the runtime's zone database, others through
// the file's own VTIMEZONE) and registered with ical.js while the series are
// expanded, so EXDATEs and RECURRENCE-IDs written in another zone still match.
// A series is expanded in its own zone (10:00 every Monday stays 10:00 across
// a clock change) and only up to the window's end; a rule without COUNT is
// moved forward by whole periods first, so a weekly series begun in 1926 costs
// a week of iterations, not a century.

import ICAL from 'ical.js';
import { mayTouch, scanCalendar, type Block } from './scan';
import type { Attendee, CalendarError, Occurrence } from './types';
import { ianaNameOf, intlZone, type Zone } from './zones';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** A series may take this many steps to reach the window; more is refused rather than left to run. */
export const MAX_SERIES_STEPS = 100_000;
const DAY = 86_400_000;

export interface Window {
  start: number;
  end: number;
}

export interface ReadResult {
  occurrences: Occurrence[];
  /** Every event UID in the file (see Scan.uids). */
  uids: Set<string>;
  /** Instances of series inside the window removed by EXDATE: cancelled instances. */
  excluded: number;
  calendarName?: string;
}

interface Parsed {
  block: Block;
  component: Component;
}

class ReadError extends Error {
  constructor(readonly at: CalendarError) {
    super(at.message);
  }
}

const wallOf = (time: Time): number => Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);

/** The line of `needle` inside a block, for errors that point at one property. */
function lineIn(block: Block, needle: string): number {
  const at = block.text.indexOf(needle);
  return at < 0 ? block.line : block.line + (block.text.slice(0, at).match(/\n/g)?.length ?? 0);
}

function parseBlock(file: string, block: Block): Component {
  try {
    return new ICAL.Component(ICAL.parse(block.text) as unknown as unknown[]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError({ file, line: block.line, message: `the ${block.kind === 'VEVENT' ? 'event' : 'time zone'} that starts here cannot be read (${reason}). Export the calendar again, or remove this ${block.kind}` });
  }
}

/** A zone defined only by the file's VTIMEZONE, through ical.js's reading of its rules. */
function vtimezoneZone(tzid: string, component: Component): Zone {
  const zone = new ICAL.Timezone({ component, tzid });
  const toUtc = (wallMs: number): number => {
    const d = new Date(wallMs);
    return new ICAL.Time({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), isDate: false }, zone).toUnixTime() * 1000;
  };
  return { name: tzid, offsetAt: () => 0, toUtc };
}

const TZID_PARAM = /;TZID=("[^"]*"|[^;:]*)/gi;

/**
 * At most this many zones that only the file defines (a VTIMEZONE, not an
 * IANA or Windows name) may be used in the week: ical.js reads each one's
 * rules from their start (Outlook writes 1601) up to the week, about 6 ms a
 * zone, so 2,000 of them took 13 s. An export has a handful.
 */
export const MAX_FILE_ZONES = 64;

/** Every TZID the kept events use, resolved to a zone; an unknown one is an error at its line. */
function resolveZones(file: string, events: readonly Parsed[], timezones: readonly Parsed[]): Map<string, Zone> {
  const defined = new Map<string, Component>();
  for (const { component } of timezones) defined.set(String(component.getFirstPropertyValue('tzid')), component);
  const zones = new Map<string, Zone>();
  let fileZones = 0;
  for (const { block } of events) {
    for (const match of block.text.matchAll(TZID_PARAM)) {
      const tzid = (match[1] as string).replace(/^"|"$/g, '');
      if (zones.has(tzid)) continue;
      const iana = ianaNameOf(tzid);
      const known = iana !== undefined ? intlZone(iana) : undefined;
      if (!known && defined.has(tzid) && ++fileZones > MAX_FILE_ZONES) throw new ReadError({ file, line: lineIn(block, match[0]), message: `TZID=${tzid} is the ${(MAX_FILE_ZONES + 1).toLocaleString('en-US')}th time zone of the week that only this file defines (VTIMEZONE), more than an import reads (${MAX_FILE_ZONES}). Replace these TZIDs with IANA names such as Europe/Berlin, or export the calendar again` });
      const zone = known ?? (defined.has(tzid) ? vtimezoneZone(tzid, defined.get(tzid) as Component) : undefined);
      if (!zone) throw new ReadError({ file, line: lineIn(block, match[0]), message: `unknown time zone TZID=${tzid}: it is not an IANA or Windows zone name and the file has no VTIMEZONE for it. Export the calendar again with time zones included, or replace it with an IANA name such as Europe/Berlin` });
      zones.set(tzid, zone);
    }
  }
  return zones;
}

/** Registers each zone with ical.js for the duration of `run`, then puts back what was there. */
function withRegisteredZones<T>(zones: Map<string, Zone>, run: () => T): T {
  const service = ICAL.TimezoneService;
  const previous = new Map<string, InstanceType<typeof ICAL.Timezone> | null>();
  for (const [tzid, zone] of zones) {
    previous.set(tzid, service.has(tzid) ? service.get(tzid) : null);
    const registered = new ICAL.Timezone({ tzid });
    registered.utcOffset = (tt: Time) => (wallOf(tt) - zone.toUtc(wallOf(tt))) / 1000;
    service.register(registered, tzid);
  }
  try {
    return run();
  } finally {
    for (const [tzid, held] of previous) {
      if (held) service.register(held, tzid);
      else service.remove(tzid);
    }
  }
}

/** Reads the occurrences of `text` that can touch `window`, or the first problem at its line. */
export function readOccurrences(file: string, text: string, window: Window, floating: Zone): ReadResult | CalendarError {
  const first = Math.floor(window.start / DAY) - 2;
  const last = Math.floor(window.end / DAY) + 2;
  const scan = scanCalendar(file, text, (block) => mayTouch(block, first, last));
  if ('message' in scan) return scan;
  try {
    const timezones = scan.blocks.filter((b) => b.kind === 'VTIMEZONE').map((block) => ({ block, component: parseBlock(file, block).getFirstSubcomponent('vtimezone') ?? parseBlock(file, block) }));
    const events = scan.blocks.filter((b) => b.kind === 'VEVENT' && mayTouch(b, first, last)).map((block) => ({ block, component: eventOf(parseBlock(file, block)) }));
    const zones = resolveZones(file, events, timezones);
    // A floating time is the calendar's own zone's (X-WR-TIMEZONE, as Google and Apple write it), else the user's.
    const calendarZone = scan.defaultZone !== undefined ? ianaNameOf(scan.defaultZone) : undefined;
    const floatingZone = (calendarZone !== undefined ? intlZone(calendarZone) : undefined) ?? floating;
    const result = withRegisteredZones(zones, () => expandAll(file, events, window, { zones, floating: floatingZone }));
    return { ...result, uids: scan.uids, ...(scan.calendarName !== undefined ? { calendarName: scan.calendarName } : {}) };
  } catch (error) {
    if (error instanceof ReadError) return error.at;
    throw error;
  }
}

const eventOf = (component: Component): Component => (component.name === 'vevent' ? component : (component.getFirstSubcomponent('vevent') ?? component));

interface Context {
  zones: Map<string, Zone>;
  floating: Zone;
}

/** A time's instant: UTC as written, its TZID's zone, or the floating zone (the calendar's, else the user's). */
function instantOf(time: Time, ctx: Context): number {
  if (time.zone === ICAL.Timezone.utcTimezone) return wallOf(time);
  const tzid = time.zone?.tzid;
  const zone = (tzid !== undefined ? ctx.zones.get(tzid) : undefined) ?? ctx.floating;
  return zone.toUtc(wallOf(time));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20270308T100000Z` (UTC) or `20270308` for a day: the recurrence id as this tool writes it. */
function recurrenceKey(time: Time, ctx: Context): string {
  if (time.isDate) return `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}`;
  const d = new Date(instantOf(time, ctx));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function attendeesOf(component: Component): Attendee[] {
  return component.getAllProperties('attendee').map((property) => {
    const value = String(property.getFirstValue() ?? '');
    const email = /^mailto:/i.test(value) ? value.slice(7).trim().toLowerCase() : undefined;
    const name = property.getParameter('cn');
    return { ...(email ? { email } : {}), ...(typeof name === 'string' && name ? { name } : {}), partstat: String(property.getParameter('partstat') ?? 'NEEDS-ACTION').toUpperCase(), kind: String(property.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase() };
  });
}

const text = (component: Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
};

/** The facts of an event that every occurrence shares (an exception has its own). */
function factsOf(component: Component, block: Block): Omit<Occurrence, 'id' | 'start' | 'end' | 'allDay'> {
  const busy = (text(component, 'x-microsoft-cdo-busystatus') ?? text(component, 'x-microsoft-cdo-intendedstatus') ?? '').toUpperCase();
  const title = (text(component, 'summary') ?? '').trim();
  const status = text(component, 'status')?.toUpperCase();
  const organizer = text(component, 'organizer')?.replace(/^mailto:/i, '').trim().toLowerCase();
  return {
    uid: text(component, 'uid') ?? `line-${block.line}`,
    title,
    ...(status !== undefined ? { status } : {}),
    free: (text(component, 'transp') ?? '').toUpperCase() === 'TRANSPARENT' || busy === 'FREE',
    outOfOffice: busy === 'OOF' || /^(?:out of (?:the )?office|ooo)\b/i.test(title),
    private: /^(?:PRIVATE|CONFIDENTIAL)$/i.test(text(component, 'class') ?? ''),
    attendees: attendeesOf(component),
    ...(organizer ? { organizer } : {}),
    line: block.line,
  };
}

/** Start and end of a component as written: DTEND, else DURATION, else the start (a day for a date). */
function spanOf(component: Component, ctx: Context): { start: number; end: number; allDay: boolean; startTime: Time } {
  const startTime = component.getFirstPropertyValue('dtstart') as Time | null;
  if (!startTime) throw new Error('it has no DTSTART');
  const start = startTime.isDate ? Date.UTC(startTime.year, startTime.month - 1, startTime.day) : instantOf(startTime, ctx);
  const endTime = component.getFirstPropertyValue('dtend') as Time | null;
  const duration = component.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  let end: number;
  if (endTime) end = endTime.isDate ? Date.UTC(endTime.year, endTime.month - 1, endTime.day) : instantOf(endTime, ctx);
  else if (duration) end = start + duration.toSeconds() * 1000;
  else end = startTime.isDate ? start + DAY : start;
  return { start, end, allDay: startTime.isDate, startTime };
}

function expandAll(file: string, events: readonly Parsed[], window: Window, ctx: Context): Omit<ReadResult, 'calendarName' | 'uids'> {
  const byUid = new Map<string, Parsed[]>();
  for (const event of events) {
    const uid = text(event.component, 'uid') ?? `line-${event.block.line}`;
    // Pushed, not copied: copying the group for each event was quadratic in the overrides of one series.
    const group = byUid.get(uid);
    if (group) group.push(event);
    else byUid.set(uid, [event]);
  }
  const out: Omit<ReadResult, 'calendarName' | 'uids'> = { occurrences: [], excluded: 0 };
  for (const group of byUid.values()) {
    const master = group.find((e) => !e.component.hasProperty('recurrence-id'));
    const exceptions = group.filter((e) => e !== master);
    try {
      if (master && (master.component.hasProperty('rrule') || master.component.hasProperty('rdate'))) expandSeries(file, master, exceptions, window, ctx, out);
      else for (const single of group) pushSingle(single, window, ctx, out.occurrences);
    } catch (error) {
      if (error instanceof ReadError) throw error;
      const at = (master ?? group[0]) as Parsed;
      throw new ReadError({ file, line: at.block.line, message: `the event that starts here cannot be read (${error instanceof Error ? error.message : String(error)}). Check its DTSTART, DTEND and RRULE, or export the calendar again` });
    }
  }
  return out;
}

function within(start: number, end: number, window: Window): boolean {
  return start < window.end && (end > window.start || (end === start && start >= window.start));
}

function pushSingle(event: Parsed, window: Window, ctx: Context, out: Occurrence[]): void {
  const span = spanOf(event.component, ctx);
  if (!within(span.start, span.end, window)) return;
  const rid = event.component.getFirstPropertyValue('recurrence-id') as Time | null;
  const facts = factsOf(event.component, event.block);
  out.push({ ...facts, id: rid ? `${facts.uid}/${recurrenceKey(rid, ctx)}` : facts.uid, start: span.start, end: span.end, allDay: span.allDay });
}

const PERIOD_MS: Record<string, number> = { SECONDLY: 1000, MINUTELY: 60_000, HOURLY: 3_600_000, DAILY: DAY, WEEKLY: 7 * DAY };

/**
 * DTSTART moved forward by whole periods of its one RRULE to just before the
 * window (three days of slack for zones and long events). Whole periods keep
 * every BY rule and the week start in step; a rule with COUNT is not moved, as
 * it counts from the real start, nor is MONTHLY or YEARLY (a century of them is
 * a few thousand steps).
 */
function fastForward(component: Component, dtstart: Time, window: Window): Time {
  const rules = component.getAllProperties('rrule');
  if (rules.length !== 1) return dtstart;
  const rule = rules[0]?.getFirstValue() as InstanceType<typeof ICAL.Recur>;
  const period = PERIOD_MS[rule.freq];
  if (period === undefined || rule.count) return dtstart;
  const step = period * (rule.interval || 1);
  const wall = wallOf(dtstart);
  const k = Math.floor((window.start - 3 * DAY - wall) / step);
  if (k <= 0) return dtstart;
  const moved = new Date(wall + k * step);
  const time = dtstart.clone();
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

function seriesError(file: string, master: Parsed, message: string): ReadError {
  return new ReadError({ file, line: lineIn(master.block, '\nRRULE') + (master.block.text.includes('\nRRULE') ? 1 : 0), message });
}

const startOf = (time: Time, ctx: Context): number => (time.isDate ? Date.UTC(time.year, time.month - 1, time.day) : instantOf(time, ctx));

/** The series' occurrences in the window: its own instances (not those an exception replaces), its exceptions, and a count of EXDATEs there. */
function expandSeries(file: string, master: Parsed, exceptions: readonly Parsed[], window: Window, ctx: Context, out: Omit<ReadResult, 'calendarName' | 'uids'>): void {
  const span = spanOf(master.component, ctx);
  const length = span.end - span.start;
  const facts = factsOf(master.component, master.block);
  const replaced = new Set<string>();
  for (const exception of exceptions) {
    const rid = exception.component.getFirstPropertyValue('recurrence-id') as Time;
    replaced.add(recurrenceKey(rid, ctx));
    pushSingle(exception, window, ctx, out.occurrences);
  }
  const expansion = new ICAL.RecurExpansion({ component: master.component, dtstart: fastForward(master.component, span.startTime, window) });
  let steps = 0;
  try {
    for (let next = expansion.next(); next; next = expansion.next()) {
      if (++steps > MAX_SERIES_STEPS) throw seriesError(file, master, `the recurring event “${facts.title}” repeats more than ${MAX_SERIES_STEPS.toLocaleString('en-US')} times before the week asked for, more than an import expands. Give its RRULE an UNTIL, or split the series`);
      const start = startOf(next, ctx);
      if (start >= window.end) break;
      const key = recurrenceKey(next, ctx);
      if (replaced.has(key) || !within(start, start + length, window)) continue;
      out.occurrences.push({ ...facts, id: `${facts.uid}/${key}`, start, end: start + length, allDay: span.allDay });
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw seriesError(file, master, `the recurring event “${facts.title}” has a rule ical.js cannot expand (${error instanceof Error ? error.message : String(error)}). Check its RRULE`);
  }
  for (const property of master.component.getAllProperties('exdate')) {
    for (const value of property.getValues() as Time[]) {
      const start = startOf(value, ctx);
      if (within(start, start + length, window)) out.excluded++;
    }
  }
}

