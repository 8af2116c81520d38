// "Teach it once" in VS Code: the quick fixes on an inferred or uncategorized
// item or heading (the engine's `categoryLessons`), and the command that
// writes a lesson into the rubric in effect (the engine's `teachRubric`). A
// review on the built-in rubric gets a new `.weekly-review.yaml` that
// extends it, created exclusively at the workspace folder's root; an
// existing rubric is edited in place as one undoable edit and saved, so the
// rubric watcher re-checks every review. In Restricted Mode nothing outside
// the workspace is written.

import * as vscode from 'vscode';
import { categoryLessons, teachRubric, TAUGHT_RUBRIC_FILE, type CategoryLesson } from '../core';
import { createFileExclusively, pathOf, refuseOutsideWorkspace, uriOf } from './host';
import type { ReviewState, ReviewStore } from './reviewStore';

export const TEACH_COMMAND = 'weeklyReview.teachCategory';

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

/** Writes the lesson into a new `.weekly-review.yaml` at the folder's root, failing if one exists (it would not be in effect). */
async function createRubric(folder: vscode.WorkspaceFolder, lesson: CategoryLesson): Promise<vscode.Uri | string> {
  const target = vscode.Uri.joinPath(folder.uri, TAUGHT_RUBRIC_FILE);
  // Created exclusively: an existing file (or a link where it would go) is never overwritten.
  if (await createFileExclusively(target, teachRubric(pathOf(target), undefined, lesson))) return target;
  return `${TAUGHT_RUBRIC_FILE} exists in ${folder.name} but this review uses the built-in rubric (a setting or its front matter says so). Add the lesson there by hand, or point the review at that file.`;
}

/** Edits the rubric file in effect: the whole text replaced by the taught one (one undo step). */
async function editRubric(file: string, lesson: CategoryLesson): Promise<vscode.Uri | string> {
  const refused = await refuseOutsideWorkspace(file);
  if (refused !== undefined) return refused;
  const uri = uriOf(file);
  const document = await vscode.workspace.openTextDocument(uri);
  let taught: string;
  try {
    taught = teachRubric(file, document.getText(), lesson);
  } catch (error) {
    return `cannot teach ${vscode.workspace.asRelativePath(uri)}: ${(error as Error).message}.`;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), taught);
  return (await vscode.workspace.applyEdit(edit)) ? uri : `could not edit ${vscode.workspace.asRelativePath(uri)}.`;
}

/** The command: teach the rubric of the review named in `args`, save it, and say what was written where. */
export async function teachCategory(store: ReviewStore, args: TeachArgs): Promise<boolean> {
  const reviewUri = vscode.Uri.parse(args.review);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.review);
  const state = document ? store.stateOf(document) : undefined;
  const folder = vscode.workspace.getWorkspaceFolder(reviewUri);
  if (!state) return fail('the review is no longer open.');
  const builtIn = state.rubric.file === 'built-in';
  if (builtIn && !folder) return fail('open the review inside a workspace folder to teach its rubric (the lesson goes into a .weekly-review.yaml there).');
  const written = builtIn ? await createRubric(folder as vscode.WorkspaceFolder, args.lesson) : await editRubric(state.rubric.file, args.lesson);
  if (typeof written === 'string') return fail(written);
  await (await vscode.workspace.openTextDocument(written)).save();
  const where = vscode.workspace.asRelativePath(written);
  void vscode.window.showInformationMessage(`${builtIn ? `Created ${where} (extends: cto)` : `Updated ${where}`}: ${args.lesson.title.replace(/^Count /, '')}.`);
  return true;
}

function fail(message: string): false {
  void vscode.window.showErrorMessage(`Weekly Review: ${message}`);
  return false;
}
