// "Teach it once" in VS Code: the command behind the quick fix on an inferred
// or uncategorized item or heading (codeActions.ts). The workspace engine
// plans the write (core/workspace/changes.ts, as for the language server): a
// review on the built-in rubric gets a new `.weekly-review.yaml` that
// extends it, created exclusively at the workspace folder's root; an
// existing rubric is edited in place as one undoable edit and saved
// (fileChanges.ts), so the rubric watcher re-checks every review. In
// Restricted Mode nothing outside the workspace is written.

import * as vscode from 'vscode';
import type { CategoryLesson, ReviewWorkspace } from '../core';
import { applyFileChange } from './fileChanges';
import { pathOf } from './host';

export const TEACH_COMMAND = 'weeklyReview.teachCategory';

export interface TeachArgs {
  /** The review the lesson came from (its rubric is the one taught). */
  review: string;
  lesson: CategoryLesson;
}

/** The command: teach the rubric of the review named in `args`, and say what was written where. */
export async function teachCategory(workspace: ReviewWorkspace, args: TeachArgs): Promise<boolean> {
  const path = pathOf(vscode.Uri.parse(args.review));
  const state = workspace.stateOf(path);
  if (!state) return fail('the review is no longer open.');
  const planned = await workspace.resolveChange(path, { title: args.lesson.title, kind: 'quickfix', edits: [], teach: args.lesson });
  const written = await applyFileChange(planned ?? { refused: 'the review is no longer open.' });
  if (typeof written === 'string') return fail(written);
  const where = vscode.workspace.asRelativePath(written);
  void vscode.window.showInformationMessage(`${state.rubric.file === 'built-in' ? `Created ${where} (extends: cto)` : `Updated ${where}`}: ${args.lesson.title.replace(/^Count /, '')}.`);
  return true;
}

function fail(message: string): false {
  void vscode.window.showErrorMessage(`Weekly Review: ${message}`);
  return false;
}
