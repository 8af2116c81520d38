// Public surface of the engine, for the CLI, the extension, the webview and tests.

export * from './types';
export * from './service';
export type { ReviewAnalysis } from './analysis/analyze';
export type { AnalyzedDocument } from './analysis/document';
export * from './summary/allocation';
export { formatMinutes, canonicalDuration, decimalHours, parseLeadingDuration, findBracketedDurations } from './parse/durations';
export { formatIsoWeek, isoWeekOfDate, parseWeekValue, weekFromFileName, addWeeks, mondayOfIsoWeek } from './parse/isoWeek';
export { builtinRubric, BUILTIN_RUBRIC_NAME, BUILTIN_RUBRIC_SOURCE, RULE_IDS } from './rubric/load';
export { BUILTIN_CTO_RUBRIC_YAML } from './rubric/builtinCto';
export type { Rubric, RubricCategory, RubricCriterion, RubricGroup, RubricPriority, RubricProblem } from './rubric/model';
export { RULES } from './rules';
export { ruleDocsUrl, DOCS_BASE_URL } from './rules/docs';
