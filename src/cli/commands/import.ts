// `weekly-review import CALENDAR.ics [--week W] [--into FILE] [--dry-run]
// [--tz ZONE] [--include-private] [--me ADDRESS]`: merges a week of an .ics
// export into a review (core/calendar decides everything). A review that does
// not exist starts from the template of `new`. The write is atomic: a new
// review is linked into place from a temporary file (so one created meanwhile
// is kept), an existing one is renamed over only if its text is still the text
// that was read.

import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calendarImportSummary, formatIsoWeek, importCalendarWeek, isoWeekOfDate, parseWeekValue, unifiedDiff, weekFromFileName, zoneNamed, MAX_CALENDAR_BYTES, type CalendarImportReport, type IsoWeek, type ReviewService } from '../../core';
import { analysisOptions, type CliArgs } from '../args';
import { decodeCalendarFile, displayPath, MAX_REVIEW_BYTES, readTextFile, toEnginePath } from '../files';
import { plain } from '../reporters';
import { newReviewText } from './new';

interface ImportIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export class ImportProblem extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

/** The week a review is of: its front matter `week:`, else its file name. */
function weekOfReview(file: string, text: string): IsoWeek | undefined {
  const lines = text.slice(0, 8000).split(/\r?\n/);
  let front: string | undefined;
  if (lines[0]?.trimEnd() === '---') {
    for (const line of lines.slice(1)) {
      if (/^(?:---|\.\.\.)\s*$/.test(line)) break;
      const value = /^week:[ \t]*([^#]*)/.exec(line)?.[1];
      if (value !== undefined) front = value.trim().replace(/^["']|["']$/g, '');
    }
  }
  const parsed = front !== undefined ? parseWeekValue(front) : undefined;
  return parsed?.ok ? parsed.week : weekFromFileName(file);
}

/** Today's ISO week in the user's zone. */
function thisWeek(zoneName: string, now: Date): IsoWeek {
  const zone = zoneNamed(zoneName);
  const wall = new Date(now.getTime() + (zone ? zone.offsetAt(now.getTime()) : 0));
  return isoWeekOfDate(wall);
}

async function readReview(target: string): Promise<string | undefined> {
  const read = await readTextFile(target, MAX_REVIEW_BYTES, 'a review');
  if ('text' in read) return read.text;
  if (read.problem !== undefined) throw new ImportProblem(`${displayPath(toEnginePath(target))} ${read.problem}.`, 2);
  return undefined;
}

/** Which week, into which file, starting from which text. */
async function targetOf(service: ReviewService, args: CliArgs, io: ImportIo, zone: string, now: Date): Promise<{ week: IsoWeek; target: string; before: string | undefined; review: string }> {
  const named = args.week !== undefined ? parseWeekValue(args.week) : undefined;
  if (named && !named.ok) throw new ImportProblem(`--week ${args.week}: ${named.reason}.`, 2);
  const asked = named?.ok ? named.week : undefined;
  const target = args.into ?? `${formatIsoWeek(asked ?? thisWeek(zone, now))}.md`;
  const before = await readReview(target);
  const own = before !== undefined ? weekOfReview(target, before) : weekFromFileName(target);
  if (asked && own && formatIsoWeek(asked) !== formatIsoWeek(own)) throw new ImportProblem(`--week ${formatIsoWeek(asked)}, but ${displayPath(toEnginePath(target))} is the review of ${formatIsoWeek(own)}. Name the review of that week with --into, or leave out --week.`, 2);
  const week = asked ?? own ?? thisWeek(zone, now);
  const review = before ?? (await newReviewText(service, target, week, args, io)).text;
  return { week, target, before, review };
}

/** Writes atomically: a temporary file beside the target, then link (new) or rename (existing, still unchanged). */
export async function writeReview(target: string, before: string | undefined, text: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (before === undefined) await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temp, text, { flag: 'wx' });
  } catch (error) {
    throw new ImportProblem(`cannot write ${displayPath(toEnginePath(target))} (${(error as { code?: string }).code ?? 'unknown error'}). Check the folder exists and is writable.`, 2);
  }
  try {
    if (before === undefined) {
      await link(temp, target).catch((error: { code?: string }) => {
        throw error.code === 'EEXIST' ? new ImportProblem(`${displayPath(toEnginePath(target))} was created while the calendar was imported, so it was left as it is. Run the import again.`, 1) : error;
      });
      return;
    }
    const now = await readFile(target, 'utf8').catch(() => undefined);
    if (now === undefined || now.replace(/^\uFEFF/, '') !== before) throw new ImportProblem(`${displayPath(toEnginePath(target))} changed on disk while the calendar was imported, so it was not overwritten. Run the import again.`, 1);
    await rename(temp, target);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

function reportKept(io: ImportIo, target: string, report: CalendarImportReport): void {
  const shown = plain(displayPath(toEnginePath(target)));
  for (const kept of report.kept) {
    if (kept.why === 'changed') io.stderr(`${shown}:${kept.line}: kept your edited line; its event changed in the calendar since it was imported (check its time).`);
    if (kept.why === 'gone') io.stderr(`${shown}:${kept.line}: kept your edited line; its event was cancelled or moved out of this week in the calendar.`);
  }
  const other = report.kept.filter((k) => k.why === 'unknown').length;
  if (other > 0) io.stderr(`${shown}: ${other} imported ${other === 1 ? 'line is' : 'lines are'} of events this calendar does not hold (another calendar, or deleted): left as ${other === 1 ? 'it is' : 'they are'}.`);
}

export async function runImportCommand(service: ReviewService, args: CliArgs, io: ImportIo, now = new Date()): Promise<number> {
  const calendarPath = args.paths[0] as string;
  const zone = args.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    if (!zoneNamed(zone)) throw new ImportProblem(`--tz ${zone} is not a time zone: use an IANA name such as Europe/Berlin or America/New_York.`, 2);
    const read = await readTextFile(calendarPath, MAX_CALENDAR_BYTES, 'a calendar', decodeCalendarFile);
    const shownCalendar = displayPath(toEnginePath(calendarPath));
    if (!('text' in read)) throw new ImportProblem(read.problem !== undefined ? `${shownCalendar} ${read.problem}.` : `cannot read ${shownCalendar}: no such file. Export the calendar as .ics and give its path.`, 2);
    const { week, target, before, review } = await targetOf(service, args, io, zone, now);
    const resolution = await service.resolveRubric(toEnginePath(target), review, analysisOptions(args));
    if (!resolution.ok) throw new ImportProblem(`the rubric ${displayPath(resolution.file)} is broken (${resolution.problems[0]?.message ?? 'see "weekly-review check"'}). Fix it first: the import places events under its categories.`, 2);
    const result = importCalendarWeek({ file: shownCalendar, calendar: read.text, week, review, rubric: resolution.rubric, people: resolution.rubric.people, options: { timeZone: zone, includePrivate: args.includePrivate ?? false, ...(args.me ? { owner: args.me } : {}) } });
    if (!result.ok) throw new ImportProblem(`${result.error.file}:${result.error.line}: ${result.error.message}. Nothing was written.`, 2);
    const shownTarget = displayPath(toEnginePath(target));
    const summary = `${calendarImportSummary(formatIsoWeek(week), result.report)}`;
    if (args.dryRun) {
      io.stdout(unifiedDiff(before ?? '', result.text, before === undefined ? '/dev/null' : shownTarget, shownTarget).replace(/\n$/, ''));
      io.stderr(`Dry run, nothing written. ${summary}`);
    } else if (before === result.text) io.stdout(`${shownTarget} is up to date. ${summary}`);
    else {
      await writeReview(target, before, result.text);
      io.stdout(`${before === undefined ? 'Created' : 'Updated'} ${plain(shownTarget)}. ${summary}`);
    }
    reportKept(io, target, result.report);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    io.stderr(`weekly-review: ${plain(error.message)}`);
    return error.code;
  }
}
