// Runs the registered rules over an analysed document or one section of it:
// resolves each rule's severity (host override > rubric `rules:` > the rule's
// default), orders findings by position (then registry order), merges the
// sorted lists of the sections and the document, and finally drops findings
// silenced by `<!-- weekly-review-disable … -->` comments, which may reach
// across sections.

import type { AnalyzedDocument } from '../analysis/document';
import type { RawDirective } from '../parse/sectionSyntax';
import type { RuleRunner } from '../analysis/document';
import type { ReviewDiagnostic, RuleId, Severity, SeverityOverrides, SeveritySetting } from '../types';
import { RULES } from './registry';
import type { RuleScope } from './rule';

export type { SeverityOverrides };

const RULE_ORDER = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));

function severityFor(ruleId: RuleId, fallback: Severity, document: AnalyzedDocument, overrides: SeverityOverrides | undefined): SeveritySetting {
  return overrides?.[ruleId] ?? document.rubric?.rules[ruleId] ?? fallback;
}

/** Position order, then registry order: the one order every list of diagnostics is kept in. */
export function compareDiagnostics(a: ReviewDiagnostic, b: ReviewDiagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
}

/** The diagnostics of the rules of one scope, sorted (not yet filtered by disable comments). */
export function runRules(document: AnalyzedDocument, overrides: SeverityOverrides | undefined, scope: RuleScope): ReviewDiagnostic[] {
  const diagnostics: ReviewDiagnostic[] = [];
  for (const rule of RULES) {
    if (rule.scope !== scope) continue;
    const severity = severityFor(rule.id, rule.defaultSeverity, document, overrides);
    if (severity === 'off') continue;
    for (const finding of rule.check(document)) {
      // Made whole in one literal: a field added later goes to a separate store (memory for 8,000 findings of a 1 MB review).
      diagnostics.push(finding.data ? { ruleId: rule.id, severity, message: finding.message, range: finding.range, url: rule.url, data: finding.data } : { ruleId: rule.id, severity, message: finding.message, range: finding.range, url: rule.url });
    }
  }
  // Array.prototype.sort is stable: findings of one rule at one position keep their order.
  return diagnostics.sort(compareDiagnostics);
}

/** Merges sorted lists into one sorted list; lists of consecutive sections are already in order. */
export function mergeSorted(sectionList: readonly ReviewDiagnostic[], documentList: readonly ReviewDiagnostic[]): ReviewDiagnostic[] {
  // A copy even when there is nothing to merge: the section list belongs to the analysis cache.
  if (documentList.length === 0) return sectionList.slice();
  const result: ReviewDiagnostic[] = [];
  let next = 0;
  for (const diagnostic of sectionList) {
    while (next < documentList.length && compareDiagnostics(documentList[next] as ReviewDiagnostic, diagnostic) <= 0) result.push(documentList[next++] as ReviewDiagnostic);
    result.push(diagnostic);
  }
  while (next < documentList.length) result.push(documentList[next++] as ReviewDiagnostic);
  return result;
}

/** What the directives say about one rule: built once per rule, so each question costs a lookup. */
interface RuleSilence {
  wholeFile: boolean;
  /** Lines silenced by `disable-line` and `disable-next-line`. */
  lines: Set<number>;
  /** `disable` and `enable` in line order (a stable sort keeps the written order on one line). */
  blocks: { line: number; disables: boolean }[];
}

function silenceOf(directives: readonly RawDirective[], ruleId: string): RuleSilence {
  const silence: RuleSilence = { wholeFile: false, lines: new Set(), blocks: [] };
  for (const directive of directives) {
    if (directive.rules.length > 0 && !directive.rules.includes(ruleId)) continue;
    if (directive.kind === 'disable-file') silence.wholeFile = true;
    else if (directive.kind === 'disable-line') silence.lines.add(directive.line);
    else if (directive.kind === 'disable-next-line') silence.lines.add(directive.line + 1);
    else if (directive.kind === 'disable' || directive.kind === 'enable') silence.blocks.push({ line: directive.line, disables: directive.kind === 'disable' });
  }
  silence.blocks.sort((a, b) => a.line - b.line);
  return silence;
}

/** The last `disable`/`enable` at or above `line` decides (binary search: 60,000 directives are not read per finding). */
function blockSilences(blocks: RuleSilence['blocks'], line: number): boolean {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((blocks[mid] as { line: number }).line <= line) low = mid + 1;
    else high = mid;
  }
  return low > 0 && (blocks[low - 1] as { disables: boolean }).disables;
}

/** Whether a directive line silences `ruleId` at `line`, in markdownlint's manner. */
export function disabledLines(directives: readonly RawDirective[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  const byRule = new Map<string, RuleSilence>();
  return (ruleId, line) => {
    let silence = byRule.get(ruleId);
    if (!silence) byRule.set(ruleId, (silence = silenceOf(directives, ruleId)));
    return silence.wholeFile || silence.lines.has(line) || blockSilences(silence.blocks, line);
  };
}

export function withoutDisabled(diagnostics: ReviewDiagnostic[], directives: readonly RawDirective[]): ReviewDiagnostic[] {
  if (directives.length === 0) return diagnostics;
  const isDisabled = disabledLines(directives);
  return diagnostics.filter((diagnostic) => !isDisabled(diagnostic.ruleId, diagnostic.range.start.line));
}

/** The rules as the analysis pipeline runs them; handed in by the service (analysis sits below the rules). */
export const RULE_RUNNER: RuleRunner = {
  check: runRules,
  finish: (sectionList, documentList, directives) => withoutDisabled(mergeSorted(sectionList, documentList), directives),
};
