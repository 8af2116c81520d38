// `weekly-review new [--week W] [DIR]`: writes DIR/YYYY-Www.md from the same
// template and carry-over as the VS Code command "New weekly review"
// (core/template/newReview.ts): the rubric's categories, last week's
// unchecked items and the run's open asks. It never overwrites a file: the
// write uses the 'wx' flag, so even a file created meanwhile is kept.

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CarriedItem, IsoWeek, ReviewService, Rubric } from '../../core';
import { addWeeks, builtinRubric, carriedOverItems, createReviewIndex, formatIsoWeek, isoWeekOfDate, openAskLines, parseWeekValue, peopleReportOfRun, reviewFileOfWeek, reviewTemplate } from '../../core';
import { analysisOptions, type CliArgs } from '../args';
import { displayPath, MAX_REVIEW_BYTES, readTextFile, toEnginePath } from '../files';
import { plain } from '../reporters';

interface NewIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** This week by the user's calendar day (not UTC's), or the one --week names. */
function targetWeek(args: CliArgs, today: Date): IsoWeek | string {
  if (args.week === undefined) return isoWeekOfDate(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
  const parsed = parseWeekValue(args.week);
  return parsed.ok ? parsed.week : `--week ${args.week}: ${parsed.reason}.`;
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** The folder's reviews, as the engine reads them (unreadable files are left out: `check` reports them). */
async function reviewsIn(service: ReviewService, dir: string, names: string[]): Promise<{ path: string; text: string }[]> {
  const reviews: { path: string; text: string }[] = [];
  for (const name of names.filter((n) => /\.(md|markdown)$/i.test(n))) {
    const read = await readTextFile(path.join(dir, name), MAX_REVIEW_BYTES, 'a review');
    const enginePath = toEnginePath(path.join(dir, name));
    if ('text' in read && service.isReview(enginePath, read.text)) reviews.push({ path: enginePath, text: read.text });
  }
  return reviews;
}

async function rubricFor(service: ReviewService, target: string, args: CliArgs, io: NewIo): Promise<Rubric> {
  const resolution = await service.resolveRubric(toEnginePath(target), '', analysisOptions(args));
  if (resolution.ok) return resolution.rubric;
  io.stderr(`weekly-review: the rubric ${plain(displayPath(resolution.file))} is broken (${plain(resolution.problems[0]?.message ?? 'see "weekly-review check"')}); the new review uses the built-in categories.`);
  return builtinRubric();
}

/** Last week's unchecked items and the run's open asks. */
async function carryOver(service: ReviewService, dir: string, week: IsoWeek, args: CliArgs): Promise<{ carried: CarriedItem[]; asks: string[] }> {
  const names = await namesIn(dir);
  const reviews = await reviewsIn(service, dir, names);
  const previousName = reviewFileOfWeek(names, formatIsoWeek(addWeeks(week, -1)));
  const previousPath = previousName !== undefined ? toEnginePath(path.join(dir, previousName)) : undefined;
  const previous = reviews.find((review) => review.path === previousPath);
  const carried = previous ? carriedOverItems(await service.analyze(previous.path, previous.text, analysisOptions(args)), previous.text) : [];
  if (reviews.length === 0) return { carried, asks: [] };
  const index = createReviewIndex(service, { analyzeOptions: analysisOptions(args) });
  await index.setFiles(reviews);
  return { carried, asks: openAskLines(peopleReportOfRun(index), previousPath, carried) };
}

/** The text `new` writes for the review of `week` at `target`: the same template `import` starts a new review from. */
export async function newReviewText(service: ReviewService, target: string, week: IsoWeek, args: CliArgs, io: NewIo): Promise<{ text: string; rubric: Rubric; carried: CarriedItem[]; asks: string[] }> {
  const rubric = await rubricFor(service, target, args, io);
  const { carried, asks } = await carryOver(service, path.dirname(target), week, args);
  return { text: reviewTemplate(formatIsoWeek(week), week.week, rubric, carried, asks), rubric, carried, asks };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export async function runNewCommand(service: ReviewService, args: CliArgs, io: NewIo, today = new Date()): Promise<number> {
  const week = targetWeek(args, today);
  if (typeof week === 'string') {
    io.stderr(`weekly-review: ${plain(week)} Run "weekly-review --help" for usage.`);
    return 2;
  }
  const dir = args.paths[0] ?? '.';
  const target = path.join(dir, `${formatIsoWeek(week)}.md`);
  const { text, rubric, carried, asks } = await newReviewText(service, target, week, args, io);
  const shown = plain(displayPath(toEnginePath(target)));
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    // A file, FIFO or device named as the folder: mkdir says EEXIST, which
    // is no review that "already exists" (hostile input 13).
    const code = (error as { code?: string }).code;
    io.stderr(code === 'EEXIST' || code === 'ENOTDIR' ? `weekly-review: ${plain(displayPath(toEnginePath(dir)))} is not a folder, so ${shown} cannot be created in it. Name a folder.` : `weekly-review: cannot create the folder ${plain(displayPath(toEnginePath(dir)))} (${code ?? 'unknown error'}).`);
    return 2;
  }
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.stderr(code === 'EEXIST' ? `weekly-review: ${shown} already exists, so it was left as it is. Open it, or name another week with --week.` : `weekly-review: cannot write ${shown} (${code ?? 'unknown error'}).`);
    return code === 'EEXIST' ? 1 : 2;
  }
  io.stdout(`Created ${shown}: ${rubric.categories.length} category sections, ${plural(carried.length, 'item')} carried over from last week, ${plural(asks.length, 'open ask')}.`);
  return 0;
}
