// "Insert summary table": writes the week's allocation as a markdown table
// between `<!-- weekly-review:summary -->` and `<!-- /weekly-review:summary -->`,
// replacing an existing block (like an Org clocktable) or inserting one at the
// cursor. Running it twice gives identical text.

import * as vscode from 'vscode';
import { findSummaryBlock, renderSummaryBlock } from '../core/report/summaryTable';
import type { ReviewController } from './diagnostics';

export async function insertSummaryTable(controller: ReviewController, editor: vscode.TextEditor | undefined): Promise<void> {
  if (!editor || !controller.isReview(editor.document)) {
    void vscode.window.showInformationMessage('Insert summary table works in a weekly review (a markdown file with `week:` in its front matter or an ISO week in its name).');
    return;
  }
  const document = editor.document;
  const state = await controller.freshState(document);
  if (!state?.summary) {
    void vscode.window.showWarningMessage('This review cannot be summarized yet: check the problems reported for its rubric.');
    return;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const block = renderSummaryBlock(state.summary, eol);
  const existing = findSummaryBlock(document.getText());
  const edit = new vscode.WorkspaceEdit();
  if (existing) {
    const range = new vscode.Range(document.positionAt(existing.start), document.positionAt(existing.end));
    if (document.getText(range) === block) return;
    edit.replace(document.uri, range, block);
  } else {
    const at = editor.selection.active;
    const line = document.lineAt(at.line);
    // Keep the table on its own lines, separated from surrounding text by blank lines.
    const before = line.isEmptyOrWhitespace ? '' : eol + eol;
    edit.insert(document.uri, line.isEmptyOrWhitespace ? line.range.start : line.range.end, `${before}${block}${eol}`);
  }
  await vscode.workspace.applyEdit(edit);
}
