// "Teach it once" in VS Code: the quick fixes on an inferred or uncategorized
// item or heading (the engine's `categoryLessons`), and the command that
// writes a lesson into the rubric in effect, as the engine plans it
// (core/workspace/changes.ts `planTeach`, which the language server uses
// too): a review on the built-in rubric gets a new `.weekly-review.yaml` that
// extends it, created exclusively at the workspace folder's root; an
// existing rubric is edited in place as one undoable edit and saved
// (fileChanges.ts), so the rubric watcher re-checks every review. In
// Restricted Mode nothing outside the workspace is written.

import * as vscode from 'vscode';
import { categoryLessons, planTeach, type CategoryLesson } from '../core';
import { applyFileChange } from './fileChanges';
import { createVscodeHost, pathOf } from './host';
import type { ReviewState, ReviewStore } from './reviewStore';

export const TEACH_COMMAND = 'weeklyReview.teachCategory';

/** Reads the rubric as the engine does: an open document's text first. */
const host = createVscodeHost();

export interface TeachArgs {
  /** The review the lesson came from (its rubric is the one taught). */
  review: string;
  lesson: CategoryLesson;
}

/** The quick fixes that teach the rubric, for the line of `range`. */
export function teachActions(state: ReviewState, range: vscode.Range): vscode.CodeAction[] {
  return categoryLessons(state.analysis, range.start.line + 1).map((lesson) => {
    const action = new vscode.CodeAction(lesson.title, vscode.CodeActionKind.QuickFix);
    const args: TeachArgs = { review: state.document.uri.toString(), lesson };
    action.command = { command: TEACH_COMMAND, title: lesson.title, arguments: [args] };
    action.isPreferred = false;
    return action;
  });
}

/** The command: teach the rubric of the review named in `args` (the engine plans the write), and say what was written where. */
export async function teachCategory(store: ReviewStore, args: TeachArgs): Promise<boolean> {
  const reviewUri = vscode.Uri.parse(args.review);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.review);
  const state = document ? store.stateOf(document) : undefined;
  if (!state) return fail('the review is no longer open.');
  const folder = vscode.workspace.getWorkspaceFolder(reviewUri);
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => pathOf(f.uri));
  const context = { folder: folder ? pathOf(folder.uri) : undefined, trusted: vscode.workspace.isTrusted, folders, read: (path: string) => host.readFile(path) };
  const written = await applyFileChange(await planTeach(state.rubric, args.lesson, context));
  if (typeof written === 'string') return fail(written);
  const where = vscode.workspace.asRelativePath(written);
  void vscode.window.showInformationMessage(`${state.rubric.file === 'built-in' ? `Created ${where} (extends: cto)` : `Updated ${where}`}: ${args.lesson.title.replace(/^Count /, '')}.`);
  return true;
}

function fail(message: string): false {
  void vscode.window.showErrorMessage(`Weekly Review: ${message}`);
  return false;
}
