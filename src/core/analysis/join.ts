// Joining the sections' results into the document's lists (activities,
// headings, notes, …, and the section rules' findings in order). After an
// edit, the previous join is spliced: the lists before and after the edited
// sections are copied as whole slices and only the edited sections' items are
// added one by one. Walking two thousand section results to read their lists
// costs milliseconds on a 1 MB review (every result is a cache miss), so the
// per-section list sizes are kept in typed arrays beside the join.

import type { SectionTally } from '../summary/allocation';
import type { SectionResult } from './section';

export const JOINED_LISTS = ['headings', 'activities', 'notes', 'durationIssues', 'durationNotes', 'directives', 'parseErrors', 'diagnostics'] as const;
export type JoinedList = (typeof JOINED_LISTS)[number];

export type JoinedLists = { [K in JoinedList]: SectionResult[K] };

export interface Joined {
  lists: JoinedLists;
  /** Per list, how many entries each section gave. */
  counts: Record<JoinedList, Int32Array>;
  /** Per section, its logged minutes. */
  minutes: Float64Array;
  tallies: SectionTally[];
  totalMinutes: number;
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

/** Appends sections [from, to) to the lists, recording their sizes at `at`, `at + 1`, …. */
function appendSections(joined: Joined, results: readonly SectionResult[], from: number, to: number, at: number): void {
  const { lists, counts } = joined;
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

/** All sections joined afresh. */
export function joinResults(results: readonly SectionResult[]): Joined {
  const joined: Joined = { lists: emptyLists(), counts: newCounts(results.length), minutes: new Float64Array(results.length), tallies: new Array<SectionTally>(results.length), totalMinutes: 0 };
  appendSections(joined, results, 0, results.length, 0);
  joined.totalMinutes = sum(joined.minutes, 0, results.length);
  return joined;
}

/** The previous join with sections [change.from, change.to) of `results` in place of its own [change.from, change.oldTo). */
export function spliceResults(previous: Joined, results: readonly SectionResult[], change: JoinChange): Joined {
  const { from, to, oldTo } = change;
  const oldSize = previous.minutes.length;
  const joined: Joined = { lists: emptyLists(), counts: newCounts(results.length), minutes: new Float64Array(results.length), tallies: new Array<SectionTally>(results.length), totalMinutes: 0 };
  const before: Partial<Record<JoinedList, number>> = {};
  for (const key of JOINED_LISTS) {
    const count = previous.counts[key];
    const head = sum(count, 0, from);
    before[key] = head + sum(count, from, oldTo);
    (joined.lists[key] as unknown[]) = (previous.lists[key] as unknown[]).slice(0, head);
    joined.counts[key].set(count.subarray(0, from));
    joined.counts[key].set(count.subarray(oldTo, oldSize), to);
  }
  joined.minutes.set(previous.minutes.subarray(0, from));
  joined.minutes.set(previous.minutes.subarray(oldTo, oldSize), to);
  for (let i = 0; i < from; i++) joined.tallies[i] = previous.tallies[i] as SectionTally;
  appendSections(joined, results, from, to, from);
  for (let i = oldTo, k = to; i < oldSize; i++, k++) joined.tallies[k] = previous.tallies[i] as SectionTally;
  for (const key of JOINED_LISTS) {
    const tail = (previous.lists[key] as unknown[]).slice(before[key]);
    (joined.lists[key] as unknown[]) = (joined.lists[key] as unknown[]).concat(tail);
  }
  // Summed left to right like a fresh join, so the total is the same number to the last bit.
  joined.totalMinutes = sum(joined.minutes, 0, results.length);
  return joined;
}

