// The status bar item shown while a weekly review is the active editor:
// `W47 · 41h · 3 low-value`; clicking it opens the summary panel.

import * as vscode from 'vscode';
import { formatMinutes } from '../core';
import { readSettings } from './config';
import type { ReviewController, ReviewState } from './diagnostics';
import { compactHours } from './format';

export class ReviewStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('weeklyReview.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly controller: ReviewController) {
    this.item.name = 'Weekly Review';
    this.item.command = 'weeklyReview.summarize';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      controller.onDidAnalyze(() => this.update()),
      controller.onDidForget(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('weeklyReview.statusBar.enabled')) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const state = editor ? this.controller.stateOf(editor.document) : undefined;
    if (!editor || !state?.summary || !readSettings(editor.document).statusBarEnabled) {
      this.item.hide();
      return;
    }
    this.render(state);
    this.item.show();
  }

  private render(state: ReviewState): void {
    const summary = state.summary;
    if (!summary) return;
    const week = summary.week ? summary.week.replace(/^\d{4}-/, '') : 'Review';
    const low = summary.lowValue.length;
    this.item.text = `$(checklist) ${week} · ${compactHours(summary.totalMinutes)} · ${low} low-value`;
    const expected = summary.expectedMinutes !== null ? ` of ${formatMinutes(summary.expectedMinutes)} expected` : '';
    const tooltip = new vscode.MarkdownString(
      [
        `**Weekly Review ${summary.week ?? ''}**`,
        `Logged ${formatMinutes(summary.totalMinutes)}${expected}`,
        `${low} low-value item${low === 1 ? '' : 's'} (${formatMinutes(summary.lowValueMinutes)})`,
        summary.uncategorizedMinutes > 0 ? `${formatMinutes(summary.uncategorizedMinutes)} uncategorized` : '',
        'Click to summarize the week',
      ].filter(Boolean).join('  \n'),
    );
    tooltip.isTrusted = false;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Weekly review ${summary.week ?? ''}: ${formatMinutes(summary.totalMinutes)} logged, ${low} low-value items. Open the summary.` };
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
