// The shape of a rule module: a stable id, a default severity, one sentence of
// documentation and a check that turns an analysed document into findings.

import type { AnalyzedDocument } from '../analysis/document';
import type { DiagnosticData, Range, RuleId, Severity } from '../types';

export interface Finding {
  range: Range;
  message: string;
  data?: DiagnosticData;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line for the README and `--help`. */
  summary: string;
  check(document: AnalyzedDocument): Finding[];
}

/** Range covering a whole line (1-based), for findings about a line as a whole. */
export function lineRange(document: AnalyzedDocument, line: number): Range {
  const safe = Math.min(Math.max(line, 1), Math.max(document.lineCount, 1));
  return { start: { line: safe, column: 1 }, end: { line: safe, column: document.lineLength(safe) + 1 } };
}
