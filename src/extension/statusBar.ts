// Status bar items: the review's (`W47 · 41h · 3 low-value`, the workspace
// engine's status content), shown while a weekly review is the active editor
// and opening the summary panel when clicked; and the indexing progress while
// the engine reads the workspace's reviews for trends, people and duplicate
// weeks.

import * as vscode from 'vscode';
import type { IndexProgress, ReviewWorkspace } from '../core';
import { readSettings } from './config';
import { pathOf } from './host';

export class ReviewStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('weeklyReview.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly workspace: ReviewWorkspace) {
    this.item.name = 'Weekly Review';
    this.item.command = 'weeklyReview.summarize';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      workspace.onDidAnalyze(() => this.update()),
      workspace.onDidForget(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('weeklyReview.statusBar.enabled')) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const content = editor ? this.workspace.status(pathOf(editor.document.uri)) : undefined;
    if (!editor || !content || !readSettings(editor.document).statusBarEnabled) {
      this.item.hide();
      return;
    }
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

/** "Weekly Review: indexing 16/520 reviews" while the engine reads the runs. */
export class IndexingItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('weeklyReview.indexing', vscode.StatusBarAlignment.Left, 0);
  private readonly subscriptions: vscode.Disposable[];

  constructor(workspace: ReviewWorkspace) {
    this.item.name = 'Weekly Review indexing';
    this.item.tooltip = 'Reading the weekly reviews of the workspace for trends, people and duplicate weeks';
    this.subscriptions = [
      workspace.onDidIndex((progress) => this.show(progress)),
      // An indexing that failed half-way reports no end, but the runs are announced after it all the same.
      workspace.onDidChangeRuns(() => this.item.hide()),
    ];
  }

  private show({ done, total }: IndexProgress): void {
    if (done >= total) {
      this.item.hide();
      return;
    }
    this.item.text = `$(sync~spin) Weekly Review: indexing ${done}/${total} reviews`;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
