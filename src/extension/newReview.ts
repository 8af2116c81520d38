// "New weekly review": the workspace engine plans this ISO week's file in
// `weeklyReview.folder` (the rubric's categories, last week's unchecked items
// and the run's open asks carried over; a `..` in the setting refused); this
// adapter writes it, exclusively, and opens it, or opens the existing one;
// when a calendar address is configured it offers to pre-fill the new file
// from it. In Restricted Mode a reviews folder, or a folder above it, that is
// a link leading outside the workspace is refused by its real path, and so is
// an existing review that is such a link.

import * as vscode from 'vscode';
import type { ReviewWorkspace } from '../core';
import { createFileExclusively, pathOf, refuseOutsideWorkspace, uriOf } from './host';

export async function newWeeklyReview(workspace: ReviewWorkspace, onCreated?: (uri: vscode.Uri) => Promise<void>): Promise<void> {
  const folder = targetWorkspaceFolder();
  const plan = await workspace.newReview(folder ? pathOf(folder.uri) : undefined);
  if ('refused' in plan) {
    void vscode.window.showErrorMessage(`Weekly Review: ${plan.refused}`);
    return;
  }
  const target = uriOf(plan.path);
  const reviewsFolder = vscode.Uri.joinPath(target, '..');
  const refused = folder ? await linkedOutside(folder, reviewsFolder) : undefined;
  if (refused !== undefined) {
    void vscode.window.showErrorMessage(`Weekly Review: ${refused}; no review is created there.`);
    return;
  }
  if (plan.exists) {
    await openExisting(target);
    return;
  }
  if (plan.warning) void vscode.window.showWarningMessage(plan.warning);
  await vscode.workspace.fs.createDirectory(reviewsFolder);
  // A file that appeared meanwhile is opened, never overwritten.
  if (await createFileExclusively(target, plan.text)) {
    await vscode.window.showTextDocument(target);
    // Not awaited: the offer to pre-fill from the calendar must not hold the command open.
    if (onCreated) void onCreated(target);
  } else await openExisting(target);
}

/** Restricted Mode: the reviews folder and every folder above it up to the workspace folder must really be inside (no link leading out). */
async function linkedOutside(folder: vscode.WorkspaceFolder, reviewsFolder: vscode.Uri): Promise<string | undefined> {
  const root = folder.uri.path.replace(/\/$/, '');
  const segments = reviewsFolder.path.slice(root.length + 1).split('/').filter((segment) => segment !== '');
  for (let depth = segments.length; depth > 0; depth--) {
    const refused = await refuseOutsideWorkspace(pathOf(vscode.Uri.joinPath(folder.uri, ...segments.slice(0, depth))), 'reviews folder');
    if (refused !== undefined) return refused;
  }
  return undefined;
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
