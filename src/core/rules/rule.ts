// The shape of a rule module, in the manner of remark-lint: a stable id, a
// default severity, one sentence of documentation, a docs link, examples the
// tests run (`ok` must not trigger the rule, `notOk` must), and a check that
// turns an analysed document into findings. `defineRule` keeps the id's
// literal type so the registry can derive `RuleId` from the modules.

import type { AnalyzedDocument } from '../analysis/document';
import type { DiagnosticData, Range, Severity } from '../types';
import { ruleDocsUrl } from './docs';

export interface Finding {
  range: Range;
  message: string;
  data?: DiagnosticData;
}

export interface RuleExamples {
  /** Reviews (markdown) on which the rule finds nothing. */
  ok: string[];
  /** Reviews on which the rule finds something. */
  notOk: string[];
}

/**
 * Where a rule's findings come from, which decides when it runs:
 * - `section`: from one section's items alone, so they are cached with the
 *   section and a keystroke re-runs the rule only on the edited section;
 * - `document`: from the whole review (front matter, totals, the rubric);
 * - `workspace`: from several reviews (the history index), not from `check`.
 */
export type RuleScope = 'section' | 'document' | 'workspace';

export interface Rule<Id extends string = string> {
  id: Id;
  scope: RuleScope;
  defaultSeverity: Severity;
  /** One line for the README and `--help`. */
  summary: string;
  /** Where the rule is documented. */
  url: string;
  examples: RuleExamples;
  check(document: AnalyzedDocument): Finding[];
}

export function defineRule<const Id extends string>(rule: Omit<Rule<Id>, 'url'>): Rule<Id> {
  return { ...rule, url: ruleDocsUrl(rule.id) };
}

/** Range covering a whole line (1-based), for findings about a line as a whole. */
export function lineRange(document: AnalyzedDocument, line: number): Range {
  const safe = Math.min(Math.max(line, 1), Math.max(document.lineCount, 1));
  return { start: { line: safe, column: 1 }, end: { line: safe, column: document.lineLength(safe) + 1 } };
}
