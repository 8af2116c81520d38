// Findings of the history, as plain data: a duplicate week (on both files) and
// an overdue 1:1 (on the latest review's title, with its quick fix). The hosts
// turn them into diagnostics; positions are 1-based like the rest of the core.

import { ruleDocsUrl } from '../rules/docs';
import type { Range, Severity } from '../types';

export type HistoryRuleId = 'duplicate-week' | 'overdue-one-on-one';

/** A text edit in 1-based core coordinates: replace `range` (empty for an insert) by `newText`. */
export interface HistoryTextEdit {
  range: Range;
  newText: string;
}

export interface HistoryFix {
  /** Quick-fix title, e.g. `Plan a 1:1 with @ana`. */
  title: string;
  /** One edit, so the host applies it as one undoable change. */
  edit: HistoryTextEdit;
}

export interface HistoryFinding {
  /** The file the finding is about, as the host gave it. */
  path: string;
  ruleId: HistoryRuleId;
  severity: Severity;
  message: string;
  range: Range;
  /** README anchor of the rule. */
  url: string;
  /** Overdue findings: the person's handle (`@ana`). */
  handle?: string;
  fix?: HistoryFix;
}

export function historyFinding(path: string, ruleId: HistoryRuleId, severity: Severity, message: string, range: Range): HistoryFinding {
  return { path, ruleId, severity, message, range, url: ruleDocsUrl(ruleId) };
}

/** The whole of line `line` (`end` just past its last character). */
export function lineRange(line: number, length: number): Range {
  return { start: { line, column: 1 }, end: { line, column: length + 1 } };
}
