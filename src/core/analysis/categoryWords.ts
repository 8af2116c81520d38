// Which category an activity's own words point to. A rubric gives each
// category words, phrases and word starts with weights (`signals`); an item's
// words are compared by Porter stem ("interviews", "interviewed" and
// "interviewing" all match "interview"), phrases as runs of stems, and a
// `word*` entry by the word's start. The category whose matched weights add up
// highest wins when it is clearly ahead; when two are close the item keeps no
// category and the two are named as candidates. The rubric's `noCategory`
// words (personal admin) veto every category. Matching walks the item's words
// once: no pattern is built from rubric text, so its cost is linear in the
// item's length whatever the rubric holds.

import type { Rubric } from '../rubric/model';
import { compiledRubric } from './compiledRubric';
import { addSignal, emptySignalIndex, scoreWords, type SignalHit, type SignalIndex } from './wordSignals';

/** A category the words point to, with the words that did it. */
export type CategoryGuess = SignalHit;

export interface WordsVerdict {
  /** The category the words decide, when one is clearly ahead. */
  decided?: CategoryGuess;
  /** The two leading categories when they are too close to choose. */
  candidates?: [CategoryGuess, CategoryGuess];
  /** Personal-admin words that keep the item out of every category. */
  personal?: string[];
}

/** The pseudo-category of the rubric's `noCategory` words. */
const PERSONAL = '\u0000none';
/** A category needs matched weights of at least this much to be chosen. */
export const MIN_SCORE = 2;
/** The leader must be this many times the runner-up's score, else the two are "close". */
export const LEAD_RATIO = 1.3;

/** The rubric's category signals, indexed once per rubric object (compiledRubric.ts). */
export function signalIndex(rubric: Rubric): SignalIndex {
  const compiled = compiledRubric(rubric);
  if (!compiled.categorySignals) {
    const index = emptySignalIndex(rubric.categories.map((c) => c.id));
    for (const category of rubric.categories) for (const signal of category.signals) addSignal(index, category.id, signal.text, signal.weight);
    for (const word of rubric.noCategory) addSignal(index, PERSONAL, word.text, word.weight);
    compiled.categorySignals = index;
  }
  return compiled.categorySignals;
}

/** What the words of `text` decide (with `extra`, evidence beyond its signals, added): a category clearly ahead, two close candidates, personal admin, or nothing. */
export function categoryFromWords(index: SignalIndex, text: string, readHead = true, extra?: CategoryGuess): WordsVerdict {
  const scores = scoreWords(index, text, { readHead });
  if (extra) {
    const hit = scores.get(extra.id);
    scores.set(extra.id, hit ? { id: extra.id, score: hit.score + extra.score, words: [...new Set([...extra.words, ...hit.words])] } : extra);
  }
  const personal = scores.get(PERSONAL);
  scores.delete(PERSONAL);
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score || (index.order.get(a.id) ?? 0) - (index.order.get(b.id) ?? 0));
  const [first, second] = ranked;
  // Personal admin wins unless a category's words clearly outweigh it ("expenses for the customer visit" is still admin).
  if (personal && (!first || first.score < personal.score * LEAD_RATIO)) return { personal: personal.words };
  if (!first || first.score < MIN_SCORE) return {};
  if (second && second.score >= MIN_SCORE && first.score < second.score * LEAD_RATIO) return { candidates: [first, second] };
  return { decided: first };
}
