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
  /** YYYYMMDD of DTSTART, DTEND and RECURRENCE-ID, as written (local or UTC). */
  startDay?: number | undefined;
  endDay?: number | undefined;
  recurrenceDay?: number | undefined;
}

export interface Scan {
  blocks: Block[];
  /** X-WR-CALNAME and X-WR-TIMEZONE, when the export has them (Google, Apple). */
  calendarName?: string;
  defaultZone?: string;
}

const dayOf = (value: string): number | undefined => {
  const match = /^(\d{8})(?:T\d{6}Z?)?\s*$/.exec(value);
  return match ? Number(match[1]) : undefined;
};

const valueOf = (line: string): string => line.slice(line.indexOf(':', line.indexOf(';') < 0 ? 0 : line.lastIndexOf('"') + 1) + 1).trim();

/** Reads the properties that decide whether an event can touch a week; `null` for a property it could not read. */
function peek(block: Block, line: string, folded: boolean): void {
  const name = /^[A-Za-z-]+/.exec(line)?.[0].toUpperCase();
  if (name === 'RRULE' || name === 'RDATE') block.recurring = true;
  else if (name === 'RECURRENCE-ID') {
    block.exception = true;
    block.recurrenceDay = folded ? undefined : dayOf(valueOf(line));
  } else if (name === 'UID') block.uid = valueOf(line);
  else if (name === 'DTSTART') block.startDay = folded ? undefined : dayOf(valueOf(line));
  else if (name === 'DTEND') block.endDay = folded ? undefined : dayOf(valueOf(line));
}

function calendarProperty(scan: Scan, line: string): void {
  if (/^X-WR-CALNAME[;:]/i.test(line)) scan.calendarName = valueOf(line);
  else if (/^X-WR-TIMEZONE[;:]/i.test(line)) scan.defaultZone = valueOf(line);
}

interface Open {
  name: string;
  line: number;
  start: number;
}

/** Cuts the text into VEVENT and VTIMEZONE blocks, or says where its shape is broken. */
export function scanCalendar(file: string, text: string): Scan | CalendarError {
  const scan: Scan = { blocks: [] };
  const stack: Open[] = [];
  let block: Block | undefined;
  let lineNo = 0;
  let sawCalendar = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(start, end).replace(/\r?\n$/, '');
    lineNo++;
    const next = text.charCodeAt(end);
    const folded = next === 32 || next === 9;
    if (line.trim() === '') {
      start = end;
      continue;
    }
    const begin = /^BEGIN:([A-Za-z-]+)\s*$/i.exec(line);
    const close = begin ? null : /^END:([A-Za-z-]+)\s*$/i.exec(line);
    if (!sawCalendar) {
      if (!begin || begin[1]?.toUpperCase() !== 'VCALENDAR') return { file, line: lineNo, message: `this is not an iCalendar file: it starts with “${line.slice(0, 40)}”, where an .ics export starts with BEGIN:VCALENDAR. Export the calendar as .ics (iCalendar) and import that file` };
      sawCalendar = true;
    }
    if (begin) {
      const name = (begin[1] as string).toUpperCase();
      if (stack.length === 1 && (name === 'VEVENT' || name === 'VTIMEZONE')) block = { kind: name, line: lineNo, text: '', recurring: false, exception: false };
      stack.push({ name, line: lineNo, start });
    } else if (close) {
      const name = (close[1] as string).toUpperCase();
      const open = stack.pop();
      if (!open) return { file, line: lineNo, message: `END:${name} closes nothing (no BEGIN:${name} is open). The file is damaged: export the calendar again` };
      if (open.name !== name) return { file, line: lineNo, message: `END:${name} where BEGIN:${open.name} from line ${open.line} is still open. The file is damaged: export the calendar again` };
      if (block && stack.length === 1) {
        block.text = text.slice(open.start, end);
        scan.blocks.push(block);
        block = undefined;
      }
    } else if (stack.length === 0) {
      return { file, line: lineNo, message: `text outside BEGIN:VCALENDAR … END:VCALENDAR (“${line.slice(0, 40)}”). The file is damaged: export the calendar again` };
    } else if (block?.kind === 'VEVENT' && stack.length === 2) peek(block, line, folded);
    else if (stack.length === 1) calendarProperty(scan, line);
    start = end;
  }
  if (!sawCalendar) return { file, line: 1, message: 'the file is empty, so it holds no calendar. Export the calendar as .ics (iCalendar) and import that file' };
  const open = stack[stack.length - 1];
  if (open) return { file, line: open.line, message: `the file is truncated: BEGIN:${open.name} at line ${open.line} is never closed (the file ends at line ${lineNo}). Download or export the calendar again` };
  return scan;
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
  const end = block.endDay !== undefined ? dayNumber(block.endDay) : start + 3;
  return start <= last && end >= first;
}

/** Every event UID the calendar holds, read line by line: an imported line whose event's UID is not here came from another calendar. */
export function scanUids(text: string): Set<string> {
  const uids = new Set<string>();
  for (const match of text.matchAll(/^UID(?:;[^:\r\n]*)?:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/gim)) uids.add((match[1] as string).replace(/\r?\n[ \t]/g, '').trim());
  return uids;
}
