// "Worth my time: remember" / "Not worth my time: remember" in VS Code: the
// quick fixes (the engine's `verdictChoices`) and the command that appends
// the verdict to `.weekly-review/verdicts.yaml` at the workspace folder's
// root, as the engine plans it (`planRemember`, shared with the language
// server): created exclusively the first time, edited as one undoable edit
// after, and saved (fileChanges.ts), so the watcher re-checks every review.
// Later items that read alike take the verdict.

import * as vscode from 'vscode';
import { planRemember, VERDICTS_FILE, verdictChoices, verdictEntry, type RememberedVerdict } from '../core';
import { applyFileChange } from './fileChanges';
import { pathOf, uriOf } from './host';
import type { ReviewState, ReviewStore } from './reviewStore';

export const REMEMBER_COMMAND = 'weeklyReview.rememberVerdict';

export interface RememberArgs {
  review: string;
  line: number;
  verdict: RememberedVerdict['verdict'];
}

/** The quick fixes that remember a verdict, for the item on the line of `range`. */
export function rememberActions(state: ReviewState, range: vscode.Range): vscode.CodeAction[] {
  const line = range.start.line + 1;
  return verdictChoices(state.analysis, line).map((choice) => {
    const action = new vscode.CodeAction(choice.title, vscode.CodeActionKind.QuickFix);
    const args: RememberArgs = { review: state.document.uri.toString(), line, verdict: choice.verdict };
    action.command = { command: REMEMBER_COMMAND, title: choice.title, arguments: [args] };
    action.isPreferred = false;
    return action;
  });
}

/** The command: remember the verdict on the item at `args.line` of the review (the engine plans the write). */
export async function rememberVerdictCommand(store: ReviewStore, args: RememberArgs): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.review);
  const state = document ? store.stateOf(document) : undefined;
  const folder = document ? vscode.workspace.getWorkspaceFolder(document.uri) : undefined;
  const entry = state ? verdictEntry(state.analysis, args.line, args.verdict) : undefined;
  if (!entry || !folder) return fail(folder ? 'the item is no longer there; try again on the item.' : 'open the review inside a workspace folder to remember verdicts (they go into .weekly-review/verdicts.yaml there).');
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => pathOf(f.uri));
  const read = async (path: string): Promise<string | undefined> => {
    try {
      return (await vscode.workspace.openTextDocument(uriOf(path))).getText();
    } catch {
      return undefined;
    }
  };
  const written = await applyFileChange(await planRemember(entry, { folder: pathOf(folder.uri), trusted: vscode.workspace.isTrusted, folders, read }));
  if (typeof written === 'string') return fail(written);
  void vscode.window.showInformationMessage(`Remembered in ${VERDICTS_FILE}: “${entry.text}” is ${entry.verdict === 'worthy' ? 'worth' : 'not worth'} your time. Similar items in later weeks take this verdict.`);
  return true;
}

function fail(message: string): false {
  void vscode.window.showErrorMessage(`Weekly Review: ${message}`);
  return false;
}
