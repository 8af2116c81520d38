// "Insert summary table": applies the workspace engine's summary-table edit
// to the active review, as one undo step.

import * as vscode from 'vscode';
import type { ReviewWorkspace } from '../core';
import { pathOf } from './host';
import { toVscodeRange } from './positions';
import type { ReviewDocuments } from './reviewDocuments';

export async function insertSummaryTable(workspace: ReviewWorkspace, documents: ReviewDocuments, editor: vscode.TextEditor | undefined): Promise<void> {
  const state = editor ? await documents.fresh(editor.document) : undefined;
  if (!editor || !state) {
    void vscode.window.showInformationMessage('Insert summary table works in a weekly review (a markdown file with `week:` in its front matter or an ISO week in its name).');
    return;
  }
  if (!state.summary) {
    void vscode.window.showWarningMessage('This review cannot be summarized yet: check the problems reported for its rubric.');
    return;
  }
  const document = editor.document;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const change = workspace.summaryTable(pathOf(document.uri), editor.selection.active.line + 1, eol);
  if (!change) return;
  if ('refused' in change) {
    void vscode.window.showWarningMessage(change.refused);
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, toVscodeRange(change.range), change.newText);
  await vscode.workspace.applyEdit(edit);
}
