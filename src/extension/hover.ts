// Hover on an activity's first line: the engine's explanation of the verdict
// (core/features/hover.ts) as a plain, untrusted MarkdownString.

import * as vscode from 'vscode';
import { activityHover } from '../core';
import { toEnginePoint, toVscodeRange } from './positions';
import type { ReviewStore } from './reviewStore';

export class ActivityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: ReviewStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.store.stateOf(document);
    const hover = state && activityHover(state.analysis, toEnginePoint(position));
    if (!hover) return undefined;
    // No command links, no HTML: the text comes from the user's file.
    const markdown = new vscode.MarkdownString(hover.parts.join('\n\n---\n\n'), false);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toVscodeRange(hover.range));
  }
}
