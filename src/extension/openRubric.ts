// "Open rubric": opens the rubric file in effect for the active review. When
// the built-in `cto` rubric is in effect, offers to create a commented
// `.weekly-review.yaml` that extends it (never over an existing one), or to
// read the built-in one. A rubric Restricted Mode refused is not opened: its
// path is kept only to say which file was refused.

import * as vscode from 'vscode';
import type { ReviewWorkspace } from '../core';
import { BUILTIN_CTO_RUBRIC_YAML, STARTER_RUBRIC_YAML } from '../core';
import { createFileExclusively, pathOf, refuseOutsideWorkspace, uriOf } from './host';

export async function openRubric(workspace: ReviewWorkspace): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  const file = await workspace.rubricInEffect(editor ? pathOf(editor.document.uri) : undefined, folder ? pathOf(folder.uri) : undefined);
  if (file !== undefined && file !== 'built-in') {
    await openUnlessRefused(file);
    return;
  }
  const create = 'Create .weekly-review.yaml';
  const show = 'Show built-in rubric';
  const choice = await vscode.window.showInformationMessage(
    'The built-in "cto" rubric is in effect. Create a .weekly-review.yaml that extends it, to tune targets, criteria and severities?',
    ...(folder ? [create] : []),
    show,
  );
  if (choice === create && folder) {
    const target = vscode.Uri.joinPath(folder.uri, '.weekly-review.yaml');
    // One that appeared meanwhile (or that a setting passes over) is opened as it is.
    await createFileExclusively(target, STARTER_RUBRIC_YAML);
    await openUnlessRefused(pathOf(target));
  } else if (choice === show) {
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: BUILTIN_CTO_RUBRIC_YAML });
    await vscode.window.showTextDocument(document, { preview: true });
  }
}

/** Opens a rubric file, unless Restricted Mode refuses it (outside the workspace, or a link leading there). */
async function openUnlessRefused(file: string): Promise<void> {
  const refused = await refuseOutsideWorkspace(file);
  if (refused !== undefined) {
    void vscode.window.showWarningMessage(`Weekly Review: ${refused}; it is not opened.`);
    return;
  }
  await vscode.window.showTextDocument(uriOf(file));
}
