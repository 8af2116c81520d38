// Which open documents are weekly reviews (README, "The file format"): the engine decides from
// front matter and file name; the user's `weeklyReview.files` globs add more.
// Everything else in the extension asks here first, so non-reviews get nothing.

import * as vscode from 'vscode';
import type { ReviewService } from '../core';
import { pathOf } from './host';
import type { Settings } from './config';

// Read-only views of other versions of a file (diffs, SCM, output) are not the user's review.
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'vscode-notebook-cell', 'comment', 'walkThroughSnippet']);

export function isReviewDocument(document: vscode.TextDocument, service: ReviewService, settings: Settings): boolean {
  if (document.languageId !== 'markdown' || IGNORED_SCHEMES.has(document.uri.scheme)) return false;
  if (service.isReview(pathOf(document.uri), document.getText())) return true;
  return matchesReviewGlobs(document, settings);
}

function matchesReviewGlobs(document: vscode.TextDocument, settings: Settings): boolean {
  if (settings.files.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return settings.files.some((glob) => {
    // Globs are relative to the document's workspace folder, like files.exclude; without one, match anywhere.
    const pattern: vscode.GlobPattern = folder ? new vscode.RelativePattern(folder, glob) : `**/${glob}`;
    return vscode.languages.match({ pattern }, document) > 0;
  });
}
