// "New weekly review": creates this ISO week's file in `weeklyReview.folder`
// from the rubric's categories (one `##` section each), carrying over last
// week's unchecked `- [ ]` items under their category, and the run's open asks
// (#ask items still unchecked, from any earlier week) under "Open asks"; opens
// the file when it already exists; when a calendar address is configured it
// offers to pre-fill the new file from it. Never overwrites anything: the file is
// created exclusively. The folder stays inside the workspace folder: a `..`
// in the setting is refused, and in Restricted Mode so is a folder or file
// that is a link leading outside.

import * as vscode from 'vscode';
import type { AnalyzeOptions, CarriedItem, ReviewService } from '../core';
import { addWeeks, builtinRubric, carriedOverItems as carriedOverItemsOf, formatIsoWeek, isoWeekOfDate, openAskLines as openAskLinesOf, reviewFileOfWeek, reviewsFolderSegments, reviewTemplate, runForNewReview } from '../core';
import { analysisOptionsFor, readSettings } from './config';
import { createFileExclusively, pathOf, refuseOutsideWorkspace } from './host';
import type { ReviewRuns } from './reviewRuns';

export async function newWeeklyReview(service: ReviewService, today = new Date(), runs?: ReviewRuns, onCreated?: (uri: vscode.Uri) => Promise<void>): Promise<void> {
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
  if (await createFileExclusively(target, text)) {
    await vscode.window.showTextDocument(target);
    // Not awaited: the offer to pre-fill from the calendar must not hold the command open.
    if (onCreated) void onCreated(target);
  } else await openExisting(target);
}

/**
 * `weeklyReview.folder` inside the workspace folder, or why not. Workspace
 * settings come from the repository, so `..` is refused even in a trusted
 * workspace; in Restricted Mode the folder and every folder above it up to
 * the workspace folder must also really be inside (no link leading out).
 */
async function confinedFolder(folder: vscode.WorkspaceFolder, setting: string): Promise<vscode.Uri | string> {
  const segments = reviewsFolderSegments(setting, folder.name);
  if ('refused' in segments) return segments.refused;
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
  const match = reviewFileOfWeek(entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name), weekName);
  return match ? vscode.Uri.joinPath(folder, match) : undefined;
}

async function carriedOverItems(service: ReviewService, uri: vscode.Uri, options: AnalyzeOptions): Promise<CarriedItem[]> {
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return [];
  }
  return carriedOverItemsOf(await service.analyze(pathOf(uri), text, options), text);
}

/**
 * The open asks of the run the new review joins (last week's review's run,
 * else the run whose latest review sits in the reviews folder), except those
 * last week's unchecked items already carry over.
 */
async function openAskLines(runs: ReviewRuns, folder: vscode.Uri, previous: vscode.Uri | undefined, carried: CarriedItem[]): Promise<string[]> {
  await runs.ready;
  const run = runForNewReview(runs.allRuns(), previous ? runs.runOf(previous) : undefined, pathOf(folder));
  if (!run) return [];
  return openAskLinesOf(runs.people(run), previous ? pathOf(previous) : undefined, carried);
}
