// Runs every registered rule over an analysed document: resolves each rule's
// severity (host override > rubric `rules:` > the rule's default), drops
// findings silenced by `<!-- weekly-review-disable … -->` comments, and turns
// the rest into diagnostics sorted by position.

import type { AnalyzedDocument } from '../analysis/document';
import type { RawDirective } from '../parse/sectionSyntax';
import type { ReviewDiagnostic, Severity, SeveritySetting } from '../types';
import { RULES, type RuleId } from './registry';

export type SeverityOverrides = Partial<Record<RuleId, SeveritySetting>>;

function severityFor(ruleId: RuleId, fallback: Severity, document: AnalyzedDocument, overrides: SeverityOverrides | undefined): SeveritySetting {
  return overrides?.[ruleId] ?? document.rubric?.rules[ruleId] ?? fallback;
}

/** Whether a directive line silences `ruleId` at `line`, in markdownlint's manner. */
export function disabledLines(directives: readonly RawDirective[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  return (ruleId, line) => {
    let disabled = false;
    for (const directive of directives) {
      if (directive.rules.length > 0 && !directive.rules.includes(ruleId)) continue;
      switch (directive.kind) {
        case 'disable-file': return true;
        case 'disable': if (directive.line <= line) disabled = true; break;
        case 'enable': if (directive.line <= line) disabled = false; break;
        case 'disable-line': if (directive.line === line) return true; break;
        case 'disable-next-line': if (directive.line + 1 === line) return true; break;
        default: break;
      }
    }
    return disabled;
  };
}

export function runRules(document: AnalyzedDocument, overrides: SeverityOverrides | undefined): ReviewDiagnostic[] {
  const isDisabled = disabledLines(document.directives);
  const diagnostics: ReviewDiagnostic[] = [];
  for (const rule of RULES) {
    const severity = severityFor(rule.id, rule.defaultSeverity, document, overrides);
    if (severity === 'off') continue;
    for (const finding of rule.check(document)) {
      if (isDisabled(rule.id, finding.range.start.line)) continue;
      const diagnostic: ReviewDiagnostic = { ruleId: rule.id, severity, message: finding.message, range: finding.range, url: rule.url };
      if (finding.data) diagnostic.data = finding.data;
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}
