// "Worth my time: remember" / "Not worth my time: remember" in VS Code: the
// quick fixes (the engine's `verdictChoices`) and the command that appends
// the verdict to `.weekly-review/verdicts.yaml` at the workspace folder's
// root (the engine's `rememberVerdict`): created exclusively the first time,
// edited as one undoable edit after, and saved, so the watcher re-checks
// every review. Later items that read alike take the verdict.

import * as vscode from 'vscode';
import { rememberVerdict, VERDICTS_FILE, verdictChoices, verdictEntry, type RememberedVerdict } from '../core';
import { createFileExclusively, pathOf, refuseOutsideWorkspace } from './host';
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

async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  } catch {
    return undefined;
  }
}

/** One edit: create the file (never over an existing one) or replace its text with the entry appended. */
async function write(uri: vscode.Uri, entry: RememberedVerdict): Promise<boolean> {
  const existing = await textOf(uri);
  const text = rememberVerdict(existing, entry);
  // The first verdict creates the file exclusively; later ones are one undoable edit of it.
  if (existing === undefined) return createFileExclusively(uri, text);
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  return vscode.workspace.applyEdit(edit);
}

/** The command: remember the verdict on the item at `args.line` of the review. */
export async function rememberVerdictCommand(store: ReviewStore, args: RememberArgs): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.review);
  const state = document ? store.stateOf(document) : undefined;
  const folder = document ? vscode.workspace.getWorkspaceFolder(document.uri) : undefined;
  const entry = state ? verdictEntry(state.analysis, args.line, args.verdict) : undefined;
  if (!entry || !folder) return fail(folder ? 'the item is no longer there; try again on the item.' : 'open the review inside a workspace folder to remember verdicts (they go into .weekly-review/verdicts.yaml there).');
  const target = vscode.Uri.joinPath(folder.uri, VERDICTS_FILE);
  const refused = await refuseOutsideWorkspace(pathOf(target));
  if (refused !== undefined) return fail(refused);
  try {
    if (!(await write(target, entry))) return fail(`could not write ${VERDICTS_FILE}.`);
  } catch (error) {
    return fail(`cannot update ${VERDICTS_FILE}: ${(error as Error).message}.`);
  }
  await (await vscode.workspace.openTextDocument(target)).save();
  void vscode.window.showInformationMessage(`Remembered in ${VERDICTS_FILE}: “${entry.text}” is ${entry.verdict === 'worthy' ? 'worth' : 'not worth'} your time. Similar items in later weeks take this verdict.`);
  return true;
}

function fail(message: string): false {
  void vscode.window.showErrorMessage(`Weekly Review: ${message}`);
  return false;
}
