// CodeLens above each category heading: `6h 30m · 16% · target 25% (−9 pp)`,
// read from the controller's latest summary; clicking opens the summary panel.

import * as vscode from 'vscode';
import { formatMinutes } from '../core';
import { readSettings } from './config';
import type { ReviewController } from './diagnostics';
import { percent, signedPp } from './format';
import { toVscodeRange } from './positions';

export class CategoryLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly controller: ReviewController) {
    this.subscriptions = [
      this.changed,
      controller.onDidAnalyze(() => this.changed.fire()),
      controller.onDidForget(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('weeklyReview.codeLens.enabled')) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings(document).codeLensEnabled) return [];
    const state = this.controller.stateOf(document);
    if (!state?.summary) return [];
    const summary = state.summary;
    return state.analysis.document.headings.flatMap((heading) => {
      const row = summary.categories.find((category) => category.id === heading.categoryId);
      if (!row) return [];
      const title = `${formatMinutes(row.minutes)} · ${percent(row.share)} · target ${percent(row.target)} (${signedPp(row.diffPp)})`;
      const tooltip = `${row.name}: ${formatMinutes(row.minutes)} of ${formatMinutes(summary.totalMinutes)} logged — ${row.status === 'on' ? 'on target' : `${row.status} target`} (±${Math.round(summary.tolerance * 100)} pp tolerance). Click for the week's summary.`;
      return [new vscode.CodeLens(toVscodeRange(heading.range), { title, tooltip, command: 'weeklyReview.summarize', arguments: [document.uri] })];
    });
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
