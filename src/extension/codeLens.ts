// CodeLens above each category heading (`6h 30m · 16% · target 25% (−9 pp)`,
// from core/features/lenses.ts) for the store's latest summary; clicking
// opens the summary panel. VS Code asks again after every edit and again when
// the new analysis is announced; the lenses of an analysis are made once.

import * as vscode from 'vscode';
import { categoryLenses } from '../core';
import { readSettings } from './config';
import { toVscodeRange } from './positions';
import type { ReviewState, ReviewStore } from './reviewStore';

export class CategoryLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** The lenses of each analysed state (a state is replaced, never changed, by the next analysis). */
  private readonly made = new WeakMap<ReviewState, vscode.CodeLens[]>();
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
    let lenses = this.made.get(state);
    if (!lenses) {
      lenses = categoryLenses(state.analysis, state.summary).map(({ range, title, tooltip }) =>
        new vscode.CodeLens(toVscodeRange(range), { title, tooltip, command: 'weeklyReview.summarize', arguments: [document.uri] }));
      this.made.set(state, lenses);
    }
    return lenses;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
