// The status bar item shown while a weekly review is the active editor
// (`W47 · 41h · 3 low-value`, from core/features/status.ts); clicking it opens
// the summary panel.

import * as vscode from 'vscode';
import { statusContent } from '../core';
import { readSettings } from './config';
import type { ReviewStore } from './reviewStore';

export class ReviewStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('weeklyReview.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: ReviewStore) {
    this.item.name = 'Weekly Review';
    this.item.command = 'weeklyReview.summarize';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidAnalyze(() => this.update()),
      store.onDidForget(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('weeklyReview.statusBar.enabled')) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const summary = editor ? this.store.stateOf(editor.document)?.summary : undefined;
    if (!editor || !summary || !readSettings(editor.document).statusBarEnabled) {
      this.item.hide();
      return;
    }
    const content = statusContent(summary);
    this.item.text = `$(checklist) ${content.text}`;
    const tooltip = new vscode.MarkdownString(content.tooltip);
    tooltip.isTrusted = false;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: content.accessibilityLabel };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
