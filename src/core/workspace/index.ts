// The workspace engine (createReviewWorkspace) and what a host needs to drive
// it: the host interface, settings, the definition of a review and of a run,
// tickets, and the in-memory host the tests use.

export { createReviewWorkspace, type ReviewWorkspace, type WorkspaceHover } from './workspace';
export { reviewHostOf, systemClock, type Disposable, type WatchEvent, type WorkspaceClock, type WorkspaceHost } from './host';
export { InMemoryHost, ManualClock, type InMemoryHostOptions } from './inMemoryHost';
export { analyzeOptionsOf, DEFAULT_SETTINGS, parseSettings, rubricSettingPath, type WorkspaceSettings } from './settings';
export { folderOf as workspaceFolderOf, globToRegExp, groupRuns, isIgnoredPath, isRunReview, isWeekNamed, MARKDOWN_GLOB, matchesReviewGlobs, normalizedPath, outsideFoldersReason, relativeToFolders, reviewsFolderSegments, rubricFileOfRunKey, runKeyOf, WEEK_NAMED_GLOB, type ReviewFacts } from './reviews';
export { createTickets, PREPARE_FROM_CHARS, type Tickets } from './tickets';
export { isReviewDocument, type DocumentText, type ReviewState } from './documents';
export { INDEX_BATCH, type IndexProgress, type Run } from './runs';
export type { WorkspaceAction } from './actions';
export { planRemember, planTeach, snippetAsText, type FileChange, type PlannedChange } from './changes';
export type { ReviewSummaryJson } from './summary';
export { runForNewReview, type NewReviewPlan } from './newReview';
export { STARTER_RUBRIC_YAML } from './starterRubric';
