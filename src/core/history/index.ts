// The review over time (issue 10): an index of review files, trends across
// weeks, and the people a run of reviews keeps in touch with. Pure core: the
// host gives it files; everything it returns is plain data.

export { createReviewIndex } from './reviewIndex';
export type { HistoryService, IndexedReview, ReviewFile, ReviewIndex, ReviewIndexOptions } from './reviewIndex';
export type { HistoryFinding, HistoryFix, HistoryRuleId, HistoryTextEdit } from './findings';
export { weekOrdinal, weekOfOrdinal, weekLabelOfOrdinal, ordinalOfLabel } from './weeks';
export { computeTrends, rollingMeans, seriesLastWeeks, categoryLastWeeks, ROLLING_WINDOW_WEEKS } from './trends';
export type { TrendInput } from './trends';
export type { TrendData, TrendWeek, TrendSeries, TrendDrift, SeriesHistory } from './trendTypes';
export { renderTrendsText, renderTrendsMarkdown, renderTrendsJson } from './trendsRender';
export { parsePeople, parseCadence, mergePeople } from '../rubric/people';
export type { Person, ReportProblem } from '../rubric/people';
export { loadPeopleFile, PEOPLE_FILE_NAME } from '../rubric/peopleFile';
export type { PeopleFile, PeopleProblem } from '../rubric/peopleFile';
export { createMentionMatcher, saysOneOnOne, isTaggedAsk } from './mentions';
export { buildPeopleReport, askKey, askText, carryForwardAskLines } from './peopleReport';
export type { PeopleInput } from './peopleReport';
export { CADENCE_RULE } from './peopleTypes';
export type { PeopleReport, PersonStatus, PersonState, AskStatus, ItemRef } from './peopleTypes';
export { overdueFindings, planOneOnOneEdit, titleLine } from './overdue';
export type { OverdueReview } from './overdue';
export { renderPeopleText, renderPeopleJson } from './peopleRender';
export { peopleOfRun, peopleReportOfRun, runFindings } from './run';
export { cutTrends, runHistoryView, PANEL_TREND_WEEKS, type RunHistoryView } from './panelTrends';
