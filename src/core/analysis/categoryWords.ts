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
import { isNegator, stem } from './signals';

/** A category the words point to, with the words that did it. */
export interface CategoryGuess {
  id: string;
  score: number;
  words: string[];
}

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
/** Weight of a `noCategory` word: as strong as a category's strongest usual signal. */
const PERSONAL_WEIGHT = 3;
/** A category needs matched weights of at least this much to be chosen. */
export const MIN_SCORE = 2;
/** The leader must be this many times the runner-up's score, else the two are "close". */
export const LEAD_RATIO = 1.5;

interface Entry {
  categoryId: string;
  weight: number;
  /** Stems after the first (a phrase); empty for one word. */
  rest: string[];
  /** Matches by word start (`interview*`). */
  prefix?: string;
}

export interface SignalIndex {
  /** Entries by the stem of their first word. */
  byStem: Map<string, Entry[]>;
  /** Word-start entries by the length of their start, then by the start. */
  byPrefix: Map<number, Map<string, Entry[]>>;
  /** Category ids in rubric order, to break exact ties the same way every time. */
  order: Map<string, number>;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
/** Where an item's head ends: the first clause break ("Offer call with Tomás, the staff SRE" → "Offer call with Tomás"). */
const CLAUSE_BREAK = /[,;(!?—–→]|:(?!\d)|\.(?:\s|$)|\s(?:[-=]>?|\+)\s/u;
/** Words in the head name what the time was spent on; the rest is what it was about. */
export const HEAD_WEIGHT = 2;

export interface Word {
  word: string;
  stem: string;
  /** In the item's head, before its first clause break. */
  head: boolean;
}

/** The lower-cased words of a text and their stems, in order. */
export function wordsOf(text: string, readHead = true): Word[] {
  const words: Word[] = [];
  const lower = text.toLowerCase();
  const headEnd = readHead ? (CLAUSE_BREAK.exec(lower)?.index ?? lower.length) : 0;
  for (const match of lower.matchAll(WORD)) words.push({ word: match[0], stem: stem(match[0]), head: match.index < headEnd });
  return words;
}

/**
 * Adds an entry; one that reads the same as an entry of its category already
 * there ("demo" and "demos" share a stem) is merged into it at the larger
 * weight, so a word never counts twice.
 */
function add<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [entry]);
    return;
  }
  const same = list.find((e) => e.categoryId === entry.categoryId && e.prefix === entry.prefix && e.rest.join(' ') === entry.rest.join(' '));
  if (same) same.weight = Math.max(same.weight, entry.weight);
  else list.push(entry);
}

function addSignal(index: SignalIndex, categoryId: string, text: string, weight: number): void {
  const trimmed = text.trim().toLowerCase();
  const start = trimmed.endsWith('*') ? trimmed.slice(0, -1) : '';
  // A word start (`interview*`) must be one word; anything else is read as words, the way item text is.
  if (start && wordsOf(start).length === 1 && wordsOf(start)[0]?.word === start) {
    const starts = index.byPrefix.get(start.length) ?? new Map<string, Entry[]>();
    add(starts, start, { categoryId, weight, rest: [], prefix: start });
    index.byPrefix.set(start.length, starts);
    return;
  }
  const stems = wordsOf(trimmed).map((word) => word.stem);
  if (stems.length === 0) return;
  add(index.byStem, stems[0] as string, { categoryId, weight, rest: stems.slice(1) });
}

/** The rubric's category signals, indexed once per rubric object (`held` is the service's cache of them). */
export function signalIndex(rubric: Rubric, held: WeakMap<Rubric, SignalIndex>): SignalIndex {
  let index = held.get(rubric);
  if (!index) {
    index = { byStem: new Map(), byPrefix: new Map(), order: new Map(rubric.categories.map((c, i) => [c.id, i])) };
    for (const category of rubric.categories) for (const signal of category.signals) addSignal(index, category.id, signal.text, signal.weight);
    for (const word of rubric.noCategory) addSignal(index, PERSONAL, word, PERSONAL_WEIGHT);
    held.set(rubric, index);
  }
  return index;
}

function phraseAt(words: readonly { stem: string }[], at: number, rest: readonly string[]): boolean {
  for (let i = 0; i < rest.length; i++) if (words[at + 1 + i]?.stem !== rest[i]) return false;
  return true;
}

/** The entries matched at word `at`, with how many words each spans. */
function matchesAt(index: SignalIndex, words: readonly Word[], at: number): { entry: Entry; span: number }[] {
  const { word, stem: wordStem } = words[at] as Word;
  const found: { entry: Entry; span: number }[] = [];
  for (const entry of index.byStem.get(wordStem) ?? []) if (phraseAt(words, at, entry.rest)) found.push({ entry, span: 1 + entry.rest.length });
  for (const [length, starts] of index.byPrefix) {
    if (word.length < length) continue;
    for (const entry of starts.get(word.slice(0, length)) ?? []) found.push({ entry, span: 1 });
  }
  return found;
}

/** Is word `at` negated by one of the three words before it? */
function negated(words: readonly { word: string }[], at: number): boolean {
  for (let back = Math.max(0, at - 3); back < at; back++) if (isNegator((words[back] as { word: string }).word)) return true;
  return false;
}

/** Matched weight and words per category (and the personal pseudo-category) in `text`; `readHead`: an item's head counts more (a heading is read flat). */
export function scoreWords(index: SignalIndex, text: string, readHead = true): Map<string, CategoryGuess> {
  const words = wordsOf(text, readHead);
  const scores = new Map<string, CategoryGuess>();
  // Each entry counts once per item, however often its word recurs: "interview, interview" is one signal.
  const counted = new Set<Entry>();
  for (let at = 0; at < words.length; at++) {
    // "Not hiring", "no customer calls": a negated word points nowhere.
    if (negated(words, at)) continue;
    // The longest signals that start here count, and the words they cover are not read again ("design review", not also "design").
    const found = matchesAt(index, words, at);
    const span = Math.max(0, ...found.map((match) => match.span));
    for (const { entry } of found.filter((match) => match.span === span)) {
      if (counted.has(entry)) continue;
      counted.add(entry);
      const guess = scores.get(entry.categoryId) ?? { id: entry.categoryId, score: 0, words: [] };
      guess.score += entry.weight * ((words[at] as Word).head ? HEAD_WEIGHT : 1);
      const said = words.slice(at, at + span).map((w) => w.word).join(' ');
      if (!guess.words.includes(said)) guess.words.push(said);
      scores.set(entry.categoryId, guess);
    }
    if (span > 1) at += span - 1;
  }
  return scores;
}

/** What the words of `text` decide: a category clearly ahead, two close candidates, personal admin, or nothing. */
export function categoryFromWords(index: SignalIndex, text: string, readHead = true): WordsVerdict {
  const scores = scoreWords(index, text, readHead);
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
