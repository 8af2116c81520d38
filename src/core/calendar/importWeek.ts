// Calendar import as one call for every host: an .ics text and a review text
// in, the merged review text and a report out (or the first problem of the
// calendar, at its line). Hosts read and write the files; this decides.

import type { Person } from '../rubric/model';
import { mondayOfIsoWeek } from '../parse/isoWeek';
import type { Rubric } from '../rubric/model';
import type { IsoWeek } from '../types';
import { formatMinutes } from '../parse/durations';
import { activitiesOf } from './activities';
import { mergeImport, type MergeReport } from './merge';
import { readOccurrences } from './read';
import { MAX_CALENDAR_BYTES } from './scan';
import type { CalendarError, ImportOptions, SkipCounts } from './types';
import { selectWeek, weekWindow } from './week';
import { ianaNameOf, intlZone, type Zone } from './zones';

export interface CalendarImportInput {
  /** The calendar's path or address, as errors should name it. */
  file: string;
  calendar: string;
  week: IsoWeek;
  /** The review's current text (a new review's template when there is none). */
  review: string;
  rubric: Rubric;
  people: readonly Person[];
  options: ImportOptions;
}

export interface CalendarImportReport extends MergeReport {
  /** Minutes of the week's counted events (overlaps once). */
  minutes: number;
  events: number;
  doubleBookings: number;
  skipped: SkipCounts;
}

export type CalendarImportResult = { ok: true; text: string; report: CalendarImportReport } | { ok: false; error: CalendarError };

/** The user's zone by IANA name (or a Windows name); undefined when the runtime does not know it. */
export function zoneNamed(name: string): Zone | undefined {
  const iana = ianaNameOf(name);
  return iana !== undefined ? intlZone(iana) : undefined;
}

export function importCalendarWeek(input: CalendarImportInput): CalendarImportResult {
  const { file, calendar } = input;
  if (calendar.length > MAX_CALENDAR_BYTES) return { ok: false, error: { file, line: 1, message: `the calendar is larger than ${MAX_CALENDAR_BYTES / 1024 / 1024} MB, more than an import reads. Export a shorter range (for example the last year)` } };
  const zone = zoneNamed(input.options.timeZone);
  if (!zone) return { ok: false, error: { file, line: 1, message: `unknown time zone “${input.options.timeZone}”: use an IANA name such as Europe/Berlin or America/New_York` } };
  const window = weekWindow(mondayOfIsoWeek(input.week), zone.toUtc);
  const read = readOccurrences(file, calendar, window, zone);
  if ('message' in read) return { ok: false, error: read };
  const selection = selectWeek(read, window, input.options.owner);
  const items = activitiesOf(selection.events, { rubric: input.rubric, people: input.people, owner: selection.owner, includePrivate: input.options.includePrivate ?? false });
  const merged = mergeImport(input.review, items, input.rubric, read.uids);
  const minutes = selection.events.reduce((sum, event) => sum + event.minutes, 0);
  return { ok: true, text: merged.text, report: { ...merged.report, minutes, events: selection.events.length, doubleBookings: selection.events.filter((e) => e.overlapsWith).length, skipped: selection.skipped } };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The one-line summary every host prints or shows. */
export function calendarImportSummary(weekName: string, report: CalendarImportReport): string {
  const s = report.skipped;
  const changes = [`${plural(report.added, 'event')} added`, ...(report.updated > 0 ? [`${report.updated} updated`] : []), ...(report.removed > 0 ? [`${report.removed} removed`] : []), ...(report.unchanged > 0 ? [`${report.unchanged} already there`] : [])];
  const skipped = `skipped ${s.declined} declined, ${s.cancelled} cancelled, ${s.allDay} all-day, ${s.free} free, ${s.outOfOffice} out of office, ${s.zeroLength} zero-length`;
  const double = report.doubleBookings > 0 ? `; ${plural(report.doubleBookings, 'double booking')} counted once` : '';
  return `${weekName}: ${plural(report.events, 'event')} (${formatMinutes(report.minutes)}): ${changes.join(', ')}; ${skipped}${double}.`;
}
