// Calendar import: read an .ics export, select an ISO week, and merge its
// events into a review as activities (see importWeek.ts for the one call).

export { importCalendarWeek, calendarImportSummary, zoneNamed, type CalendarImportInput, type CalendarImportReport, type CalendarImportResult } from './importWeek';
export { unifiedDiff } from './diff';
export { importedIds, mergeImport, UNCATEGORIZED_HEADING, type KeptLine, type MergeReport } from './merge';
export { activitiesOf, cleanTitle, lineHash, PRIVATE_TITLE, type ImportItem } from './activities';
export { readOccurrences, MAX_SERIES_STEPS, type ReadResult, type Window } from './read';
export { selectWeek, weekWindow, ownerOf } from './week';
export { MAX_CALENDAR_BYTES } from './scan';
export { decodeCalendar } from './decode';
export { ianaNameOf, intlZone } from './zones';
export type { Attendee, CalendarError, ImportOptions, Occurrence, SkipCounts, SkipReason, WeekEvent } from './types';
