// "Insert summary table": applies the engine's summary-table edit
// (core/features/summaryTable.ts) to the active review, as one undo step.

import * as vscode from 'vscode';
import { summaryTableChange } from '../core';
import { toVscodeRange } from './positions';
import type { ReviewStore } from './reviewStore';

export async function insertSummaryTable(store: ReviewStore, editor: vscode.TextEditor | undefined): Promise<void> {
  if (!editor || !store.isReview(editor.document)) {
    void vscode.window.showInformationMessage('Insert summary table works in a weekly review (a markdown file with `week:` in its front matter or an ISO week in its name).');
    return;
  }
  const document = editor.document;
  const state = await store.freshState(document);
  if (!state?.summary) {
    void vscode.window.showWarningMessage('This review cannot be summarized yet: check the problems reported for its rubric.');
    return;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  // Positions come from the text as it is now, even if the summary lags an edit behind.
  const change = summaryTableChange(state.summary, document.getText(), editor.selection.active.line + 1, eol);
  if (!change) return;
  if ('refused' in change) {
    void vscode.window.showWarningMessage(change.refused);
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, toVscodeRange(change.range), change.newText);
  await vscode.workspace.applyEdit(edit);
}
