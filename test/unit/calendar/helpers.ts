// Shared by the calendar tests: import a fixture's week and count what the
// engine reads back from the merged review.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRubric, createReviewService, importCalendarWeek, parsePeople, reviewTemplate, type CalendarImportResult, type ImportOptions, type IsoWeek, type Person } from '../../../src/core';

export const FIXTURES = path.join(__dirname, '../../fixtures/calendar');

export const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

export const PEOPLE: Person[] = parsePeople(
  [
    { name: 'Ana Silva', handle: '@ana', cadence: '2w' },
    { name: 'Bo Chen', handle: '@bo' },
    { name: 'Dana Ortiz', handle: '@dana' },
    { name: 'Li Wei', handle: '@li' },
  ],
  () => undefined,
);

export function templateOf(week: IsoWeek): string {
  return reviewTemplate(`${week.year}-W${String(week.week).padStart(2, '0')}`, week.week, builtinRubric(), [], []);
}

export function importInto(calendar: string, week: IsoWeek, review: string, options: Partial<ImportOptions> & { timeZone: string }, file = 'calendar.ics'): CalendarImportResult {
  return importCalendarWeek({ file, calendar, week, review, rubric: builtinRubric(), people: PEOPLE, options });
}

/** The review's total minutes as the engine reads them (what the summary shows). */
export async function engineMinutes(text: string, week: IsoWeek): Promise<number> {
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze(`/reviews/${week.year}-W${String(week.week).padStart(2, '0')}.md`, text, { rubricPath: 'cto', memory: false });
  return service.summarize(analysis)?.totalMinutes ?? -1;
}

/** Each imported line as the analyzer reads it: its minutes and text, next to the minutes the import wrote (a line without a duration is a note that counts nothing). */
export async function engineItems(text: string, week: IsoWeek): Promise<{ line: number; minutes: number; written: number; text: string }[]> {
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze(`/reviews/${week.year}-W${String(week.week).padStart(2, '0')}.md`, text, { rubricPath: 'cto', memory: false });
  const byLine = new Map(analysis.document.activities.map((activity) => [activity.line, activity]));
  return text.split('\n').flatMap((line, index) => {
    if (!line.includes('<!-- event: ')) return [];
    const activity = byLine.get(index + 1);
    const written = /^- \[x\] (\d+h)?(\d+m)? /.exec(line);
    const minutes = (Number(written?.[1]?.slice(0, -1) ?? 0) * 60) + Number(written?.[2]?.slice(0, -1) ?? 0);
    return [{ line: index + 1, minutes: activity === undefined ? (minutes === 0 ? 0 : -1) : activity.counted ? activity.minutes : 0, written: minutes, text: activity?.text ?? '(not an activity)' }];
  });
}

export function ok(result: CalendarImportResult): Extract<CalendarImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.error.file}:${result.error.line}: ${result.error.message}`);
  return result;
}

/** The imported lines of a text (those with an event comment), without the comment. */
export function importedLines(text: string): string[] {
  return text.split('\n').filter((line) => line.includes('<!-- event: ')).map((line) => line.replace(/ <!-- event: .*$/, ''));
}
