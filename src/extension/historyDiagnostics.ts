// Publishes the workspace-level findings of every review run (duplicate-week
// on both files, overdue-one-on-one on the latest review's title) in a
// collection of their own, so a review's own diagnostics (DiagnosticsPublisher)
// and these never overwrite each other. Files that no longer have any lose them.

import * as vscode from 'vscode';
import type { HistoryFinding, Severity } from '../core';
import { relativeToFolders } from '../core';
import { pathOf, uriOf } from './host';
import { toVscodeRange } from './positions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { ReviewRuns } from './reviewRuns';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class HistoryDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('weekly-review-history');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly runs: ReviewRuns) {
    this.subscriptions = [this.collection, runs.onDidChange(() => this.publish())];
  }

  private publish(): void {
    const byPath = new Map<string, vscode.Diagnostic[]>();
    for (const run of this.runs.allRuns()) {
      for (const finding of this.runs.findings(run)) byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), toDiagnostic(finding)]);
    }
    const stale: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (![...byPath.keys()].some((path) => uriOf(path).toString() === uri.toString())) stale.push(uri);
    });
    for (const uri of stale) this.collection.delete(uri);
    for (const [path, diagnostics] of byPath) this.collection.set(uriOf(path), diagnostics);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** Messages name other reviews by engine path; inside a workspace folder, relative reads better. */
export function relativeMessage(message: string): string {
  return relativeToFolders(message, (vscode.workspace.workspaceFolders ?? []).map((folder) => pathOf(folder.uri)));
}

function toDiagnostic(finding: HistoryFinding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), relativeMessage(finding.message), SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
  return diagnostic;
}
