// A first pass over an .ics text, before ical.js reads it: checks the shape
// (it is iCalendar, every BEGIN has its END, so a truncated export is named at
// the component it cuts), and cuts the text into its components with their
// line numbers. It peeks at the few properties that decide whether an event
// can touch the requested week (DTSTART, DTEND, RRULE, RDATE, RECURRENCE-ID),
// so a ten-year export hands ical.js only the recurring series and the events
// near that week: parsing all 50,000 events would cost seconds and hundreds of
// megabytes. The peek is conservative: an event it cannot read is kept.

import type { CalendarError } from './types';

/** Exports larger than this are refused before anything is parsed. */
export const MAX_CALENDAR_BYTES = 50 * 1024 * 1024;

export interface Block {
  kind: 'VEVENT' | 'VTIMEZONE';
  /** 1-based line of its BEGIN. */
  line: number;
  text: string;
  uid?: string;
  recurring: boolean;
  exception: boolean;
  /** Its calendar is a METHOD:CANCEL message (RFC 5546): the event is cancelled for whoever holds it. */
  cancelled?: boolean;
  /** Its calendar's X-WR-CALNAME when that is an address (Google names an export after its owner). */
  owner?: string;
  /** Its calendar's X-WR-TIMEZONE: the zone of its floating times (each VCALENDAR of a file has its own). */
  floatingZone?: string;
  /** Which VCALENDAR of the file holds it, from 0: each has its own VTIMEZONEs (a TZID is unique within one). */
  calendar: number;
  /** YYYYMMDD of DTSTART, DTEND and RECURRENCE-ID, as written (local or UTC). */
  startDay?: number | undefined;
  endDay?: number | undefined;
  recurrenceDay?: number | undefined;
}

export interface Scan {
  blocks: Block[];
  /** Every event UID in the file, kept or not: an imported line whose UID is not here came from another calendar. */
  uids: Set<string>;
  /** X-WR-CALNAME, when the export has it (Google, Apple). */
  calendarName?: string;
  /** X-WR-TIMEZONE of the calendar being read (Google, Apple). */
  defaultZone?: string;
  /** Index in `blocks` of the first block of the calendar being read. */
  calendarStart?: number;
  /** How many VCALENDARs have begun: the one being read is this less one. */
  calendars: number;
  /** METHOD of the calendar being read (each VCALENDAR of a file has its own). */
  method?: string;
  /** The calendars' names that are addresses, each once, in order: their owners. */
  owners: string[];
  /** The owner of the calendar being read. */
  owner?: string;
}

const ADDRESS = /^[^\s@]+@[^\s@]+$/;

const dayOf = (value: string): number | undefined => {
  const match = /^(\d{8})(?:T\d{6}Z?)?\s*$/.exec(value);
  return match ? Number(match[1]) : undefined;
};

/** The value of a content line: after the first colon that is not inside a quoted parameter. */
function valueOf(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 58 && !quoted) return line.slice(i + 1).trim();
  }
  return '';
}

/** Reads the properties that decide whether an event can touch a week; `null` for a property it could not read. */
function peek(block: Block, line: string, folded: boolean): void {
  const head = line.charCodeAt(0) >= 97 ? line.slice(0, 14).toUpperCase() : line;
  if (head.startsWith('DTSTART') && isNameEnd(head, 7)) block.startDay = folded ? undefined : dayOf(valueOf(line));
  else if (head.startsWith('DTEND') && isNameEnd(head, 5)) block.endDay = folded ? undefined : dayOf(valueOf(line));
  else if (head.startsWith('UID') && isNameEnd(head, 3)) block.uid = valueOf(line);
  else if ((head.startsWith('RRULE') || head.startsWith('RDATE')) && isNameEnd(head, 5)) block.recurring = true;
  else if (head.startsWith('RECURRENCE-ID') && isNameEnd(head, 13)) {
    block.exception = true;
    // A THISANDFUTURE override moves every later instance: like a series, it can touch any week after it.
    if (/;RANGE=THISANDFUTURE[;:]/i.test(line)) block.recurring = true;
    block.recurrenceDay = folded ? undefined : dayOf(valueOf(line));
  }
}

/** The property name ends at `at`: a `:` or `;` follows (DTSTART, not DTSTARTX). */
function isNameEnd(head: string, at: number): boolean {
  const c = head.charCodeAt(at);
  return c === 58 || c === 59;
}

function calendarProperty(scan: Scan, line: string): void {
  if (/^X-WR-CALNAME[;:]/i.test(line)) {
    scan.calendarName = valueOf(line);
    const owner = scan.calendarName.toLowerCase();
    if (ADDRESS.test(owner)) {
      scan.owner = owner;
      if (!scan.owners.includes(owner)) scan.owners.push(owner);
    }
  }
  else if (/^X-WR-TIMEZONE[;:]/i.test(line)) scan.defaultZone = valueOf(line);
  else if (/^METHOD[;:]/i.test(line)) scan.method = valueOf(line).toUpperCase();
}

interface Open {
  name: string;
  line: number;
  start: number;
}

const B = 66;
const E = 69;
const D = 68;
const R = 82;
const U = 85;
const X = 88;
const M = 77;
const LOWER = 32;

/** Whether a line starting with `c` can matter at this depth: most lines of an export (ATTENDEE, DESCRIPTION, folds) are stepped over unread. */
function worthReading(c: number, depth: number, inEvent: boolean): boolean {
  const upper = c >= 97 && c <= 122 ? c - LOWER : c;
  if (depth === 0 || upper === B || upper === E) return true;
  if (inEvent && depth === 2) return upper === D || upper === R || upper === U;
  return depth === 1 && (upper === X || upper === M);
}

/** Cuts the text into VEVENT and VTIMEZONE blocks, or says where its shape is broken; `keep` drops the events that cannot matter as soon as they end. */
export function scanCalendar(file: string, text: string, keep: (block: Block) => boolean = () => true): Scan | CalendarError {
  const scan: Scan = { blocks: [], uids: new Set(), owners: [], calendars: 0 };
  const stack: Open[] = [];
  let block: Block | undefined;
  let lineNo = 0;
  let sawCalendar = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    lineNo++;
    const c = text.charCodeAt(start);
    if (c === 10 || c === 13 || c === 32 || c === 9 || !worthReading(c, stack.length, block?.kind === 'VEVENT')) {
      start = end;
      continue;
    }
    const lineEnd = newline < 0 ? end : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const line = text.slice(start, lineEnd);
    const folded = text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9;
    const state = readLine(file, line, lineNo, { scan, stack, text, start, end, folded, keep, sawCalendar, block });
    if ('message' in state) return state;
    ({ sawCalendar, block } = state);
    start = end;
  }
  if (!sawCalendar) return { file, line: 1, message: 'the file is empty, so it holds no calendar. Export the calendar as .ics (iCalendar) and import that file' };
  const open = stack[stack.length - 1];
  if (open) return { file, line: open.line, message: `the file is truncated: BEGIN:${open.name} at line ${open.line} is never closed (the file ends at line ${lineNo}). Download or export the calendar again` };
  return scan;
}

/** A property line with its continuation lines joined (RFC 5545 folding): Outlook folds its long UIDs. */
function unfolded(text: string, start: number): string {
  let out = '';
  let at = start;
  do {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    out += text.slice(at === start ? at : at + 1, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    at = end + 1;
  } while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9));
  return out;
}

/** `VEVENT` of `BEGIN:VEVENT` (upper-cased), or undefined when the line is not `prefix` and a component name. */
function componentName(line: string, prefix: string): string | undefined {
  if (line.length <= prefix.length || line.slice(0, prefix.length).toUpperCase() !== prefix) return undefined;
  const name = line.slice(prefix.length).trimEnd().toUpperCase();
  return /^[A-Z-]+$/.test(name) ? name : undefined;
}

interface LineState {
  sawCalendar: boolean;
  block: Block | undefined;
}

interface LineContext extends LineState {
  scan: Scan;
  stack: Open[];
  text: string;
  start: number;
  end: number;
  folded: boolean;
  keep: (block: Block) => boolean;
}

/** One line that can matter: BEGIN and END keep the stack, the rest is peeked at. */
function readLine(file: string, line: string, lineNo: number, ctx: LineContext): LineState | CalendarError {
  let { sawCalendar, block } = ctx;
  const { stack, scan } = ctx;
  // Only a line starting with B or E can open or close a component.
  const first = line.charCodeAt(0) | LOWER;
  const begin = first === (B | LOWER) ? componentName(line, 'BEGIN:') : undefined;
  const close = begin === undefined && first === (E | LOWER) ? componentName(line, 'END:') : undefined;
  if (!sawCalendar) {
    if (begin !== 'VCALENDAR') return { file, line: lineNo, message: `this is not an iCalendar file: it starts with “${line.slice(0, 40)}”, where an .ics export starts with BEGIN:VCALENDAR. Export the calendar as .ics (iCalendar) and import that file` };
    sawCalendar = true;
  }
  if (begin !== undefined) {
    const name = begin;
    if (name === 'VCALENDAR' && stack.length === 0) {
      delete scan.method;
      delete scan.owner;
      delete scan.defaultZone;
      scan.calendarStart = scan.blocks.length;
      scan.calendars++;
    }
    if (stack.length === 1 && (name === 'VEVENT' || name === 'VTIMEZONE')) block = { kind: name, line: lineNo, text: '', recurring: false, exception: false, calendar: scan.calendars - 1, ...(scan.method === 'CANCEL' ? { cancelled: true } : {}), ...(scan.owner !== undefined ? { owner: scan.owner } : {}), ...(scan.defaultZone !== undefined ? { floatingZone: scan.defaultZone } : {}) };
    stack.push({ name, line: lineNo, start: ctx.start });
  } else if (close !== undefined) {
    const name = close;
    const open = stack.pop();
    if (!open) return { file, line: lineNo, message: `END:${name} closes nothing (no BEGIN:${name} is open). The file is damaged: export the calendar again` };
    if (open.name !== name) return { file, line: lineNo, message: `END:${name} where BEGIN:${open.name} from line ${open.line} is still open. The file is damaged: export the calendar again` };
    if (block && stack.length === 1) {
      if (block.kind === 'VTIMEZONE' || ctx.keep(block)) {
        block.text = ctx.text.slice(open.start, ctx.end);
        scan.blocks.push(block);
      }
      block = undefined;
    }
    // An X-WR-TIMEZONE written after the calendar's events is theirs too.
    if (stack.length === 0 && scan.defaultZone !== undefined) for (let at = scan.calendarStart ?? 0; at < scan.blocks.length; at++) (scan.blocks[at] as Block).floatingZone ??= scan.defaultZone;
  } else if (stack.length === 0) {
    return { file, line: lineNo, message: `text outside BEGIN:VCALENDAR … END:VCALENDAR (“${line.slice(0, 40)}”). The file is damaged: export the calendar again` };
  } else if (block?.kind === 'VEVENT' && stack.length === 2) {
    const uid = ctx.folded && /^UID[;:]/i.test(line);
    peek(block, uid ? unfolded(ctx.text, ctx.start) : line, ctx.folded);
    if ((uid || (line.charCodeAt(0) | LOWER) === (U | LOWER)) && block.uid !== undefined) scan.uids.add(block.uid);
  }
  else if (stack.length === 1) calendarProperty(scan, line);
  return { sawCalendar, block };
}

/** `20270308` as a day count, so that days can be compared across month ends. */
export function dayNumber(yyyymmdd: number): number {
  return Math.floor(Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / 86_400_000);
}

/**
 * Whether an event block can touch the days [first, last] (day numbers, with
 * slack for zones): recurring series always can; an exception when its new or
 * original day is near; a single event when its days reach them.
 */
export function mayTouch(block: Block, first: number, last: number): boolean {
  if (block.recurring) return true;
  if (block.startDay === undefined) return true;
  const start = dayNumber(block.startDay);
  const near = (day: number) => day >= first && day <= last;
  if (block.exception && block.recurrenceDay !== undefined && near(dayNumber(block.recurrenceDay))) return true;
  if (block.exception && block.recurrenceDay === undefined) return true;
  // Without DTEND (DURATION, or a day-long event), allow a few days of length.
  // A DTEND before its DTSTART (a typo in its day or year) ends where it starts.
  const end = block.endDay !== undefined ? Math.max(dayNumber(block.endDay), start) : start + 3;
  return start <= last && end >= first;
}

