// The editor's markdown documents, told to the workspace engine
// (createReviewWorkspace): open, each change (its text made only when the
// engine needs it: a 1 MB document's text is not built on every keystroke)
// and close. The engine decides which of them are reviews, analyses them once
// per change and drops stale results; this adapter only chooses which
// documents an editor has that are the user's markdown (not a diff's or an
// output's view of another version) and keeps each one's URI, so results go
// back to the document as VS Code spells it.

import * as vscode from 'vscode';
import type { ReviewState, ReviewWorkspace } from '../core';
import { pathOf, uriOf } from './host';

// Read-only views of other versions of a file (diffs, SCM, output) are not the user's review.
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'vscode-notebook-cell', 'comment', 'walkThroughSnippet']);

function isUserMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !IGNORED_SCHEMES.has(document.uri.scheme);
}

export class ReviewDocuments implements vscode.Disposable {
  /** The URI of each document the workspace was told of, by engine path. */
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly workspace: ReviewWorkspace) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        const path = pathOf(document.uri);
        // A change of the dirty state alone carries no content change.
        if (contentChanges.length > 0 && this.uris.has(path)) workspace.change(path, () => document.getText(), document.version);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const path = pathOf(document.uri);
        if (!this.uris.has(path)) return;
        workspace.close(path);
        this.uris.delete(path);
      }),
    ];
    for (const document of vscode.workspace.textDocuments) this.opened(document);
  }

  /** The document's URI for an engine path (as the editor spells it, when open). */
  uriOf(path: string): vscode.Uri {
    return this.uris.get(path) ?? uriOf(path);
  }

  /** The latest analysis of a document, when it is a review (may lag the document by one debounce). */
  stateOf(document: vscode.TextDocument | vscode.Uri): ReviewState | undefined {
    return this.workspace.stateOf(pathOf(document instanceof vscode.Uri ? document : document.uri));
  }

  /** The analysis of the document's current text (run now unless the latest is current); undefined when it is no review. */
  fresh(document: vscode.TextDocument): Promise<ReviewState | undefined> {
    if (!isUserMarkdown(document)) return Promise.resolve(undefined);
    if (!this.uris.has(pathOf(document.uri))) this.opened(document);
    return this.workspace.analyze(pathOf(document.uri));
  }

  private opened(document: vscode.TextDocument): void {
    if (!isUserMarkdown(document)) return;
    const path = pathOf(document.uri);
    this.uris.set(path, document.uri);
    this.workspace.open(path, () => document.getText(), document.version);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
