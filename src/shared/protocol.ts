// The typed messages between the extension and the summary webview. Both sides
// import this one file (src/extension and media/src), so a change to a message
// is a compile error on whichever side forgot it. Types and one guard only:
// nothing here may need vscode or Node.

import type { PeopleReport, TrendData, WeekSummary } from '../core';

/** Extension → webview. */
export type ToWebview =
  | {
      type: 'summary';
      summary: WeekSummary;
      /** Display name of the review file (base name), never a full path. */
      fileName: string;
      /** URI of the review, kept in webview state so the serializer can restore the panel. */
      documentUri: string;
      /** The review's run over time: trends and people (absent while the workspace is being indexed). */
      history?: HistoryView;
      /** Priority id → display name, for the split legend. */
      priorityNames: Record<string, string>;
      /** Group id → display name. */
      groupNames: Record<string, string>;
    }
  | { type: 'empty'; reason: string };

/** The review's run, as the panel's trend and people sections show it. */
export interface HistoryView {
  /**
   * Trend data cut to the weeks that end at this review's week (at most
   * half a year); every series' `drift` is this week's share against its
   * own 4-week average.
   */
  trends: TrendData;
  /** This review's ISO week (`2026-W47`). */
  week: string;
  /** Weeks with a review in the whole run (the cut may show fewer). */
  runReviews: number;
  /** As of the run's latest review. */
  people: PeopleReport;
}

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** Reveal and select a 1-based line of the review shown in the panel. */
  | { type: 'reveal'; line: number }
  /** Open the run's review of an ISO week (at a 1-based line, e.g. an ask's). */
  | { type: 'openWeek'; week: string; line?: number }
  | { type: 'openRubric' };

/** What the webview keeps in `vscode.setState`, so a reload can show the last view at once. */
export interface WebviewState {
  last?: ToWebview;
  /** URI (string) of the review the panel showed, for the serializer. */
  documentUri?: string;
}

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; line?: unknown; week?: unknown };
  const isLine = (line: unknown) => typeof line === 'number' && Number.isInteger(line) && line >= 1;
  switch (message.type) {
    case 'ready':
    case 'openRubric':
      return true;
    case 'reveal':
      return isLine(message.line);
    case 'openWeek':
      return typeof message.week === 'string' && /^\d{4}-W\d{2}$/.test(message.week) && (message.line === undefined || isLine(message.line));
    default:
      return false;
  }
}
