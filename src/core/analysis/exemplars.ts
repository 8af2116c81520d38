// Recognising the rubric's exemplars: the work its author names as worthy
// (or low) in their own words. An exemplar is a few groups of words; an item
// matches it when each group has a word, phrase or word start in the item
// (by stem, not negated), as "1:1s" + "leads" recognise "3h 1:1s with each of
// my six team leads". The first exemplar of the rubric that matches wins.

import type { Rubric, RubricExemplar } from '../rubric/model';
import { compiledRubric } from './compiledRubric';
import { addSignal, emptySignalIndex, scoreWordList, wordsOf, type SignalIndex } from './wordSignals';

/** One index per exemplar, its keys the numbers of its groups. */
export type ExemplarIndexes = SignalIndex[];

/** The rubric's exemplars indexed, once per rubric object (compiledRubric.ts). */
export function exemplarIndexes(rubric: Rubric): ExemplarIndexes {
  const compiled = compiledRubric(rubric);
  compiled.exemplars ??= rubric.exemplars.map((exemplar) => {
    const index = emptySignalIndex();
    exemplar.match.forEach((group, at) => { for (const word of group) addSignal(index, String(at), word, 1); });
    return index;
  });
  return compiled.exemplars;
}

/** The first exemplar every group of which `text` matches, with the words that did it. */
export function matchExemplar(rubric: Rubric, indexes: ExemplarIndexes, text: string): { exemplar: RubricExemplar; words: string[] } | undefined {
  // Read once, matched against every exemplar's groups.
  const words = wordsOf(text, false);
  for (let at = 0; at < rubric.exemplars.length; at++) {
    const exemplar = rubric.exemplars[at] as RubricExemplar;
    const hits = scoreWordList(indexes[at] as SignalIndex, words, false);
    if (exemplar.match.every((_, group) => hits.has(String(group)))) return { exemplar, words: [...hits.values()].flatMap((hit) => hit.words) };
  }
  return undefined;
}
