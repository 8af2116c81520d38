// Which remembered verdicts an item need be compared with (hostile input 11).
// Comparing every item with every entry cost items × entries: a verdicts
// file of 10,000 entries took 11 s to judge 2,000 items. An entry can reach
// the lowest similarity that counts (0.6, Jaccard) only if it shares a stem
// with the item within the first stems of each, taken rarest first: with an
// overlap of at least ⌈0.6·n⌉ of a set's n stems, its first common stem comes
// within its first n − ⌈0.6·n⌉ + 1 (prefix filtering, as in all-pairs
// similarity search). Each entry is listed under those first stems only, and
// an item is compared, in file order, with the entries listed under its own
// first stems, at most MAX_RECALL_CANDIDATES of them (those of its rarest
// stems first): a file in which hundreds of entries share an item's rarest
// stems is the only one for which that is not every entry that can match.

import type { RememberedVerdict, VerdictMemory } from './verdicts';

/** The most entries an item is compared with. */
export const MAX_RECALL_CANDIDATES = 256;
/** Below the lowest threshold, so rounding never shortens a prefix. */
const LOWEST_SIMILARITY = 0.6 - 1e-9;

interface RecallIndex {
  /** How many entries hold each stem: the rarer, the earlier in a prefix. */
  frequency: Map<string, number>;
  /** Per stem, the positions (ascending) of the entries whose prefix holds it. */
  listed: Map<string, number[]>;
}

const indexes = new WeakMap<VerdictMemory, RecallIndex>();

/** A set's stems, rarest first (ties by the stem), cut to the prefix that must meet a match's. */
function prefixOf(stems: readonly string[], frequency: ReadonlyMap<string, number>): string[] {
  const unique = [...new Set(stems)];
  unique.sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return unique.slice(0, unique.length - Math.ceil(LOWEST_SIMILARITY * unique.length) + 1);
}

function buildIndex(entries: readonly RememberedVerdict[]): RecallIndex {
  const frequency = new Map<string, number>();
  for (const entry of entries) for (const stem of new Set(entry.stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const listed = new Map<string, number[]>();
  entries.forEach((entry, at) => {
    for (const stem of prefixOf(entry.stems, frequency)) {
      const positions = listed.get(stem);
      if (positions) positions.push(at);
      else listed.set(stem, [at]);
    }
  });
  return { frequency, listed };
}

/**
 * At most `limit` positions of the lists, ascending: whole lists, rarest stem
 * first (an entry sharing a rare stem is the likeliest match), and of the
 * list that overflows its latest positions.
 */
function boundedUnion(lists: readonly (readonly number[])[], limit: number): number[] {
  const out = new Set<number>();
  for (const list of lists) {
    for (let i = list.length - 1; i >= 0 && out.size < limit; i--) out.add(list[i] as number);
    if (out.size >= limit) break;
  }
  return [...out].sort((a, b) => a - b);
}

/** The entries `stems` may reach the lowest threshold with, in file order. */
export function recallCandidates(memory: VerdictMemory, stems: readonly string[]): RememberedVerdict[] {
  let index = indexes.get(memory);
  if (!index) {
    index = buildIndex(memory.entries);
    indexes.set(memory, index);
  }
  const { listed } = index;
  const lists = prefixOf(stems, index.frequency).map((stem) => listed.get(stem) ?? []);
  return boundedUnion(lists, MAX_RECALL_CANDIDATES).map((at) => memory.entries[at] as RememberedVerdict);
}
