// Editor features as plain engine functions (hover, lenses, status, quick
// fixes, summary-table edit): an editor adapter only converts coordinates.

export type { FeatureAction } from './types';
export { activityHover } from './hover';
export { categoryLenses } from './lenses';
export { statusContent } from './status';
export { quickFixes, normalizeRefactors } from './quickFixes';
export { summaryTableChange, summaryTableEdit, type SummaryTableRefusal } from './summaryTable';
export { categoryLessons, teachRubric, TAUGHT_RUBRIC_FILE, TAUGHT_WORD_WEIGHT, type CategoryLesson } from './teach';
export { verdictChoices, verdictEntry, type VerdictChoice } from './remember';
export { categoryHover, categoryHistoryMarkdown, CATEGORY_HOVER_WEEKS, type CategoryHover } from './categoryHover';
