// Which open documents are weekly reviews: the engine decides from front
// matter and file name, and from the user's `weeklyReview.files` globs
// (core/workspace/reviews.ts, the definition the language server uses too).
// Everything else in the extension asks here first, so non-reviews get nothing.

import * as vscode from 'vscode';
import type { ReviewService } from '../core';
import { matchesReviewGlobs } from '../core';
import { pathOf } from './host';
import type { Settings } from './config';

// Read-only views of other versions of a file (diffs, SCM, output) are not the user's review.
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'vscode-notebook-cell', 'comment', 'walkThroughSnippet']);

export function isReviewDocument(document: vscode.TextDocument, service: ReviewService, settings: Settings): boolean {
  if (document.languageId !== 'markdown' || IGNORED_SCHEMES.has(document.uri.scheme)) return false;
  if (service.isReview(pathOf(document.uri), document.getText())) return true;
  return globsMatch(document, settings);
}

function globsMatch(document: vscode.TextDocument, settings: Settings): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  // Globs are relative to the document's workspace folder, like files.exclude; without one, they match anywhere.
  return matchesReviewGlobs(pathOf(document.uri), settings.files, folder ? pathOf(folder.uri) : undefined);
}
