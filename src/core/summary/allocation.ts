// The allocation summary: where the week's minutes went, per
// category, group and priority, against the rubric's targets; plus the
// low-value and uncategorized time. And the same over several weeks, in order.

import type { ReviewAnalysis } from '../analysis/analyze';
import { minutesOf, tallyActivities, type LowValueEntry, type SectionTally, type UncategorizedEntry } from '../analysis/tally';
import { formatIsoWeek } from '../parse/isoWeek';
import type { Rubric } from '../rubric/model';
import type { ActivityRow } from './activities';
import { disabledLines } from '../rules/runner';

// The per-section tally is computed by the analysis (cached with each
// section); the summary reads it. Re-exported: part of the public surface.
export { isInferred, minutesOf, tallyActivities, type LowValueEntry, type MinutesById, type SectionTally, type UncategorizedEntry } from '../analysis/tally';

export type AllocationStatus = 'under' | 'on' | 'over';

export interface CategoryAllocation {
  id: string;
  name: string;
  group: string;
  priority: string;
  minutes: number;
  /** The part of `minutes` whose category the tool inferred from the items' words or their headings. */
  inferredMinutes: number;
  share: number;
  target: number;
  /** Share minus target, in percentage points (one decimal). */
  diffPp: number;
  status: AllocationStatus;
}

export interface GroupAllocation {
  id: string;
  name: string;
  minutes: number;
  share: number;
  target: number;
  diffPp: number;
  status: AllocationStatus;
}

export interface PriorityAllocation {
  id: string;
  name: string;
  minutes: number;
  share: number;
}

export interface WeekSummary {
  week: string | null;
  file: string;
  rubric: string;
  totalMinutes: number;
  totalHours: number;
  uncategorizedMinutes: number;
  uncategorizedShare: number;
  /** Minutes whose category the tool inferred from the items' words or their headings (not a tag or a category heading). */
  inferredMinutes: number;
  lowValueMinutes: number;
  lowValueShare: number;
  plannedMinutes: number;
  expectedMinutes: number | null;
  activityCount: number;
  tolerance: number;
  categories: CategoryAllocation[];
  groups: GroupAllocation[];
  priorities: PriorityAllocation[];
  lowValue: LowValueEntry[];
  /** Items where careful readers disagree (`borderline-item`): reported apart, not counted as low-value. */
  borderline: LowValueEntry[];
  borderlineMinutes: number;
  uncategorized: UncategorizedEntry[];
  /** Every counted activity with its category and why: filled in by `summary --format json` only. */
  activities?: ActivityRow[];
}

export interface CategoryTrend {
  id: string;
  name: string;
  target: number;
  weeks: string[];
  minutes: number[];
  shares: number[];
  /** Change of share from the first to the last week, in percentage points. */
  changePp: number;
  direction: 'up' | 'down' | 'flat';
}

export interface MultiWeekSummary {
  weeks: WeekSummary[];
  trends: CategoryTrend[];
}

/** A share of the total, to 4 decimals (0 when nothing was logged). */
export function share(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 10_000) / 10_000 : 0;
}

export function statusOf(actual: number, target: number, tolerance: number): AllocationStatus {
  const diff = actual - target;
  if (diff > tolerance + 1e-9) return 'over';
  if (diff < -tolerance - 1e-9) return 'under';
  return 'on';
}

/** The total and the two shares every summary states, from minutes. */
export function totals(total: number, uncategorizedMinutes: number, lowValueMinutes: number): Pick<WeekSummary, 'totalMinutes' | 'totalHours' | 'uncategorizedMinutes' | 'uncategorizedShare' | 'lowValueMinutes' | 'lowValueShare'> {
  return {
    totalMinutes: total,
    totalHours: Math.round((total / 60) * 100) / 100,
    uncategorizedMinutes,
    uncategorizedShare: share(uncategorizedMinutes, total),
    lowValueMinutes,
    lowValueShare: share(lowValueMinutes, total),
  };
}

/** Share minus target in percentage points, one decimal. */
export function pp(actual: number, target: number): number {
  return Math.round((actual - target) * 1000) / 10;
}

/** The document's tally: the sections' tallies added up by the join, or the activities tallied whole. */
function documentTally(analysis: ReviewAnalysis): SectionTally {
  return analysis.document.tally ?? tallyActivities(analysis.document.activities);
}

function allocations(tally: SectionTally, total: number, rubric: Rubric): Pick<WeekSummary, 'categories' | 'groups' | 'priorities'> {
  const categories: CategoryAllocation[] = rubric.categories.map((category) => {
    const minutes = minutesOf(tally.byCategory, category.id);
    const actual = share(minutes, total);
    return { id: category.id, name: category.name, group: category.groupId, priority: category.priorityId, minutes, inferredMinutes: minutesOf(tally.inferredByCategory, category.id), share: actual, target: category.target, diffPp: pp(actual, category.target), status: statusOf(actual, category.target, rubric.tolerance) };
  });
  const groups: GroupAllocation[] = rubric.groups.map((group) => {
    const minutes = categories.filter((c) => c.group === group.id).reduce((sum, c) => sum + c.minutes, 0);
    const actual = share(minutes, total);
    return { id: group.id, name: group.name, minutes, share: actual, target: group.target, diffPp: pp(actual, group.target), status: statusOf(actual, group.target, rubric.tolerance) };
  });
  const priorities: PriorityAllocation[] = rubric.priorities.map((priority) => {
    const minutes = minutesOf(tally.byPriority, priority.id);
    return { id: priority.id, name: priority.name, minutes, share: share(minutes, total) };
  });
  return { categories, groups, priorities };
}

function inferredTotal(tally: SectionTally): number {
  let total = 0;
  for (let i = 1; i < tally.inferredByCategory.length; i += 2) total += tally.inferredByCategory[i] as number;
  return total;
}

/**
 * Low-value entries less those whose `low-value-item` a disable comment
 * silences: silenced is accepted, so they count nowhere. Only a review with
 * disable comments pays for the check.
 */
function acceptedLowValue(analysis: ReviewAnalysis, tally: SectionTally): { lowValue: LowValueEntry[]; lowValueMinutes: number } {
  const { directives } = analysis.document;
  if (directives.length === 0 || tally.lowValue.length === 0) return { lowValue: tally.lowValue, lowValueMinutes: tally.lowValueMinutes };
  const silenced = disabledLines(directives);
  const lowValue = tally.lowValue.filter((entry) => !silenced('low-value-item', entry.line));
  return { lowValue, lowValueMinutes: lowValue.length === tally.lowValue.length ? tally.lowValueMinutes : lowValue.reduce((sum, entry) => sum + entry.minutes, 0) };
}

export function summarizeReview(analysis: ReviewAnalysis, rubric: Rubric): WeekSummary {
  const { document } = analysis;
  const tally = documentTally(analysis);
  const total = document.totalMinutes;
  const { uncategorizedMinutes } = tally;
  const { lowValue, lowValueMinutes } = acceptedLowValue(analysis, tally);
  return {
    week: document.week ? formatIsoWeek(document.week) : null,
    file: document.path,
    rubric: rubric.name,
    ...totals(total, uncategorizedMinutes, lowValueMinutes),
    inferredMinutes: inferredTotal(tally),
    plannedMinutes: tally.plannedMinutes,
    expectedMinutes: document.expectedMinutes ?? null,
    activityCount: tally.counted,
    tolerance: rubric.tolerance,
    ...allocations(tally, total, rubric),
    lowValue,
    borderline: tally.borderline,
    borderlineMinutes: tally.borderlineMinutes,
    uncategorized: tally.uncategorized,
  };
}

export function summarizeWeeks(summaries: WeekSummary[]): MultiWeekSummary {
  const weeks = [...summaries].sort((a, b) => (a.week ?? '').localeCompare(b.week ?? '') || a.file.localeCompare(b.file));
  const ids = new Map<string, { name: string; target: number }>();
  for (const week of weeks) for (const category of week.categories) if (!ids.has(category.id)) ids.set(category.id, { name: category.name, target: category.target });
  const trends = [...ids].map(([id, { name, target }]) => {
    const rows = weeks.map((week) => week.categories.find((c) => c.id === id));
    const shares = rows.map((row) => row?.share ?? 0);
    const changePp = shares.length > 1 ? Math.round(((shares[shares.length - 1] as number) - (shares[0] as number)) * 1000) / 10 : 0;
    return {
      id,
      name,
      target,
      weeks: weeks.map((week) => week.week ?? week.file),
      minutes: rows.map((row) => row?.minutes ?? 0),
      shares,
      changePp,
      direction: (changePp > 1 ? 'up' : changePp < -1 ? 'down' : 'flat') as CategoryTrend['direction'],
    };
  });
  return { weeks, trends };
}
