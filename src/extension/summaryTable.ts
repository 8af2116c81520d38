// "Insert summary table": writes the week's allocation as a markdown table
// between `<!-- weekly-review:summary -->` and `<!-- /weekly-review:summary -->`,
// replacing an existing block (like an Org clocktable) or inserting one at the
// cursor. Running it twice gives identical text.

import * as vscode from 'vscode';
import type { WeekSummary } from '../core';
import { formatMinutes } from '../core';
import type { ReviewController } from './diagnostics';
import { percent, signedPp } from './format';

export const SUMMARY_START = '<!-- weekly-review:summary -->';
export const SUMMARY_END = '<!-- /weekly-review:summary -->';

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
  const block = summaryTableLines(state.summary).join(eol);
  const existing = findBlock(document);
  const edit = new vscode.WorkspaceEdit();
  if (existing) {
    if (document.getText(existing) === block) return;
    edit.replace(document.uri, existing, block);
  } else {
    const at = editor.selection.active;
    const line = document.lineAt(at.line);
    // Keep the table on its own lines, separated from surrounding text by blank lines.
    const before = line.isEmptyOrWhitespace ? '' : eol + eol;
    edit.insert(document.uri, line.isEmptyOrWhitespace ? line.range.start : line.range.end, `${before}${block}${eol}`);
  }
  await vscode.workspace.applyEdit(edit);
}

function findBlock(document: vscode.TextDocument): vscode.Range | undefined {
  const text = document.getText();
  const start = text.indexOf(SUMMARY_START);
  if (start < 0) return undefined;
  const end = text.indexOf(SUMMARY_END, start);
  if (end < 0) return undefined;
  return new vscode.Range(document.positionAt(start), document.positionAt(end + SUMMARY_END.length));
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function summaryTableLines(summary: WeekSummary): string[] {
  const rows: string[] = [
    SUMMARY_START,
    '| Category | Time | Share | Target | Δ pp |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const group of summary.groups) {
    rows.push(`| **${cell(group.name)}** | **${formatMinutes(group.minutes)}** | **${percent(group.share)}** | **${percent(group.target)}** | **${signedPp(group.diffPp).replace(' pp', '')}** |`);
    for (const category of summary.categories.filter((c) => c.group === group.id)) {
      rows.push(`| ${cell(category.name)} | ${formatMinutes(category.minutes)} | ${percent(category.share)} | ${percent(category.target)} | ${signedPp(category.diffPp).replace(' pp', '')} |`);
    }
  }
  const grouped = new Set(summary.groups.map((group) => group.id));
  for (const category of summary.categories.filter((c) => !grouped.has(c.group))) {
    rows.push(`| ${cell(category.name)} | ${formatMinutes(category.minutes)} | ${percent(category.share)} | ${percent(category.target)} | ${signedPp(category.diffPp).replace(' pp', '')} |`);
  }
  if (summary.uncategorizedMinutes > 0) rows.push(`| Uncategorized | ${formatMinutes(summary.uncategorizedMinutes)} | ${percent(summary.uncategorizedShare)} | — | — |`);
  const expected = summary.expectedMinutes !== null ? ` of ${formatMinutes(summary.expectedMinutes)}` : '';
  rows.push(`| **Total** | **${formatMinutes(summary.totalMinutes)}**${expected} | 100% | | |`);
  if (summary.lowValueMinutes > 0) rows.push(`| Low-value | ${formatMinutes(summary.lowValueMinutes)} | ${percent(summary.lowValueShare)} | | |`);
  rows.push(SUMMARY_END);
  return rows;
}
