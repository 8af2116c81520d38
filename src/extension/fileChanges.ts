// Applies a file change the engine planned (core/workspace/changes.ts: teach a
// category, remember a verdict) the VS Code way: a new file is created
// exclusively, an existing one gets its whole text replaced as one undoable
// edit, and the document is saved so the watchers re-check every review. In
// Restricted Mode a file whose real path leads outside the workspace is not
// written.

import * as vscode from 'vscode';
import type { FileChange, PlannedChange } from '../core';
import { createFileExclusively, refuseOutsideWorkspace, uriOf } from './host';

/** The written file's URI, or why nothing was written. */
export async function applyFileChange(planned: PlannedChange): Promise<vscode.Uri | string> {
  if ('refused' in planned) return planned.refused;
  const change: FileChange = planned;
  const refused = await refuseOutsideWorkspace(change.path, 'file');
  if (refused !== undefined) return refused;
  const uri = uriOf(change.path);
  if (change.create) {
    if (!(await createFileExclusively(uri, change.text))) return `${vscode.workspace.asRelativePath(uri)} appeared meanwhile and was left as it is; try again.`;
  } else {
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText() !== change.previous) return `${vscode.workspace.asRelativePath(uri)} changed meanwhile; try again.`;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), change.text);
    if (!(await vscode.workspace.applyEdit(edit))) return `could not edit ${vscode.workspace.asRelativePath(uri)}.`;
  }
  await (await vscode.workspace.openTextDocument(uri)).save();
  return uri;
}
