// Hover in a review, as the workspace engine gives it: on an activity's first
// line, the explanation of its verdict; on a category heading, the category's
// last weeks in the review's run. Shown as a plain, untrusted MarkdownString.

import * as vscode from 'vscode';
import type { ReviewWorkspace } from '../core';
import { pathOf } from './host';
import { toEnginePoint, toVscodeRange } from './positions';

export class ReviewHoverProvider implements vscode.HoverProvider {
  constructor(private readonly workspace: ReviewWorkspace) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hover = this.workspace.hover(pathOf(document.uri), toEnginePoint(position));
    if (!hover) return undefined;
    // No command links, no HTML: the text comes from the user's file.
    const markdown = new vscode.MarkdownString(hover.markdown, false);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toVscodeRange(hover.range));
  }
}
