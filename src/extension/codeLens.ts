// CodeLens above each category heading (`6h 30m · 16% · target 25% (−9 pp)`,
// from core/features/lenses.ts) for the store's latest summary; clicking
// opens the summary panel.

import * as vscode from 'vscode';
import { categoryLenses } from '../core';
import { readSettings } from './config';
import { toVscodeRange } from './positions';
import type { ReviewStore } from './reviewStore';

export class CategoryLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly store: ReviewStore) {
    this.subscriptions = [
      this.changed,
      store.onDidAnalyze(() => this.changed.fire()),
      store.onDidForget(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('weeklyReview.codeLens.enabled')) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings(document).codeLensEnabled) return [];
    const state = this.store.stateOf(document);
    if (!state?.summary) return [];
    return categoryLenses(state.analysis, state.summary).map(({ range, title, tooltip }) =>
      new vscode.CodeLens(toVscodeRange(range), { title, tooltip, command: 'weeklyReview.summarize', arguments: [document.uri] }));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
