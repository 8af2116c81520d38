// CodeLens above each category heading (`6h 30m · 16% · target 25% (−9 pp)`),
// as the workspace engine gives them for the review's latest analysis (none
// when `weeklyReview.codeLens.enabled` is off); clicking opens the summary
// panel. VS Code asks again after every edit and again when the new analysis
// is announced; the lenses of an analysis are made once.

import * as vscode from 'vscode';
import type { ReviewState, ReviewWorkspace } from '../core';
import { pathOf } from './host';
import { toVscodeRange } from './positions';

export class CategoryLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** The lenses of each analysed state (a state is replaced, never changed, by the next analysis); forgotten when the setting changes. */
  private made = new WeakMap<ReviewState, vscode.CodeLens[]>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly workspace: ReviewWorkspace) {
    this.subscriptions = [
      this.changed,
      workspace.onDidAnalyze(() => this.changed.fire()),
      workspace.onDidForget(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('weeklyReview.codeLens.enabled')) return;
        this.made = new WeakMap();
        this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const path = pathOf(document.uri);
    const state = this.workspace.stateOf(path);
    if (!state) return [];
    let lenses = this.made.get(state);
    if (!lenses) {
      lenses = this.workspace.lenses(path).map(({ range, title, tooltip }) =>
        new vscode.CodeLens(toVscodeRange(range), { title, tooltip, command: 'weeklyReview.summarize', arguments: [document.uri] }));
      this.made.set(state, lenses);
    }
    return lenses;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
