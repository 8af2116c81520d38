// Publishes the workspace-level findings of every review run (duplicate-week
// on both files, overdue-one-on-one on the latest review's title), as the
// workspace engine gives them once the runs settle, in a collection of their
// own, so a review's own diagnostics (DiagnosticsPublisher, in parts) and
// these never overwrite each other. Files that no longer have any lose them.

import * as vscode from 'vscode';
import type { ReviewWorkspace } from '../core';
import { toVscodeDiagnostic } from './diagnostics';
import type { ReviewDocuments } from './reviewDocuments';

export class HistoryDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('weekly-review-history');
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly workspace: ReviewWorkspace,
    private readonly documents: ReviewDocuments,
  ) {
    this.subscriptions = [this.collection, workspace.onDidChangeRuns(() => this.publish())];
  }

  private publish(): void {
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const path of this.workspace.pathsWithWorkspaceFindings()) {
      const uri = this.documents.uriOf(path);
      byUri.set(uri.toString(), { uri, diagnostics: this.workspace.workspaceDiagnostics(path).map(toVscodeDiagnostic) });
    }
    const stale: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!byUri.has(uri.toString())) stale.push(uri);
    });
    for (const uri of stale) this.collection.delete(uri);
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
