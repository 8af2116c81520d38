// Recognising the rubric's exemplars: the work its author names as worthy
// (or low) in their own words. An exemplar is a few groups of words; an item
// matches it when each group has a word, phrase or word start in the item
// (by stem, not negated), as "1:1s" + "leads" recognise "3h 1:1s with each of
// my six team leads". The first exemplar of the rubric that matches wins.

import type { Rubric, RubricExemplar } from '../rubric/model';
import type { Activity } from '../types';
import { compiledRubric } from './compiledRubric';
import { ownWords } from './itemFacts';
import { addSignal, emptySignalIndex, keysIn, scoreWordList, wordsOf, type SignalIndex } from './wordSignals';

/**
 * Every exemplar's groups in one index, keyed `exemplar:group`, so an item's
 * words are read once for all of them (one index per exemplar read them once
 * per exemplar); `groups` holds each exemplar's number of groups.
 */
export interface ExemplarIndexes {
  index: SignalIndex;
  groups: number[];
  /** Each exemplar's group keys (`groupKey`), made once: an item is checked against every exemplar. */
  keys: string[][];
}

/** The rubric's exemplars indexed, once per rubric object (compiledRubric.ts). */
export function exemplarIndexes(rubric: Rubric): ExemplarIndexes {
  const compiled = compiledRubric(rubric);
  if (!compiled.exemplars) {
    const index = emptySignalIndex();
    rubric.exemplars.forEach((exemplar, at) => {
      exemplar.match.forEach((group, number) => { for (const word of group) addSignal(index, groupKey(at, number), word, 1); });
      for (const word of exemplar.unless ?? []) addSignal(index, unlessKey(at), word, 1);
    });
    compiled.exemplars = { index, groups: rubric.exemplars.map((exemplar) => exemplar.match.length), keys: rubric.exemplars.map((exemplar, at) => exemplar.match.map((_, number) => groupKey(at, number))) };
  }
  return compiled.exemplars;
}

const groupKey = (exemplar: number, group: number): string => `${exemplar}:${group}`;
const unlessKey = (exemplar: number): string => `${exemplar}:unless`;

/** An exemplar an item matches, with the words that did it. */
export interface ExemplarHit {
  exemplar: RubricExemplar;
  words: string[];
}

/** The exemplar an activity's own words match, if any (a Map of them is one). */
export interface OwnExemplars {
  get(activity: Activity): ExemplarHit | undefined;
}

export const NO_EXEMPLARS: OwnExemplars = new Map<Activity, ExemplarHit>();

/**
 * The exemplar each activity's own words match, read at most once for the
 * two stages that use it: category inference (an exemplar may name the
 * category of an item nothing else placed) and judgment (it passes the
 * criteria its author names, for a counted item and the items under it).
 * Read when first asked: a planned item, or one a heading placed, that is
 * not judged is never read.
 */
export function ownExemplars(rubric: Rubric): OwnExemplars {
  if (rubric.exemplars.length === 0) return NO_EXEMPLARS;
  const indexes = exemplarIndexes(rubric);
  const read = new Map<Activity, ExemplarHit | undefined>();
  return {
    get(activity) {
      if (read.has(activity)) return read.get(activity);
      const hit = matchExemplar(rubric, indexes, ownWords(activity));
      read.set(activity, hit);
      return hit;
    },
  };
}

/** The first exemplar every group of which `text` matches, with the words that did it. */
export function matchExemplar(rubric: Rubric, indexes: ExemplarIndexes, text: string): ExemplarHit | undefined {
  const words = wordsOf(text, false);
  // Which groups the words match, first: most items match none of an exemplar's groups, and need no hits gathered.
  const found = keysIn(indexes.index, words);
  if (!found) return undefined;
  for (let at = 0; at < rubric.exemplars.length; at++) {
    const keys = indexes.keys[at] as string[];
    let all = true;
    for (let group = 0; all && group < keys.length; group++) all = found.has(keys[group] as string);
    if (!all || found.has(unlessKey(at))) continue;
    // Every entry counts (no longest match): an exemplar's hits are what its own index would find.
    const hits = scoreWordList(indexes.index, words, false);
    const prefix = `${at}:`;
    return { exemplar: rubric.exemplars[at] as RubricExemplar, words: [...hits.values()].filter((hit) => hit.id.startsWith(prefix)).flatMap((hit) => hit.words) };
  }
  return undefined;
}
