// Joining the sections' results into the document's lists (activities,
// headings, notes, …, and the section rules' findings in order). After an
// edit, the previous join is spliced: the lists before and after the edited
// sections are copied as whole slices and only the edited sections' items are
// added one by one. Walking two thousand section results to read their lists
// costs milliseconds on a 1 MB review (every result is a cache miss), so the
// per-section list sizes are kept in typed arrays beside the join.

import { addMinutesTo, emptyTally, type MinutesById, type SectionTally } from './tally';
import type { SectionResult } from './section';

export const JOINED_LISTS = ['headings', 'activities', 'notes', 'durationIssues', 'durationNotes', 'directives', 'parseErrors', 'diagnostics'] as const;
export type JoinedList = (typeof JOINED_LISTS)[number];

export type JoinedLists = { [K in JoinedList]: SectionResult[K] };

/** The tally's entry lists, spliced like the document's lists. */
const TALLY_LISTS = ['lowValue', 'borderline', 'uncategorized'] as const;
type TallyList = (typeof TALLY_LISTS)[number];

export interface Joined {
  lists: JoinedLists;
  /** Per list, how many entries each section gave. */
  counts: Record<JoinedList, Int32Array>;
  /** Per section, its logged minutes. */
  minutes: Float64Array;
  tallies: SectionTally[];
  totalMinutes: number;
  /** The sections' tallies added up: what the summary reads. */
  tally: SectionTally;
  /** Per section, how many low-value and uncategorized entries its tally holds. */
  tallyCounts: Record<TallyList, Int32Array>;
}

/** Which sections of the new result list are new: [from, to); the rest are the previous join's, with `to - oldTo` more sections before the tail. */
export interface JoinChange {
  from: number;
  to: number;
  oldTo: number;
}

function emptyLists(): JoinedLists {
  return { headings: [], activities: [], notes: [], durationIssues: [], durationNotes: [], directives: [], parseErrors: [], diagnostics: [] };
}

function appendAll<T>(into: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) into.push(from[i] as T);
}

/** Appends sections [from, to) to `lists` (by default the join's own), recording their sizes at `at`, `at + 1`, …. */
function appendSections(joined: Joined, results: readonly SectionResult[], from: number, to: number, at: number, lists: JoinedLists = joined.lists): void {
  const { counts } = joined;
  for (let i = from, k = at; i < to; i++, k++) {
    const result = results[i] as SectionResult;
    // Each property named: a loop over `result[key]` with a variable key is several times slower.
    appendAll(lists.headings, result.headings);
    appendAll(lists.activities, result.activities);
    appendAll(lists.notes, result.notes);
    appendAll(lists.durationIssues, result.durationIssues);
    appendAll(lists.durationNotes, result.durationNotes);
    appendAll(lists.directives, result.directives);
    appendAll(lists.parseErrors, result.parseErrors);
    appendAll(lists.diagnostics, result.diagnostics);
    counts.headings[k] = result.headings.length;
    counts.activities[k] = result.activities.length;
    counts.notes[k] = result.notes.length;
    counts.durationIssues[k] = result.durationIssues.length;
    counts.durationNotes[k] = result.durationNotes.length;
    counts.directives[k] = result.directives.length;
    counts.parseErrors[k] = result.parseErrors.length;
    counts.diagnostics[k] = result.diagnostics.length;
    joined.minutes[k] = result.minutes;
    joined.tallies[k] = result.tally;
    for (const key of TALLY_LISTS) joined.tallyCounts[key][k] = result.tally[key].length;
  }
}

function newCounts(size: number): Record<JoinedList, Int32Array> {
  const counts = {} as Record<JoinedList, Int32Array>;
  for (const key of JOINED_LISTS) counts[key] = new Int32Array(size);
  return counts;
}

function sum(values: Float64Array | Int32Array, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i] as number;
  return total;
}

function emptyJoin(size: number): Joined {
  return { lists: emptyLists(), counts: newCounts(size), minutes: new Float64Array(size), tallies: new Array<SectionTally>(size), totalMinutes: 0, tally: emptyTally(), tallyCounts: { lowValue: new Int32Array(size), borderline: new Int32Array(size), uncategorized: new Int32Array(size) } };
}

function addMinutes(into: MinutesById, from: MinutesById, sign: 1 | -1): void {
  for (let i = 0; i < from.length; i += 2) addMinutesTo(into, from[i] as string, sign * (from[i + 1] as number));
}

/** Adds (or with -1 takes away) a section's numbers; minutes are whole numbers, so the sums are exact either way. */
function addTally(into: SectionTally, tally: SectionTally, sign: 1 | -1): void {
  addMinutes(into.byCategory, tally.byCategory, sign);
  addMinutes(into.inferredByCategory, tally.inferredByCategory, sign);
  addMinutes(into.byPriority, tally.byPriority, sign);
  into.counted += sign * tally.counted;
  into.plannedMinutes += sign * tally.plannedMinutes;
  into.lowValueMinutes += sign * tally.lowValueMinutes;
  into.borderlineMinutes += sign * tally.borderlineMinutes;
  into.uncategorizedMinutes += sign * tally.uncategorizedMinutes;
}

/** The tallies of sections [from, to) added up, entries in section order. */
export function sumTallies(tallies: readonly SectionTally[], from = 0, to = tallies.length): SectionTally {
  const total = emptyTally();
  for (let i = from; i < to; i++) {
    const tally = tallies[i] as SectionTally;
    addTally(total, tally, 1);
    appendAll(total.lowValue, tally.lowValue);
    appendAll(total.borderline, tally.borderline);
    appendAll(total.uncategorized, tally.uncategorized);
  }
  return total;
}

/** All sections joined afresh. */
export function joinResults(results: readonly SectionResult[]): Joined {
  const joined = emptyJoin(results.length);
  appendSections(joined, results, 0, results.length, 0);
  joined.totalMinutes = sum(joined.minutes, 0, results.length);
  joined.tally = sumTallies(joined.tallies);
  return joined;
}

/** The previous total with the old sections [from, oldTo) taken out and the new [from, to) put in. */
function splicedTally(previous: Joined, joined: Joined, change: JoinChange): SectionTally {
  const { from, to, oldTo } = change;
  const old = previous.tally;
  const total: SectionTally = { byCategory: old.byCategory.slice(), inferredByCategory: old.inferredByCategory.slice(), byPriority: old.byPriority.slice(), counted: old.counted, plannedMinutes: old.plannedMinutes, lowValue: [], borderline: [], uncategorized: [], lowValueMinutes: old.lowValueMinutes, borderlineMinutes: old.borderlineMinutes, uncategorizedMinutes: old.uncategorizedMinutes };
  const removed = sumTallies(previous.tallies, from, oldTo);
  const added = sumTallies(joined.tallies, from, to);
  addTally(total, removed, -1);
  addTally(total, added, 1);
  for (const key of TALLY_LISTS) {
    const head = sum(previous.tallyCounts[key], 0, from);
    total[key] = replaced(old[key] as unknown[], head, removed[key].length, added[key] as unknown[]) as never;
  }
  return total;
}

/**
 * `list` with `removed` entries at `head` replaced by `added`, as one new
 * array: a copy and an in-place splice allocate once, where slicing around
 * the edit and concatenating allocated three times per list and keystroke.
 */
function replaced<T>(list: readonly T[], head: number, removed: number, added: readonly T[]): T[] {
  // Spread arguments are bounded by the stack: a huge paste takes the slower path.
  if (added.length > 10_000) return list.slice(0, head).concat(added, list.slice(head + removed));
  const copy = list.slice();
  copy.splice(head, removed, ...added);
  return copy;
}

/** The previous join with sections [change.from, change.to) of `results` in place of its own [change.from, change.oldTo). */
export function spliceResults(previous: Joined, results: readonly SectionResult[], change: JoinChange): Joined {
  const { from, to, oldTo } = change;
  const oldSize = previous.minutes.length;
  const joined = emptyJoin(results.length);
  const heads: Partial<Record<JoinedList, { head: number; removed: number }>> = {};
  for (const key of JOINED_LISTS) {
    const count = previous.counts[key];
    heads[key] = { head: sum(count, 0, from), removed: sum(count, from, oldTo) };
    joined.counts[key].set(count.subarray(0, from));
    joined.counts[key].set(count.subarray(oldTo, oldSize), to);
  }
  joined.minutes.set(previous.minutes.subarray(0, from));
  joined.minutes.set(previous.minutes.subarray(oldTo, oldSize), to);
  for (const key of TALLY_LISTS) {
    joined.tallyCounts[key].set(previous.tallyCounts[key].subarray(0, from));
    joined.tallyCounts[key].set(previous.tallyCounts[key].subarray(oldTo, oldSize), to);
  }
  for (let i = 0; i < from; i++) joined.tallies[i] = previous.tallies[i] as SectionTally;
  const middle = emptyLists();
  appendSections(joined, results, from, to, from, middle);
  for (let i = oldTo, k = to; i < oldSize; i++, k++) joined.tallies[k] = previous.tallies[i] as SectionTally;
  for (const key of JOINED_LISTS) {
    const { head, removed } = heads[key] as { head: number; removed: number };
    (joined.lists[key] as unknown[]) = replaced(previous.lists[key] as unknown[], head, removed, middle[key] as unknown[]);
  }
  // Summed left to right like a fresh join, so the total is the same number to the last bit.
  joined.totalMinutes = sum(joined.minutes, 0, results.length);
  joined.tally = splicedTally(previous, joined, change);
  return joined;
}

