// The allocation summary of SPEC §3: where the week's minutes went, per
// category, group and priority, against the rubric's targets; plus the
// low-value and uncategorized time. And the same over several weeks, in order.

import type { ReviewAnalysis } from '../analysis/analyze';
import type { Activity, CriterionResult } from '../types';
import { formatIsoWeek } from '../parse/isoWeek';
import type { Rubric } from '../rubric/model';
import type { ActivityRow } from './activities';
import { disabledLines } from '../rules/runner';

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

export interface LowValueEntry {
  line: number;
  text: string;
  minutes: number;
  score: number;
  failed: string[];
}

export interface UncategorizedEntry {
  line: number;
  text: string;
  minutes: number;
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

/**
 * What a section contributes to the summary, computed once when the section is
 * analysed and cached with it, so summarizing a review after a keystroke costs
 * O(sections), not O(activities).
 */
export interface SectionTally {
  byCategory: MinutesById;
  /** The part of `byCategory` whose category was inferred (from an item's words or its heading's), not given by a tag or a category heading. */
  inferredByCategory: MinutesById;
  byPriority: MinutesById;
  counted: number;
  plannedMinutes: number;
  lowValue: LowValueEntry[];
  /** Items careful readers disagree on: reported apart, never counted as low-value. */
  borderline: LowValueEntry[];
  uncategorized: UncategorizedEntry[];
  /** The minutes of `lowValue`, `borderline` and `uncategorized`, kept as sums so a summary never walks the entries. */
  lowValueMinutes: number;
  borderlineMinutes: number;
  uncategorizedMinutes: number;
}

/**
 * Minutes by category or priority id, flat: `[id, minutes, id, minutes, …]`.
 * A section holds one or two ids, a review ten at most; a Map per section
 * cost five times the memory on a 1 MB review, and a search of ten is free.
 */
export type MinutesById = (string | number)[];

export function minutesOf(list: MinutesById, id: string): number {
  for (let i = 0; i < list.length; i += 2) if (list[i] === id) return list[i + 1] as number;
  return 0;
}

/** Adds `minutes` to `id`'s entry (appending one when there is none). */
export function addMinutesTo(list: MinutesById, id: string | undefined, minutes: number): void {
  if (id === undefined) return;
  for (let i = 0; i < list.length; i += 2) {
    if (list[i] !== id) continue;
    list[i + 1] = (list[i + 1] as number) + minutes;
    return;
  }
  list.push(id, minutes);
}

/** Failed criteria ids by criteria list: the analysis holds each list once (judge.ts), so these are held once too. */
export type FailedIds = WeakMap<readonly CriterionResult[], string[]>;

function failedIds(criteria: readonly CriterionResult[], held: FailedIds | undefined): string[] {
  let failed = held?.get(criteria);
  if (!failed) {
    failed = criteria.filter((c) => c.verdict === 'fail').map((c) => c.id);
    held?.set(criteria, failed);
  }
  return failed;
}

/** A category the tool inferred (from words or the heading's words or items), as against one the writer gave by tag or heading. */
export function isInferred(activity: Activity): boolean {
  const kind = activity.categorySource?.kind;
  return kind === 'words' || kind === 'inferred-heading';
}

export function emptyTally(): SectionTally {
  return { byCategory: [], inferredByCategory: [], byPriority: [], counted: 0, plannedMinutes: 0, lowValue: [], borderline: [], uncategorized: [], lowValueMinutes: 0, borderlineMinutes: 0, uncategorizedMinutes: 0 };
}

export function tallyActivities(activities: readonly Activity[], held?: FailedIds): SectionTally {
  const tally = emptyTally();
  for (const a of activities) {
    if (!a.counted) {
      if (!a.hasChildActivities) tally.plannedMinutes += a.minutes;
      continue;
    }
    tally.counted++;
    addMinutesTo(tally.byCategory, a.categoryId, a.minutes);
    if (isInferred(a)) addMinutesTo(tally.inferredByCategory, a.categoryId, a.minutes);
    addMinutesTo(tally.byPriority, a.priorityId, a.minutes);
    if (a.lowValue) {
      tally.lowValue.push({ line: a.line, text: a.text, minutes: a.minutes, score: a.score ?? 0, failed: failedIds(a.criteria ?? [], held) });
      tally.lowValueMinutes += a.minutes;
    }
    if (a.borderline) {
      tally.borderline.push({ line: a.line, text: a.text, minutes: a.minutes, score: a.score ?? 0, failed: failedIds(a.criteria ?? [], held) });
      tally.borderlineMinutes += a.minutes;
    }
    if (a.categoryId === undefined) {
      tally.uncategorized.push({ line: a.line, text: a.text, minutes: a.minutes });
      tally.uncategorizedMinutes += a.minutes;
    }
  }
  // Copies of their exact size: a list grown by push keeps room for more (each section's tally is kept).
  tally.byCategory = tally.byCategory.slice();
  tally.inferredByCategory = tally.inferredByCategory.slice();
  tally.byPriority = tally.byPriority.slice();
  tally.lowValue = tally.lowValue.slice();
  tally.borderline = tally.borderline.slice();
  tally.uncategorized = tally.uncategorized.slice();
  return tally;
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
