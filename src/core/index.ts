// Public surface of the engine, for the CLI, the extension, the webview and
// tests. Hosts import from here only (lint-enforced); the folders behind it
// are the pipeline's stages: parse → analysis → rules → summary → report.

export * from './types';
export * from './service';
export type { ReviewAnalysis } from './analysis/analyze';
export type { AnalyzedDocument } from './analysis/document';
export * from './summary/allocation';
export * from './summary/aggregate';
export * from './summary/periods';
export { activityRows, sourceEvidence, type ActivityRow } from './summary/activities';
export { contentStems, parseVerdicts, recall, rememberVerdict, similarity, VERDICTS_FILE, type RecalledVerdict, type RememberedVerdict, type VerdictMemory } from './memory/verdicts';
export { formatMinutes, canonicalDuration, decimalHours, parseLeadingDuration, findBracketedDurations } from './parse/durations';
export { MAX_YAML_FILE_CHARS } from './parse/yamlDocument';
export { formatIsoWeek, isoWeekOfDate, parseWeekValue, weekFromFileName, addWeeks, mondayOfIsoWeek } from './parse/isoWeek';
export { builtinRubric, BUILTIN_RUBRIC_NAME, BUILTIN_RUBRIC_SOURCE } from './rubric/load';
export { RUBRIC_FILE_NAMES, type RubricResolution } from './rubric/resolve';
export { BUILTIN_CTO_RUBRIC_YAML } from './rubric/builtinCto';
export type { Rubric, RubricCategory, RubricCriterion, RubricGroup, RubricPriority, RubricProblem } from './rubric/model';
export { RULES, RULE_IDS, isRuleId } from './rules/registry';
export type { Rule, Finding, RuleExamples } from './rules/rule';
export { ruleDocsUrl, DOCS_BASE_URL } from './rules/docs';
export * from './report/format';
export * from './report/summaryTable';
export * from './report/summaryJson';
export * from './features';
export * from './history';
export { carriedOverItems, openAskLines, reviewFileOfWeek, reviewTemplate, type CarriedItem } from './template/newReview';
export * from './calendar';
export * from './workspace';
