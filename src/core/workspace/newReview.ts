// "New weekly review", planned: this ISO week's file in the reviews folder
// (`weeklyReview.folder`), from the rubric's categories, carrying over last
// week's unchecked items and the run's open asks (template/newReview.ts).
// The host writes the file, exclusively; when it exists the plan says so and
// the host opens it.

import { carriedOverItems, openAskLines, reviewFileOfWeek, reviewTemplate, type CarriedItem } from '../template/newReview';
import { addWeeks, formatIsoWeek, isoWeekOfDate } from '../parse/isoWeek';
import { builtinRubric } from '../rubric/load';
import type { ReviewService } from '../service';
import type { PeopleReport } from '../history/peopleTypes';
import type { WorkspaceHost } from './host';
import type { Run } from './runs';
import { baseName, reviewsFolderSegments } from './reviews';
import { analyzeOptionsOf } from './settings';

export type NewReviewPlan =
  | { refused: string }
  | { path: string; exists: true }
  | { path: string; exists: false; text: string; week: string; carried: number; asks: number; warning?: string };

/** What the plan needs of the workspace: its runs, once indexed. */
export interface RunsView {
  ready(): Promise<void>;
  runOf(path: string): Run | undefined;
  runs(): Run[];
  people(run: Run): PeopleReport;
}

/** The run a new review in `folder` joins: last week's review's run, else the run whose latest review is in the folder. */
export function runForNewReview<R extends Pick<Run, 'index'>>(runs: readonly R[], runOfPrevious: R | undefined, folder: string): R | undefined {
  return runOfPrevious ?? runs.find((candidate) => candidate.index.latest()?.path.startsWith(`${folder}/`));
}

/** The open asks of the run the new review joins. */
async function asksOf(runs: RunsView, folder: string, previous: string | undefined, carried: CarriedItem[]): Promise<string[]> {
  await runs.ready();
  const run = runForNewReview(runs.runs(), previous !== undefined ? runs.runOf(previous) : undefined, folder);
  return run ? openAskLines(runs.people(run), previous, carried) : [];
}

async function previousReview(host: WorkspaceHost, folder: string, weekName: string): Promise<string | undefined> {
  const inFolder = (await host.listFiles()).filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'));
  const name = reviewFileOfWeek(inFolder.map(baseName), weekName);
  return name === undefined ? undefined : `${folder}/${name}`;
}

export async function planNewReview(service: ReviewService, host: WorkspaceHost, runs: RunsView, workspaceFolder?: string): Promise<NewReviewPlan> {
  const root = workspaceFolder ?? host.folders()[0];
  const settings = host.settings(root);
  if (root === undefined) return { refused: `open a folder first: the weekly review is created in its "${settings.folder}" folder.` };
  const segments = reviewsFolderSegments(settings.folder, baseName(root));
  if ('refused' in segments) return segments;
  const folder = [root.replace(/\/$/, ''), ...segments].join('/');
  const today = host.clock.now();
  // ISO weeks follow the user's calendar day, not UTC's.
  const week = isoWeekOfDate(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
  const weekName = formatIsoWeek(week);
  const path = `${folder}/${weekName}.md`;
  if ((await host.readFile(path)) !== undefined) return { path, exists: true };
  const options = analyzeOptionsOf(settings, root);
  const resolution = await service.resolveRubric(path, '', options);
  const warning = resolution.ok ? undefined : `The rubric ${resolution.file} is broken (${resolution.problems[0]?.message ?? 'see its problems'}); the new review uses the built-in categories.`;
  const previous = await previousReview(host, folder, formatIsoWeek(addWeeks(week, -1)));
  const previousText = previous !== undefined ? await host.readFile(previous) : undefined;
  const carried = previous !== undefined && previousText !== undefined ? carriedOverItems(await service.analyze(previous, previousText, options), previousText) : [];
  const asks = await asksOf(runs, folder, previous, carried);
  const text = reviewTemplate(weekName, week.week, resolution.ok ? resolution.rubric : builtinRubric(), carried, asks);
  return { path, exists: false, text, week: weekName, carried: carried.length, asks: asks.length, ...(warning ? { warning } : {}) };
}
