// Hover on a category heading: the engine's category history hover
// (core/features/categoryHover.ts: the last 8 weeks of the review's run, as
// markdown), shown as a plain, untrusted MarkdownString.

import * as vscode from 'vscode';
import { categoryHover } from '../core';
import { toVscodeRange } from './positions';
import type { ReviewStore } from './reviewStore';
import type { ReviewRuns } from './reviewRuns';

export class CategoryHistoryHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: ReviewStore,
    private readonly runs: ReviewRuns,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.store.stateOf(document);
    const run = this.runs.runOf(document.uri);
    if (!state || !run) return undefined;
    const hover = categoryHover(state.analysis.document, position.line + 1, state.summary?.week, this.runs.trends(run));
    if (!hover) return undefined;
    const markdown = new vscode.MarkdownString(hover.markdown, false);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toVscodeRange(hover.range));
  }
}
