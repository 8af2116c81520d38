// The tally of a section's activities: minutes per category and priority,
// and the low-value, borderline and uncategorized entries. Computed by the
// analysis and cached with each section (the join adds the sections' tallies
// up), so the summary (summary/allocation.ts) reads sums and never walks the
// activities.

import type { Activity, CriterionResult } from '../types';

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

/** A category the tool inferred (from an exemplar, words or the heading's words or items), as against one the writer gave by tag or heading. */
export function isInferred(activity: Activity): boolean {
  const kind = activity.categorySource?.kind;
  return kind === 'exemplar' || kind === 'words' || kind === 'inferred-heading';
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

