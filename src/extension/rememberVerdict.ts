// "Worth my time: remember" / "Not worth my time: remember" in VS Code: the
// command behind the quick fix (codeActions.ts). The workspace engine plans
// the write to `.weekly-review/verdicts.yaml` at the workspace folder's root
// (core/workspace/changes.ts, as for the language server): created
// exclusively the first time, edited as one undoable edit after, and saved
// (fileChanges.ts), so the watcher re-checks every review. Later items that
// read alike take the verdict.

import * as vscode from 'vscode';
import { VERDICTS_FILE, verdictEntry, type RememberedVerdict, type ReviewWorkspace } from '../core';
import { applyFileChange } from './fileChanges';
import { pathOf } from './host';

export const REMEMBER_COMMAND = 'weeklyReview.rememberVerdict';

export interface RememberArgs {
  review: string;
  line: number;
  verdict: RememberedVerdict['verdict'];
}

/** The command: remember the verdict on the item at `args.line` of the review. */
export async function rememberVerdictCommand(workspace: ReviewWorkspace, args: RememberArgs): Promise<boolean> {
  const path = pathOf(vscode.Uri.parse(args.review));
  const state = workspace.stateOf(path);
  const entry = state ? verdictEntry(state.analysis, args.line, args.verdict) : undefined;
  const planned = await workspace.resolveChange(path, { title: 'remember', kind: 'quickfix', edits: [], remember: { line: args.line, verdict: args.verdict } });
  const written = await applyFileChange(planned ?? { refused: 'the item is no longer there; try again on the item.' });
  if (typeof written === 'string') return fail(written);
  if (entry) void vscode.window.showInformationMessage(`Remembered in ${VERDICTS_FILE}: “${entry.text}” is ${entry.verdict === 'worthy' ? 'worth' : 'not worth'} your time. Similar items in later weeks take this verdict.`);
  return true;
}

function fail(message: string): false {
  void vscode.window.showErrorMessage(`Weekly Review: ${message}`);
  return false;
}
