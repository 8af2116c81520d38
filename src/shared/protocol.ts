// The typed messages between the extension and the summary webview. Both sides
// import this one file (src/extension and media/src), so a change to a message
// is a compile error on whichever side forgot it. Types and one guard only:
// nothing here may need vscode or Node.

import type { CategoryTrend, WeekSummary } from '../core';

/** Extension → webview. */
export type ToWebview =
  | {
      type: 'summary';
      summary: WeekSummary;
      /** Display name of the review file (base name), never a full path. */
      fileName: string;
      /** URI of the review, kept in webview state so the serializer can restore the panel. */
      documentUri: string;
      /** Share trends over earlier reviews in the same folder, oldest first, this week last. */
      trends?: CategoryTrend[];
      /** Priority id → display name, for the split legend. */
      priorityNames: Record<string, string>;
      /** Group id → display name. */
      groupNames: Record<string, string>;
    }
  | { type: 'empty'; reason: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** Reveal and select a 1-based line of the review shown in the panel. */
  | { type: 'reveal'; line: number }
  | { type: 'openRubric' };

/** What the webview keeps in `vscode.setState`, so a reload can show the last view at once. */
export interface WebviewState {
  last?: ToWebview;
  /** URI (string) of the review the panel showed, for the serializer. */
  documentUri?: string;
}

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; line?: unknown };
  switch (message.type) {
    case 'ready':
    case 'openRubric':
      return true;
    case 'reveal':
      return typeof message.line === 'number' && Number.isInteger(message.line) && message.line >= 1;
    default:
      return false;
  }
}
