// Reads the occurrences of a calendar that can touch a time window, with
// ical.js: each event block the first pass kept is parsed on its own (so a
// parse error names the event's line), every TZID is resolved to a zone
// (IANA and Windows names through the runtime's zone database, others through
// the file's own VTIMEZONE) and registered with ical.js while the series are
// expanded, so EXDATEs and RECURRENCE-IDs written in another zone still match.
// A series is expanded in its own zone (10:00 every Monday stays 10:00 across
// a clock change) and only up to the window's end (see series.ts). A value
// ical.js cannot read is named at its own line, found by reading the event's
// properties one by one.

import ICAL from 'ical.js';
import { lineHash } from './activities';
import { normalizeCalendarText } from './decode';
import { mayTouch, scanCalendar, type Block } from './scan';
import { MAX_RULE_CHECKS, MAX_SERIES_STEPS, seriesContext, seriesInstances, SeriesLimit, within, type Instance, type Placement, type Window } from './series';
import { DAY, dayKey, dayLong, instantOf, recurrenceKey, spanOf, wallOf, type Component, type Context, type Span, type Time } from './times';
import type { Attendee, CalendarError, Occurrence } from './types';
import { tolerantLine } from './values';
import { ianaNameOf, intlZone, isWindowsZoneName, wallToUtc, type Zone } from './zones';

export { MAX_SERIES_STEPS, type Window };

export interface ReadResult {
  occurrences: Occurrence[];
  /** Every event UID in the file (see Scan.uids). */
  uids: Set<string>;
  /** Instances of series inside the window removed by EXDATE: cancelled instances. */
  excluded: number;
  calendarName?: string;
  /** The calendars' names that are addresses (see Scan.owners). */
  owners?: string[];
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

/** The line of `needle` inside a block, for errors that point at one property. */
function lineIn(block: Block, needle: string): number {
  const at = block.text.indexOf(needle);
  return at < 0 ? block.line : block.line + (block.text.slice(0, at).match(/\n/g)?.length ?? 0);
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The block's content lines, unfolded, each with the line it starts on. */
function contentLines(block: Block): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  block.text.split('\n').forEach((raw, index) => {
    const text = raw.replace(/\r$/, '');
    const last = out[out.length - 1];
    if (last && (text.startsWith(' ') || text.startsWith('\t'))) last.text += text.slice(1);
    else if (text.trim() !== '') out.push({ line: block.line + index, text });
  });
  return out;
}

/** The first property of the block that ical.js cannot read, with its line and why; undefined when each reads alone. */
function badProperty(file: string, block: Block): CalendarError | undefined {
  const what = block.kind === 'VEVENT' ? 'event' : 'time zone';
  for (const { line, text } of contentLines(block)) {
    const readable = tolerantLine(text);
    if (/^(?:BEGIN|END):/i.test(text) || readable === '') continue;
    try {
      new ICAL.Property(ICAL.parse.property(readable) as unknown as unknown[]).getValues();
    } catch (error) {
      const name = /^[A-Za-z0-9-]+(?=[;:])/.exec(text)?.[0];
      const value = text.slice(text.indexOf(':') + 1);
      const shown = name !== undefined ? `the ${name.toUpperCase()} “${value.slice(0, 60)}”` : `the line “${text.slice(0, 60)}”`;
      return { file, line, message: `${shown} of the ${what} that starts at line ${block.line} cannot be read (${reasonOf(error)}). Correct or remove that line, or export the calendar again` };
    }
  }
  return undefined;
}

/** A problem of an event at its line when one property is to blame, else at the event's BEGIN with `fallback`. */
function blockError(file: string, blocks: readonly { block: Block }[], error: unknown, fallback: string): ReadError {
  for (const { block } of blocks) {
    const bad = badProperty(file, block);
    if (bad) return new ReadError(bad);
  }
  const block = (blocks[0] as { block: Block }).block;
  return new ReadError({ file, line: block.line, message: `the ${block.kind === 'VEVENT' ? 'event' : 'time zone'} that starts here cannot be read (${reasonOf(error)}). ${fallback}` });
}

/**
 * More parameters than this on one property make the block an error: ical.js
 * looks for the value's `:` again from each parameter on, so its time grows
 * with the square of their number (640,000 `;P=v` on one line took 16 s).
 * An ATTENDEE, the most crowded property of real exports, has about ten.
 */
export const MAX_PARAMETERS = 100;

/** The parameters of a content line: its `;` before the first `:` outside quotes. */
function parameterCount(line: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 58) break;
    else if (c === 59) count++;
  }
  return count;
}

/** The first property of the block with more than MAX_PARAMETERS parameters, as an error at its line. */
function crowdedProperty(file: string, block: Block): CalendarError | undefined {
  // Most blocks have far fewer semicolons in all than a crowded line needs.
  if (block.text.split(';', MAX_PARAMETERS + 2).length <= MAX_PARAMETERS + 1) return undefined;
  for (const { line, text } of contentLines(block)) {
    const count = parameterCount(text);
    if (count <= MAX_PARAMETERS) continue;
    const name = /^[A-Za-z0-9-]+/.exec(text)?.[0] ?? 'property';
    const what = block.kind === 'VEVENT' ? 'event' : 'time zone';
    return { file, line, message: `the ${name.toUpperCase()} of the ${what} that starts at line ${block.line} has ${count.toLocaleString('en-US')} parameters, more than an import reads (${MAX_PARAMETERS}). Correct or remove that line, or export the calendar again` };
  }
  return undefined;
}

function parseBlock(file: string, block: Block): Component {
  const crowded = crowdedProperty(file, block);
  if (crowded) throw new ReadError(crowded);
  try {
    // Unfolded lines: ical.js reads them as it reads folded ones, with their time values made readable.
    const lines = contentLines(block).map((line) => tolerantLine(line.text));
    return new ICAL.Component(ICAL.parse(lines.filter((line) => line !== '').join('\r\n')) as unknown as unknown[]);
  } catch (error) {
    throw blockError(file, [{ block }], error, `Export the calendar again, or remove this ${block.kind}`);
  }
}

/** A zone defined only by the file's VTIMEZONE, through ical.js's reading of its rules. */
function vtimezoneZone(tzid: string, component: Component): Zone {
  const zone = new ICAL.Timezone({ component, tzid });
  const timeAt = (wallMs: number) => {
    const d = new Date(wallMs);
    return new ICAL.Time({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), isDate: false }, zone);
  };
  const wallOffset = (wallMs: number): number => zone.utcOffset(timeAt(wallMs)) * 1000;
  // ical.js gives the offset of a wall time, reading one in a gap with the offset after it and one in a fold as the
  // second. So the offset at an instant is read at the wall time the smaller of the offsets a day either side gives
  // it: before a change that wall time comes before the gap or fold, from the change on it is in or past them, where
  // ical.js gives the new offset. Wall times are then read as RFC 5545 says (wallToUtc), as for an IANA zone.
  const offsetAt = (utcMs: number): number => wallOffset(utcMs + Math.min(wallOffset(utcMs - DAY), wallOffset(utcMs + DAY)));
  return { name: tzid, offsetAt, toUtc: (wallMs) => wallToUtc(offsetAt, wallMs) };
}

const TZID_PARAM = /;TZID=("[^"]*"|[^;:]*)/gi;

/**
 * A VTIMEZONE's clock changes recur yearly (every export writes them so):
 * ical.js expands an observance's rule from its start, often 1601, so a
 * daily or finer one, or one that never matches, would take minutes or never
 * end. Such a rule, in a VTIMEZONE the import is about to use, is an error at
 * its line.
 */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function checkObservances(file: string, tzid: string, block: Block): void {
  for (const { line, text } of contentLines(block)) {
    if (!/^RRULE[;:]/i.test(text)) continue;
    let rule: InstanceType<typeof ICAL.Recur>;
    try {
      const readable = tolerantLine(text);
      rule = ICAL.Recur.fromString(readable.slice(readable.indexOf(':') + 1));
    } catch (error) {
      throw new ReadError({ file, line, message: `the RRULE of the time zone ${tzid} cannot be read (${reasonOf(error)}). Export the calendar again, or replace its TZID with an IANA name such as Europe/Berlin` });
    }
    // A day of the month counts when some month it names has it (Israel's rule: the Friday among the 23rd–29th of March).
    const months = rule.parts.BYMONTH ?? [1];
    const days = rule.parts.BYMONTHDAY;
    if (rule.freq === 'YEARLY' && (!days || days.some((day) => months.some((month) => Math.abs(day) <= (MONTH_DAYS[month - 1] ?? 0))))) continue;
    throw new ReadError({ file, line, message: `the time zone ${tzid} changes its clocks by the rule ${text}, not once a year on a day every year has, as time zones do. Export the calendar again, or replace its TZID with an IANA name such as Europe/Berlin` });
  }
}

/**
 * At most this many zones that only the file defines (a VTIMEZONE, not an
 * IANA or Windows name) may be used in the week: ical.js reads each one's
 * rules from their start (Outlook writes 1601) up to the week, about 6 ms a
 * zone, so 2,000 of them took 13 s. An export has a handful.
 */
export const MAX_FILE_ZONES = 64;

/** Every TZID the kept events use, resolved to a zone; an unknown one is an error at its line. */
function resolveZones(file: string, events: readonly Parsed[], timezones: readonly Parsed[], window: Window): Map<string, Zone> {
  const defined = new Map<string, Parsed>();
  for (const timezone of timezones) defined.set(String(timezone.component.getFirstPropertyValue('tzid')), timezone);
  const found: Found = { zones: new Map<string, Zone>(), fileZones: 0, compared: 0, window };
  for (const { block } of events) {
    // Unfolded first: Outlook folds a long quoted TZID (a zone's display name) inside its quotes.
    for (const { line, text } of contentLines(block)) {
      for (const match of text.matchAll(TZID_PARAM)) resolveZone(file, line, (match[1] as string).replace(/^"|"$/g, ''), defined, found);
    }
  }
  return found.zones;
}

interface Found {
  zones: Map<string, Zone>;
  /** Zones read from the file's VTIMEZONE, and Windows-named zones held against theirs (see resolveZone). */
  fileZones: number;
  compared: number;
  window: Window;
}

/**
 * One TZID, used at `line`, added to `found`: by IANA or Windows name, else by the file's VTIMEZONE. A Windows
 * name's VTIMEZONE is Outlook's reading of the computer's settings: when it gives other offsets than the named zone
 * around the week ("Mountain Standard Time" with daylight saving turned off, as in Arizona), it is what the file
 * means. At most MAX_FILE_ZONES such VTIMEZONEs are compared, each being read from 1601 on.
 */
function resolveZone(file: string, line: number, tzid: string, defined: ReadonlyMap<string, Parsed>, found: Found): void {
  if (found.zones.has(tzid)) return;
  const iana = ianaNameOf(tzid);
  const own = defined.get(tzid);
  let zone = iana !== undefined ? intlZone(iana) : undefined;
  if (zone && own && isWindowsZoneName(tzid) && ++found.compared <= MAX_FILE_ZONES) {
    const fromFile = fileZone(file, tzid, own);
    if (fromFile && disagree(zone, fromFile, found.window)) zone = fromFile;
  }
  if (!zone && own && ++found.fileZones > MAX_FILE_ZONES) throw new ReadError({ file, line, message: `TZID=${tzid} is the ${(MAX_FILE_ZONES + 1).toLocaleString('en-US')}th time zone of the week that only this file defines (VTIMEZONE), more than an import reads (${MAX_FILE_ZONES}). Replace these TZIDs with IANA names such as Europe/Berlin, or export the calendar again` });
  if (!zone && own) zone = fileZone(file, tzid, own, true);
  if (!zone) throw new ReadError({ file, line, message: `unknown time zone TZID=${tzid}: it is not an IANA or Windows zone name and the file has no VTIMEZONE for it. Export the calendar again with time zones included, or replace it with an IANA name such as Europe/Berlin` });
  found.zones.set(tzid, zone);
}

/** The zone a VTIMEZONE defines; a rule that is not yearly is an error when the zone is needed, else no zone. */
function fileZone(file: string, tzid: string, own: Parsed, needed = false): Zone | undefined {
  try {
    checkObservances(file, tzid, own.block);
  } catch (error) {
    if (needed) throw error;
    return undefined;
  }
  return vtimezoneZone(tzid, own.component);
}

/** Whether two zones give another offset at some hour from a day before the window to a day after it. */
function disagree(a: Zone, b: Zone, window: Window): boolean {
  for (let at = window.start - DAY; at <= window.end + DAY; at += HOUR) if (a.offsetAt(at) !== b.offsetAt(at)) return true;
  return false;
}

const HOUR = 3_600_000;

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

/**
 * A file that joins several exports (two `.ics` files put together with `cat`) may define one TZID differently in
 * each: Outlook names a zone it writes from the computer's settings "Customized Time Zone" on every computer. A TZID
 * is unique within one VCALENDAR (RFC 5545), not across them, so each calendar's events are read in its own
 * definition: a TZID that names no IANA or Windows zone and that a calendar defines otherwise than the first
 * definition of the file is renamed in that calendar's blocks ("Customized Time Zone (2)"). The blocks as they
 * are when no TZID is so defined twice.
 */
function ownZones(blocks: readonly Block[]): readonly Block[] {
  const names = new Map<string, Map<string, string>>();
  const renamed = new Map<string, string>();
  for (const block of blocks) {
    if (block.kind !== 'VTIMEZONE') continue;
    const lines = contentLines(block).map(({ text }) => text.trim());
    const tzidLine = lines.find((text) => /^TZID[;:]/i.test(text));
    const tzid = tzidLine?.slice(tzidLine.indexOf(':') + 1).trim();
    if (tzid === undefined || tzid === '' || ianaNameOf(tzid) !== undefined) continue;
    const definition = lines.filter((text) => text !== tzidLine).join('\n');
    let definitions = names.get(tzid);
    if (!definitions) names.set(tzid, (definitions = new Map()));
    const name = definitions.get(definition) ?? (definitions.size === 0 ? tzid : `${tzid} (${definitions.size + 1})`);
    definitions.set(definition, name);
    // The last definition a calendar gives wins within it, as ical.js reads a TZID defined twice in one calendar.
    if (name !== tzid || renamed.has(`${block.calendar}\n${tzid}`)) renamed.set(`${block.calendar}\n${tzid}`, name);
  }
  if (![...renamed].some(([key, name]) => !key.endsWith(`\n${name}`))) return blocks;
  return blocks.map((block) => {
    const rename = (tzid: string): string | undefined => {
      const name = renamed.get(`${block.calendar}\n${tzid}`);
      return name !== tzid ? name : undefined;
    };
    const text =
      block.kind === 'VTIMEZONE'
        ? block.text.replace(/^TZID:([^\r\n]*)/im, (line, value: string) => {
            const name = rename(value.trim());
            return name === undefined ? line : `TZID:${name}`;
          })
        : block.text.replace(TZID_PARAM, (param, value: string) => {
            const name = rename(value.replace(/^"|"$/g, ''));
            return name === undefined ? param : `;TZID="${name}"`;
          });
    return text === block.text ? block : { ...block, text };
  });
}

/** Reads the occurrences of `text` that can touch `window`, or the first problem at its line. */
export function readOccurrences(file: string, text: string, window: Window, floating: Zone): ReadResult | CalendarError {
  const first = Math.floor(window.start / DAY) - 2;
  const last = Math.floor(window.end / DAY) + 2;
  const scan = scanCalendar(file, normalizeCalendarText(text), (block) => mayTouch(block, first, last));
  if ('message' in scan) return scan;
  try {
    const blocks = ownZones(scan.blocks);
    const timezones = blocks.filter((b) => b.kind === 'VTIMEZONE').map((block) => ({ block, component: parseBlock(file, block).getFirstSubcomponent('vtimezone') ?? parseBlock(file, block) }));
    const events = blocks.filter((b) => b.kind === 'VEVENT' && mayTouch(b, first, last)).map((block) => ({ block, component: eventOf(parseBlock(file, block)) }));
    const zones = resolveZones(file, events, timezones, window);
    const result = withRegisteredZones(zones, () => expandAll(file, events, window, { zones, floating }));
    return { ...result, uids: scan.uids, ...(scan.calendarName !== undefined ? { calendarName: scan.calendarName } : {}), ...(scan.owners.length > 0 ? { owners: scan.owners } : {}) };
  } catch (error) {
    if (error instanceof ReadError) return error.at;
    throw error;
  }
}

const eventOf = (component: Component): Component => (component.name === 'vevent' ? component : (component.getFirstSubcomponent('vevent') ?? component));

type Property = InstanceType<typeof ICAL.Property>;

/**
 * The address of an ATTENDEE or ORGANIZER: its EMAIL parameter (RFC 7986),
 * else its `mailto:` value, else a value that is an address. Apple writes
 * the calendar's owner as a principal path (`/aMTc…/principal/`) and an
 * invitation's sender as an iMIP relay (`mailto:2_GEZ…@imip.me.com`), each
 * with the real address in EMAIL.
 */
function addressOf(property: Property): string | undefined {
  const param = property.getParameter('email');
  const email = (typeof param === 'string' ? param : '').replace(/^mailto:/i, '').trim();
  if (/^[^\s@]+@[^\s@]+$/.test(email)) return email.toLowerCase();
  const value = String(property.getFirstValue() ?? '').trim();
  if (/^mailto:/i.test(value)) return value.slice(7).trim().toLowerCase() || undefined;
  // A bare address, without the `mailto:` RFC 5545 wants (ownCloud's calendar and Rapla wrote attendees so, golang-ical its organiser).
  return /^[^\s@:/]+@[^\s@:/]+$/.test(value) ? value.toLowerCase() : undefined;
}

/**
 * Whether an address is a Google calendar's, not a person's: an event made on
 * a shared team calendar has that calendar (`c_…@group.calendar.google.com`)
 * as its ORGANIZER, and a room is `…@resource.calendar.google.com` (a tool
 * that converts Google's events leaves out its CUTYPE=RESOURCE). Neither is
 * someone from another company, nor the calendar's owner.
 */
export const isCalendarAddress = (email: string): boolean => email.endsWith('.calendar.google.com') || email.endsWith('@calendar.google.com');

/** An Apple principal path (`/aMTc…/principal/`): how iCloud writes the calendar's own account, never anyone else's. */
const PRINCIPAL_PATH = /^\/[^\s/]+\/principal\/?$/i;

/**
 * The calendar owner's address when the event names it as Apple does: the one
 * attendee or organiser written as the account's principal path, with the
 * address in EMAIL. In a week with one invitation the owner could not be told
 * from its organiser otherwise, and a decline was missed.
 */
function principalOf(component: Component): string | undefined {
  const found = new Set<string>();
  for (const property of [...component.getAllProperties('attendee'), ...component.getAllProperties('organizer')]) {
    const address = addressOf(property);
    if (address !== undefined && PRINCIPAL_PATH.test(String(property.getFirstValue() ?? '').trim())) found.add(address);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function attendeesOf(component: Component): Attendee[] {
  return component.getAllProperties('attendee').map((property) => {
    const email = addressOf(property);
    const name = property.getParameter('cn');
    const kind = email !== undefined && isCalendarAddress(email) ? 'RESOURCE' : String(property.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
    // Outlook and Exchange list a room (and Thunderbird someone told for information) as ROLE=NON-PARTICIPANT, often without a CUTYPE.
    const nonParticipant = String(property.getParameter('role') ?? '').toUpperCase() === 'NON-PARTICIPANT';
    return { ...(email ? { email } : {}), ...(typeof name === 'string' && name ? { name } : {}), partstat: String(property.getParameter('partstat') ?? 'NEEDS-ACTION').trim().toUpperCase(), kind, ...(nonParticipant ? { nonParticipant: true as const } : {}) };
  });
}

const text = (component: Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
};

/** A keyword's value (STATUS, TRANSP, CLASS, a busy status) in upper case, without the blanks a script or a hand edit leaves around it. */
const keyword = (component: Component, name: string): string | undefined => text(component, name)?.trim().toUpperCase();

/**
 * An event's UID, or for one without (a hand-written calendar, a script's
 * export, a blank `UID:`) an identity of its own from its DTSTART as written
 * and its title: the same wherever the event sits in the file, so a line
 * imported before is found again when events are added above it, and two
 * such events are never one.
 */
function uidOf(component: Component): string {
  const uid = text(component, 'uid');
  if (uid !== undefined && uid.trim() !== '') return uid;
  const start = component.getFirstProperty('dtstart')?.toICALString() ?? '';
  return `no-uid-${lineHash(`${start}\n${text(component, 'summary') ?? ''}`)}`;
}

/** The facts of an event that every occurrence shares (an exception has its own). */
function factsOf(component: Component, block: Block): Omit<Occurrence, 'id' | 'start' | 'end' | 'allDay'> {
  // Outlook's busy status, or Apple's copy of it for an Exchange account ("Show as"), which Apple writes beside a TRANSP:OPAQUE.
  const busy = keyword(component, 'x-microsoft-cdo-busystatus') ?? keyword(component, 'x-apple-ews-busystatus') ?? keyword(component, 'x-microsoft-cdo-intendedstatus') ?? '';
  // Google's kind of event (outOfOffice, focusTime, workingLocation), as Thunderbird's Google provider and tools built on Google's API write it.
  const kind = keyword(component, 'x-google-event-type') ?? '';
  const title = (text(component, 'summary') ?? '').trim();
  // A METHOD:CANCEL message cancels its events, with or without STATUS (without, it uninvites the attendees it names: you).
  const status = block.cancelled === true ? 'CANCELLED' : keyword(component, 'status');
  const organizerProperty = component.getFirstProperty('organizer');
  // A Google team calendar that organises its events is no person (see isCalendarAddress).
  const organizerAddress = organizerProperty ? addressOf(organizerProperty) : undefined;
  const organizer = organizerAddress !== undefined && !isCalendarAddress(organizerAddress) ? organizerAddress : undefined;
  const organizerName = organizerProperty?.getParameter('cn');
  // Thunderbird marks which attendee of an invitation is the calendar's owner ("so we know who accepted"); Apple writes the owner as its principal.
  const invitedAs = text(component, 'x-moz-invited-attendee')?.replace(/^mailto:/i, '').trim().toLowerCase() ?? principalOf(component);
  return {
    uid: uidOf(component),
    title,
    ...(status !== undefined ? { status } : {}),
    // Outlook's "Working elsewhere" says where you work, not what, as Google's working location does.
    free: keyword(component, 'transp') === 'TRANSPARENT' || busy === 'FREE' || busy === 'WORKINGELSEWHERE' || kind === 'WORKINGLOCATION',
    outOfOffice: busy === 'OOF' || kind === 'OUTOFOFFICE' || /^(?:out of (?:the )?office|ooo)\b/i.test(title),
    private: /^(?:PRIVATE|CONFIDENTIAL)$/.test(keyword(component, 'class') ?? ''),
    attendees: attendeesOf(component),
    ...(organizer ? { organizer } : {}),
    ...(typeof organizerName === 'string' && organizerName ? { organizerName } : {}),
    ...(block.owner !== undefined ? { calendarOwner: block.owner } : {}),
    ...(invitedAs ? { invitedAs } : {}),
    line: block.line,
  };
}

const sequenceOf = (e: Parsed): number => Number(text(e.component, 'sequence') ?? 0) || 0;
const stampOf = (e: Parsed): number => (e.component.getFirstPropertyValue('dtstamp') as Time | null)?.toUnixTime() ?? 0;

/** LAST-MODIFIED, when the copy has one: when its event last changed, where DTSTAMP may be when the file was written. */
const modifiedOf = (e: Parsed): number | undefined => (e.component.getFirstPropertyValue('last-modified') as Time | null)?.toUnixTime();

/**
 * Which of two copies of an event is newer: the higher SEQUENCE, then (when
 * both say it) the later LAST-MODIFIED, then the later DTSTAMP, then the later
 * in the file. Tools that move a block without counting SEQUENCE (time
 * blocking, task feeds) keep DTSTAMP as the block's creation: only
 * LAST-MODIFIED tells two downloads apart.
 */
function newer(a: Parsed, b: Parsed): Parsed {
  if (sequenceOf(b) !== sequenceOf(a)) return sequenceOf(b) > sequenceOf(a) ? b : a;
  const [modifiedA, modifiedB] = [modifiedOf(a), modifiedOf(b)];
  if (modifiedA !== undefined && modifiedB !== undefined && modifiedA !== modifiedB) return modifiedB > modifiedA ? b : a;
  return stampOf(b) >= stampOf(a) ? b : a;
}

/**
 * Single events that share one UID without being copies of one event: a
 * generator that writes the same UID on every event, or a hand-written
 * calendar whose VEVENTs were copied and given new times. Copies of one
 * event (two exports joined) differ in SEQUENCE, DTSTAMP or LAST-MODIFIED when
 * their times differ; these have the same ones and start at different
 * times, so each counts (one per start), named by its start. Undefined
 * for any other group, a series or an override among them included.
 */
function sharingOneUid(copies: readonly Parsed[], userCtx: Context): Parsed[] | undefined {
  if (copies.length < 2 || copies.some((e) => ['recurrence-id', 'rrule', 'rdate'].some((name) => e.component.hasProperty(name)))) return undefined;
  const version = (e: Parsed) => `${sequenceOf(e)}/${stampOf(e)}/${modifiedOf(e) ?? ''}`;
  const first = version(copies[0] as Parsed);
  if (copies.some((e) => version(e) !== first)) return undefined;
  const byStart = new Map<number, Parsed>();
  for (const event of copies) {
    const start = event.component.getFirstPropertyValue('dtstart') as Time | null;
    if (!start) return undefined;
    byStart.set(instantOf(start, calendarContext(event.block, userCtx)), event);
  }
  return byStart.size > 1 ? [...byStart.values()] : undefined;
}

/**
 * One copy of each event of a UID (the series, and each RECURRENCE-ID): the
 * same event twice in a file, as when two exports are pasted together, counts
 * once. An override's copies are matched by the instant they name, read as
 * the series reads it: a Google export writes `TZID=Europe/Berlin` where the
 * Outlook update saved beside it writes `TZID=W. Europe Standard Time`, or
 * another copy UTC, for the same instance.
 */
function latestCopies(group: readonly Parsed[], userCtx: Context): Parsed[] {
  const master = group.find((e) => !e.component.hasProperty('recurrence-id'));
  const start = master?.component.getFirstPropertyValue('dtstart') as Time | null | undefined;
  const series = master && start ? seriesContext(start, calendarContext(master.block, userCtx)) : undefined;
  const byInstance = new Map<string, Parsed>();
  for (const event of group) {
    const rid = event.component.getFirstPropertyValue('recurrence-id') as Time | null;
    // An all-day series names its instances by day, as expandSeries does.
    const key = !rid ? '' : rid.isDate || start?.isDate === true ? dayKey(rid) : recurrenceKey(rid, series ?? calendarContext(event.block, userCtx));
    const held = byInstance.get(key);
    byInstance.set(key, held ? newer(held, event) : event);
  }
  return [...byInstance.values()];
}

/**
 * The context of an event's floating times: its own calendar's zone
 * (X-WR-TIMEZONE, as Google and Apple write it), else the user's. Each
 * VCALENDAR of a file has its own: a hand-written calendar joined with a
 * Google export set to another zone keeps the user's clock.
 */
function calendarContext(block: Block, userCtx: Context): Context {
  const name = block.floatingZone !== undefined ? ianaNameOf(block.floatingZone) : undefined;
  const zone = name !== undefined ? intlZone(name) : undefined;
  return zone ? { zones: userCtx.zones, floating: zone } : userCtx;
}

function expandAll(file: string, events: readonly Parsed[], window: Window, userCtx: Context): Omit<ReadResult, 'calendarName' | 'uids'> {
  const byUid = new Map<string, Parsed[]>();
  for (const event of events) {
    const uid = uidOf(event.component);
    // Pushed, not copied: copying the group for each event was quadratic in the overrides of one series.
    const group = byUid.get(uid);
    if (group) group.push(event);
    else byUid.set(uid, [event]);
  }
  const out: Omit<ReadResult, 'calendarName' | 'uids'> = { occurrences: [], excluded: 0 };
  for (const copies of byUid.values()) {
    try {
      const distinct = sharingOneUid(copies, userCtx);
      if (distinct) {
        for (const single of distinct) {
          const ctx = calendarContext(single.block, userCtx);
          pushSingle(single, window, ctx, ctx, out.occurrences, undefined, true);
        }
        continue;
      }
      const group = latestCopies(copies, userCtx);
      const master = group.find((e) => !e.component.hasProperty('recurrence-id'));
      const exceptions = group.filter((e) => e !== master);
      if (master && (master.component.hasProperty('rrule') || master.component.hasProperty('rdate'))) expandSeries(file, master, exceptions, window, calendarContext(master.block, userCtx), out);
      else {
        for (const single of group) {
          const ctx = calendarContext(single.block, userCtx);
          pushSingle(single, window, ctx, ctx, out.occurrences);
        }
      }
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw blockError(file, copies, error, 'Check its DTSTART, DTEND and RRULE, or export the calendar again');
    }
  }
  return out;
}

type Facts = ReturnType<typeof factsOf>;

/** An override's facts, with what it leaves out taken from its series: some servers write an override with its new time only. */
function inherit(own: Facts, component: Component, base: Facts): Facts {
  const has = (name: string) => component.hasProperty(name);
  return {
    ...own,
    ...(has('summary') ? {} : { title: base.title, outOfOffice: own.outOfOffice || base.outOfOffice }),
    ...(has('status') || own.status === 'CANCELLED' || base.status === undefined ? {} : { status: base.status }),
    ...(has('attendee') ? {} : { attendees: base.attendees }),
    ...(has('organizer') || base.organizer === undefined ? {} : { organizer: base.organizer, ...(base.organizerName !== undefined ? { organizerName: base.organizerName } : {}) }),
    ...(has('x-moz-invited-attendee') || base.invitedAs === undefined ? {} : { invitedAs: base.invitedAs }),
    ...(has('class') ? {} : { private: base.private }),
    ...(has('transp') || has('x-microsoft-cdo-busystatus') || has('x-apple-ews-busystatus') ? {} : { free: base.free }),
  };
}

/** An event on its own, or an exception of a series (whose RECURRENCE-ID is read in the series' context, and whose missing facts are the series'). */
function pushSingle(event: Parsed, window: Window, ctx: Context, series: Context, out: Occurrence[], base?: Facts, byStart = false): void {
  const span = spanOf(event.component, ctx);
  if (!within(span.start, span.end, window)) return;
  const rid = event.component.getFirstPropertyValue('recurrence-id') as Time | null;
  const facts = base ? inherit(factsOf(event.component, event.block), event.component, base) : factsOf(event.component, event.block);
  // An event that shares its UID with others (see sharingOneUid) is named by its start, as an instance is.
  const key = rid ? recurrenceKey(rid, series) : byStart ? recurrenceKey(span.startTime, ctx) : undefined;
  out.push({ ...facts, id: key !== undefined ? `${facts.uid}/${key}` : facts.uid, start: span.start, end: span.end, allDay: span.allDay, ...(span.dayLong ? { dayLong: true } : {}) });
}

/** A THISANDFUTURE override: from its original start `at` on, instances move by `shift` on the series' clock and last `length`, with its facts. */
interface Range {
  at: number;
  shift: number;
  length: number;
  startTime: Time;
  facts: Facts;
}

const THIS_AND_FUTURE = /^THISANDFUTURE$/i;

/** The series' THISANDFUTURE overrides in order of their original start. */
function rangesOf(exceptions: readonly Parsed[], series: Context, base: Facts): Range[] {
  const wall = (utcMs: number) => utcMs + series.floating.offsetAt(utcMs);
  return exceptions
    .filter((e) => THIS_AND_FUTURE.test(String(e.component.getFirstProperty('recurrence-id')?.getParameter('range') ?? '')))
    .map((e) => {
      const own = spanOf(e.component, series);
      const rid = e.component.getFirstPropertyValue('recurrence-id') as Time;
      const at = instantOf(rid, series);
      // An all-day series moves by the time between the two midnights (a clock change between them moves it by an hour
      // more or less, which never matters: all-day events are skipped).
      const shift = rid.isDate || own.allDay ? own.start - at : wall(own.start) - wall(at);
      return { at, shift, length: own.end - own.start, startTime: own.startTime, facts: inherit(factsOf(e.component, e.block), e.component, base) };
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * RFC 5545's RANGE=THISANDFUTURE, as ical.js reads it: each instance from
 * the override's original start on (until the next such override) moves by
 * the override's shift, on the series' clock, lasts as long as the override
 * and takes its title and attendees. An override of one instance still wins
 * (its instance is never placed). Thunderbird and Apple write these when a
 * series is changed from one date on.
 */
function placementOf(ranges: readonly Range[], span: Span, series: Context, moved: Map<string, Facts>): Placement | undefined {
  if (ranges.length === 0) return undefined;
  const zone = series.floating;
  const move = (instance: Instance): Instance => {
    let range: Range | undefined;
    for (const r of ranges) if (r.at <= instance.start) range = r;
    if (!range) return instance;
    const start = span.allDay ? instance.start + range.shift : zone.toUtc(instance.start + zone.offsetAt(instance.start) + range.shift);
    const end = start + range.length;
    moved.set(instance.key, range.facts);
    return { key: instance.key, start, end, dayLong: dayLong(range.startTime, start, end, series) };
  };
  // An instance that moves into the window may have been found up to a shift and a length away from it.
  const reach = Math.max(...ranges.map((r) => Math.abs(r.shift) + Math.abs(r.length))) + DAY;
  return { reach, move };
}

function seriesError(file: string, master: Parsed, message: string): ReadError {
  return new ReadError({ file, line: lineIn(master.block, '\nRRULE') + (master.block.text.includes('\nRRULE') ? 1 : 0), message });
}

/** The series' occurrences in the window: its own instances (not those an exception replaces), its exceptions, and a count of EXDATEs there. */
function expandSeries(file: string, master: Parsed, exceptions: readonly Parsed[], window: Window, ctx: Context, out: Omit<ReadResult, 'calendarName' | 'uids'>): void {
  const span = spanOf(master.component, ctx);
  const series = seriesContext(span.startTime, ctx);
  const facts = factsOf(master.component, master.block);
  const replaced = new Set<string>();
  for (const exception of exceptions) {
    const rid = exception.component.getFirstPropertyValue('recurrence-id') as Time;
    // An all-day series names its instances by day, whatever form the override gives its RECURRENCE-ID in.
    replaced.add(rid.isDate || span.allDay ? dayKey(rid) : recurrenceKey(rid, series));
    pushSingle(exception, window, series, series, out.occurrences, facts);
  }
  const moved = new Map<string, Facts>();
  const placement = placementOf(rangesOf(exceptions, series, facts), span, series, moved);
  let read: ReturnType<typeof seriesInstances>;
  try {
    read = seriesInstances(master.component, span, window, series, replaced, placement);
  } catch (error) {
    if (error instanceof SeriesLimit && error.kind === 'steps') throw seriesError(file, master, `the recurring event “${facts.title}” repeats more than ${MAX_SERIES_STEPS.toLocaleString('en-US')} times before the week asked for, more than an import expands. Give its RRULE an UNTIL, or split the series`);
    if (error instanceof SeriesLimit) throw seriesError(file, master, `the recurring event “${facts.title}” takes more than ${MAX_RULE_CHECKS.toLocaleString('en-US')} steps of its rule to reach the week asked for, more than an import expands: its BY parts may never match. Check its RRULE, or give it an UNTIL`);
    const bad = badProperty(file, master.block);
    if (bad) throw new ReadError(bad);
    throw seriesError(file, master, `the recurring event “${facts.title}” has a rule ical.js cannot expand (${reasonOf(error)}). Check its RRULE`);
  }
  for (const instance of read.instances) out.occurrences.push({ ...(moved.get(instance.key) ?? facts), id: `${facts.uid}/${instance.key}`, start: instance.start, end: instance.end, allDay: span.allDay, ...(instance.dayLong ? { dayLong: true } : {}) });
  out.excluded += read.excluded;
}
