// "New weekly review": creates this ISO week's file in `weeklyReview.folder`
// from the rubric's categories (one `##` section each), carrying over last
// week's unchecked `- [ ]` items under their category, and the run's open asks
// (#ask items still unchecked, from any earlier week) under "Open asks"; opens
// the file when it already exists. Never overwrites anything: the file is
// created exclusively. The folder stays inside the workspace folder: a `..`
// in the setting is refused, and in Restricted Mode so is a folder or file
// that is a link leading outside.

import * as vscode from 'vscode';
import type { AnalyzeOptions, ReviewService, Rubric } from '../core';
import { addWeeks, builtinRubric, carryForwardAskLines, formatIsoWeek, isoWeekOfDate, weekFromFileName } from '../core';
import { analysisOptionsFor, readSettings } from './config';
import { createFileExclusively, pathOf, refuseOutsideWorkspace } from './host';
import type { ReviewRuns } from './reviewRuns';

interface CarriedItem {
  text: string;
  categoryId: string | undefined;
  /** Line in last week's review. */
  line: number;
}

export async function newWeeklyReview(service: ReviewService, today = new Date(), runs?: ReviewRuns): Promise<void> {
  const folder = targetWorkspaceFolder();
  if (!folder) {
    void vscode.window.showWarningMessage('Open a folder first: the weekly review is created in its "' + readSettings().folder + '" folder.');
    return;
  }
  // The rubric setting resolves against the folder, where the new review will live.
  const { settings, options } = analysisOptionsFor(folder.uri);
  // ISO weeks follow the user's calendar day, not UTC's.
  const week = isoWeekOfDate(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
  const weekName = formatIsoWeek(week);
  const reviewsFolder = await confinedFolder(folder, settings.folder);
  if (typeof reviewsFolder === 'string') {
    void vscode.window.showErrorMessage(`Weekly Review: ${reviewsFolder}`);
    return;
  }
  const target = vscode.Uri.joinPath(reviewsFolder, `${weekName}.md`);
  if (await exists(target)) {
    await openExisting(target);
    return;
  }
  const resolution = await service.resolveRubric(pathOf(target), '', options);
  if (!resolution.ok) {
    void vscode.window.showWarningMessage(`The rubric ${resolution.file} is broken (${resolution.problems[0]?.message ?? 'see its problems'}); the new review uses the built-in categories.`);
  }
  const rubric = resolution.ok ? resolution.rubric : builtinRubric();
  const previous = await findReviewOfWeek(reviewsFolder, formatIsoWeek(addWeeks(week, -1)));
  const carried = previous ? await carriedOverItems(service, previous, options) : [];
  const asks = runs ? await openAskLines(runs, reviewsFolder, previous, carried) : [];
  const text = reviewTemplate(weekName, week.week, rubric, carried, asks);
  await vscode.workspace.fs.createDirectory(reviewsFolder);
  // A file that appeared meanwhile is opened, never overwritten.
  if (await createFileExclusively(target, text)) await vscode.window.showTextDocument(target);
  else await openExisting(target);
}

/**
 * `weeklyReview.folder` inside the workspace folder, or why not. Workspace
 * settings come from the repository, so `..` is refused even in a trusted
 * workspace; in Restricted Mode the folder and every folder above it up to
 * the workspace folder must also really be inside (no link leading out).
 */
async function confinedFolder(folder: vscode.WorkspaceFolder, setting: string): Promise<vscode.Uri | string> {
  const segments = setting.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return `the "weeklyReview.folder" setting "${setting}" leads outside the workspace folder ${folder.name}; name a folder inside it, such as "reviews".`;
  for (let depth = segments.length; depth > 0; depth--) {
    const refused = await refuseOutsideWorkspace(pathOf(vscode.Uri.joinPath(folder.uri, ...segments.slice(0, depth))), 'reviews folder');
    if (refused !== undefined) return `${refused}; no review is created there.`;
  }
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens this week's existing review, unless Restricted Mode refuses it (a link leading outside the workspace). */
async function openExisting(target: vscode.Uri): Promise<void> {
  const refused = await refuseOutsideWorkspace(pathOf(target), 'review');
  if (refused !== undefined) void vscode.window.showErrorMessage(`Weekly Review: ${refused}; it is not opened.`);
  else await vscode.window.showTextDocument(target);
}

function targetWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file in the folder whose name carries the given ISO week (`2026-W46.md`, `review-2026-w46.md`). */
async function findReviewOfWeek(folder: vscode.Uri, weekName: string): Promise<vscode.Uri | undefined> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return undefined;
  }
  const match = entries
    .filter(([name, type]) => type === vscode.FileType.File && /\.(md|markdown)$/i.test(name))
    .map(([name]) => name)
    .sort()
    .find((name) => {
      const week = weekFromFileName(name);
      return week !== undefined && formatIsoWeek(week) === weekName;
    });
  return match ? vscode.Uri.joinPath(folder, match) : undefined;
}

async function carriedOverItems(service: ReviewService, uri: vscode.Uri, options: AnalyzeOptions): Promise<CarriedItem[]> {
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return [];
  }
  const analysis = await service.analyze(pathOf(uri), text, options);
  const lines = text.split(/\r\n|\r|\n/);
  const planned = [
    ...analysis.document.activities.filter((activity) => activity.checked === false && activity.parentLine === undefined).map((a) => ({ line: a.line, categoryId: a.categoryId })),
    ...analysis.document.notes.filter((note) => note.checked === false && note.depth === 1).map((n) => ({ line: n.line, categoryId: n.categoryId })),
  ].sort((a, b) => a.line - b.line);
  return planned.flatMap(({ line, categoryId }) => {
    const source = lines[line - 1] ?? '';
    const rest = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]\s*(.*)$/.exec(source)?.[1];
    return rest === undefined ? [] : [{ text: `- [ ] ${rest.trimEnd()}`, categoryId, line }];
  });
}

/**
 * The open asks of the run the new review joins (last week's review's run,
 * else the run whose latest review sits in the reviews folder), except those
 * last week's unchecked items already carry over.
 */
async function openAskLines(runs: ReviewRuns, folder: vscode.Uri, previous: vscode.Uri | undefined, carried: CarriedItem[]): Promise<string[]> {
  await runs.ready;
  const prefix = `${pathOf(folder)}/`;
  const run = (previous && runs.runOf(previous)) ?? runs.allRuns().find((candidate) => candidate.index.latest()?.path.startsWith(prefix));
  if (!run) return [];
  const report = runs.people(run);
  const previousPath = previous ? pathOf(previous) : undefined;
  const carriedLines = new Set(carried.map((item) => item.line));
  const kept = report.openAsks.filter((ask) => !(ask.lastSeen.path === previousPath && carriedLines.has(ask.lastSeen.line)));
  return carryForwardAskLines({ ...report, openAsks: kept });
}

function reviewTemplate(weekName: string, weekNumber: number, rubric: Rubric, carried: CarriedItem[], asks: string[]): string {
  const out = ['---', `week: ${weekName}`, `hours: ${rubric.expectedHours ?? 40}`, '---', '', `# Week ${weekNumber} review`, ''];
  const known = new Set(rubric.categories.map((category) => category.id));
  for (const category of rubric.categories) {
    out.push(`## ${category.name}`);
    out.push(...carried.filter((item) => item.categoryId === category.id).map((item) => item.text));
    out.push('');
  }
  const homeless = carried.filter((item) => item.categoryId === undefined || !known.has(item.categoryId));
  if (homeless.length > 0) out.push('## Carried over', ...homeless.map((item) => item.text), '');
  if (asks.length > 0) out.push('## Open asks', ...asks, '');
  return out.join('\n');
}
