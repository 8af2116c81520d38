// Editor features as plain engine functions (hover, lenses, status, quick
// fixes, summary table edit): an editor adapter only converts coordinates.

export type { FeatureAction, TextEdit } from './types';
export { activityHover, type ActivityHover } from './hover';
export { categoryLenses, type CategoryLens } from './lenses';
export { statusContent, type StatusContent } from './status';
export { quickFixes, normalizeRefactors } from './quickFixes';
export { summaryTableEdit } from './summaryTable';
