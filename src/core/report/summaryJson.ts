// The summary JSON, one shape for any number of files: the aggregate of all
// inputs (summary/aggregate.ts), plus `weeks` (one summary per file, in
// ISO-week order), `trends` and `errors`. `weekly-review summary --format
// json` prints it, and the language server's `weeklyReview.summary` returns it.

import { aggregateWeeks, type AggregateSummary } from '../summary/aggregate';
import type { MultiWeekSummary, WeekSummary } from '../summary/allocation';

export interface SummaryJson extends AggregateSummary {
  weeks: WeekSummary[];
  trends: MultiWeekSummary['trends'];
  /** Error diagnostics in the inputs: each left something out of these totals. */
  errors: number;
}

/** The JSON of `summary`: the aggregate, then every week, the trends and the error count. */
export function summaryJson(multi: MultiWeekSummary, errors: number): SummaryJson {
  const weeks = multi.weeks;
  return { ...aggregateWeeks(weeks), weeks, trends: weeks.length > 1 ? multi.trends : [], errors };
}

/** JSON text with every number finite (a non-finite number would print as null). */
export function finiteJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? 0 : item), 2);
}
