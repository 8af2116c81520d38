// Words, phrases and word starts with weights, matched against a text by
// Porter stem ("interviews", "interviewed" and "interviewing" all match
// "interview"), phrases as runs of stems and a `word*` entry by the word's
// start. What category inference and the rubric's exemplars read. Matching
// walks the text's words once: no pattern is built from rubric text, so the
// cost is linear in the text's length whatever the rubric holds. A negated
// word ("not hiring", "no customer calls") matches nothing; the longest
// entry that starts at a word wins, and the words it covers are not read
// again; words in an item's head (before its first clause break) count twice.

import { isNegator, stem } from './signals';
import { scanSignalWords } from './wordScan';

/** A key the words point to, with how strongly and the words that did it. */
export interface SignalHit {
  id: string;
  score: number;
  words: string[];
}

interface Entry {
  key: string;
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
  /**
   * The lengths of the word starts by their `startCode` (a one-character
   * start's by its character), each list in the order of `byPrefix`: a word
   * is cut only at the lengths of the starts that begin as it does, and one
   * whose code none has starts no entry.
   */
  startLengths: Map<number, number[]>;
  /** Keys in rubric order, to break exact ties the same way every time. */
  order: Map<string, number>;
}

/** What a word is, as `scanSignalWords` reads it: `/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu`. */
/** Where an item's head ends: the first clause break ("Offer call with Tomás, the staff SRE" → "Offer call with Tomás"). */
const CLAUSE_BREAK = /[,;(!?—–→]|:(?!\d)|\.(?:\s|$)|\s(?:[-=]>?|\+)\s/u;
/** An item's head: its text up to the first clause break, where category words count twice. */
export function headOf(text: string): string {
  const end = CLAUSE_BREAK.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** Words in the head name what the time was spent on; the rest is what it was about. */
export const HEAD_WEIGHT = 2;

/**
 * Words inside quotation marks count this much: a quoted title names the
 * document the time was spent on ("Renamed the "Platform Vision" wiki page"),
 * not the kind of work.
 */
export const QUOTED_WEIGHT = 1;

export interface Word {
  word: string;
  stem: string;
  /** In the item's head, before its first clause break. */
  head: boolean;
  /** Inside quotation marks (read only with the head). */
  quoted?: boolean;
}

/** Where quoted spans start and end, as alternating offsets: one pass, straight or curly quotes. */
function quoteBounds(text: string): number[] {
  const bounds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const open = bounds.length % 2 === 0;
    if (c === '"' || (open && c === '\u201c') || (!open && c === '\u201d')) bounds.push(i);
  }
  // An unclosed quote quotes nothing.
  if (bounds.length % 2 === 1) bounds.pop();
  return bounds;
}

/** The lower-cased words of a text and their stems, in order. */
export function wordsOf(text: string, readHead = true): Word[] {
  const words: Word[] = [];
  const lower = text.toLowerCase();
  const headEnd = readHead ? (CLAUSE_BREAK.exec(lower)?.index ?? lower.length) : 0;
  const quotes = readHead ? quoteBounds(lower) : [];
  let next = 0;
  // The matches of WORD, by one loop (wordScan.ts).
  scanSignalWords(lower, (start, end) => {
    while (next < quotes.length && (quotes[next] as number) < start) next++;
    const text = lower.slice(start, end);
    const word: Word = { word: text, stem: stem(text), head: start < headEnd };
    if (next % 2 === 1) word.quoted = true;
    words.push(word);
  });
  return words;
}

/** How much a word's signal counts where it stands. */
function placeWeight(word: Word): number {
  if (word.quoted) return QUOTED_WEIGHT;
  return word.head ? HEAD_WEIGHT : 1;
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
  const same = list.find((e) => e.key === entry.key && e.prefix === entry.prefix && e.rest.join(' ') === entry.rest.join(' '));
  if (same) same.weight = Math.max(same.weight, entry.weight);
  else list.push(entry);
}

/**
 * Is `text` (lower-cased) one word as `wordsOf` reads words, the whole of
 * it? What `wordsOf(text).length === 1 && wordsOf(text)[0].word === text`
 * asks, without stemming the word: a rubric's few hundred word starts were
 * each stemmed twice, for nothing, by the first check of a process.
 */
function isOneWord(text: string): boolean {
  const lower = text.toLowerCase();
  let words = 0;
  let word = '';
  scanSignalWords(lower, (start, end) => {
    if (++words === 1) word = lower.slice(start, end);
  });
  return words === 1 && word === text;
}

export function addSignal(index: SignalIndex, key: string, text: string, weight: number): void {
  const trimmed = text.trim().toLowerCase();
  const start = trimmed.endsWith('*') ? trimmed.slice(0, -1) : '';
  // A word start (`interview*`) must be one word; anything else is read as words, the way item text is.
  if (start && isOneWord(start)) {
    const starts = index.byPrefix.get(start.length) ?? new Map<string, Entry[]>();
    add(starts, start, { key, weight, rest: [], prefix: start });
    index.byPrefix.set(start.length, starts);
    addStartLength(index, start);
    return;
  }
  // Only the stems: the head and the quotes (`readHead`) change no word and no stem.
  const stems = wordsOf(trimmed, false).map((word) => word.stem);
  if (stems.length === 0) return;
  add(index.byStem, stems[0] as string, { key, weight, rest: stems.slice(1) });
}

/** Files the length of a word start under its code, keeping each list in the order of `byPrefix`. */
function addStartLength(index: SignalIndex, start: string): void {
  const code = startCode(start);
  const lengths = index.startLengths.get(code) ?? [];
  if (lengths.includes(start.length)) return;
  const order = [...index.byPrefix.keys()];
  lengths.push(start.length);
  lengths.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  index.startLengths.set(code, lengths);
}

/** An empty index; `order` lists the keys in the order exact ties are broken. */
export function emptySignalIndex(order: readonly string[] = []): SignalIndex {
  return { byStem: new Map(), byPrefix: new Map(), startLengths: new Map(), order: new Map(order.map((key, i) => [key, i])) };
}

/** A word's first two characters as a number (a one-character word's one); a word start's, for `startCodes`. */
function startCode(word: string): number {
  return word.length > 1 ? word.charCodeAt(0) * 0x10000 + word.charCodeAt(1) : word.charCodeAt(0);
}

function phraseAt(words: readonly { stem: string }[], at: number, rest: readonly string[]): boolean {
  for (let i = 0; i < rest.length; i++) if (words[at + 1 + i]?.stem !== rest[i]) return false;
  return true;
}

const NOTHING: readonly { entry: Entry; span: number }[] = [];

/** The entries matched at word `at`, with how many words each spans. */
function matchesAt(index: SignalIndex, words: readonly Word[], at: number): readonly { entry: Entry; span: number }[] {
  const { word, stem: wordStem } = words[at] as Word;
  let found: { entry: Entry; span: number }[] | undefined;
  for (const entry of index.byStem.get(wordStem) ?? NO_ENTRIES) if (phraseAt(words, at, entry.rest)) (found ??= []).push({ entry, span: 1 + entry.rest.length });
  return startsAt(index, word, startLengthsOf(index, word), found) ?? NOTHING;
}

/**
 * The lengths of the word starts `word` may begin, in the order of
 * `byPrefix` (as a walk over every length gave them): a one-character start
 * is under the word's first character alone, any other under its first two.
 */
function startLengthsOf(index: SignalIndex, word: string): readonly number[] {
  const byTwo = index.startLengths.get(startCode(word));
  const byOne = word.length > 1 ? index.startLengths.get(word.charCodeAt(0)) : undefined;
  if (!byTwo || !byOne) return byTwo ?? byOne ?? NO_LENGTHS;
  return [...index.byPrefix.keys()].filter((length) => byTwo.includes(length) || byOne.includes(length));
}

const NO_ENTRIES: readonly Entry[] = [];

/** The word-start entries `word` matches, after `found`, trying only `lengths` (`startLengthsOf`). */
function startsAt(index: SignalIndex, word: string, lengths: readonly number[], found: { entry: Entry; span: number }[] | undefined): { entry: Entry; span: number }[] | undefined {
  for (let k = 0; k < lengths.length; k++) {
    const length = lengths[k] as number;
    if (word.length < length) continue;
    const entries = index.byPrefix.get(length)?.get(word.slice(0, length));
    if (entries) for (const entry of entries) (found ??= []).push({ entry, span: 1 });
  }
  return found;
}

const NO_LENGTHS: readonly number[] = [];

/** One match per key at a word: "renewal" is one signal, however many of a category's entries ("renew", "renewal*") read it. */
function strongestPerKey<T extends { entry: Entry }>(found: readonly T[]): readonly T[] {
  // One match (the usual case) is its key's strongest.
  if (found.length === 1) return found;
  const best = new Map<string, T>();
  for (const match of found) {
    const held = best.get(match.entry.key);
    if (!held || match.entry.weight > held.entry.weight) best.set(match.entry.key, match);
  }
  return [...best.values()];
}

/** Is word `at` negated by one of the three words before it? */
function negated(words: readonly { word: string }[], at: number): boolean {
  for (let back = Math.max(0, at - 3); back < at; back++) if (isNegator((words[back] as { word: string }).word)) return true;
  return false;
}

/** Matched weight and words per key in `text`. */
export interface ReadOptions {
  /** An item's head counts more (true); a heading or an exemplar is read flat (false). */
  readHead?: boolean;
  /** Only the longest entries starting at a word count, and the words they cover are not read again (true); or every entry counts (false). */
  longest?: boolean;
}

export function scoreWords(index: SignalIndex, text: string, { readHead = true, longest = true }: ReadOptions = {}): Map<string, SignalHit> {
  return scoreWordList(index, wordsOf(text, readHead), longest);
}

/**
 * The keys `scoreWordList(index, words, false)` gives, without their scores
 * and words (undefined for none): whether an item can match an exemplar at
 * all, which most items cannot, before its hits are gathered.
 */
export function keysIn(index: SignalIndex, words: readonly Word[]): Set<string> | undefined {
  let keys: Set<string> | undefined;
  for (let at = 0; at < words.length; at++) {
    const found = keysAt(index, words, at);
    if (found === 0 || negated(words, at)) continue;
    for (let k = 0; k < found; k++) (keys ??= new Set()).add(keysHere[k] as string);
  }
  return keys;
}

/** The keys found at a word by `keysIn`, overwritten from the start at each word: one list for every call, not a record per entry (emptying it at each word took a tenth of this reading). */
const keysHere: string[] = [];

/** How many keys of the entries `matchesAt` finds at word `at` were put at the start of `keysHere`, in its order: only their keys are read. */
function keysAt(index: SignalIndex, words: readonly Word[], at: number): number {
  let found = 0;
  const { word, stem: wordStem } = words[at] as Word;
  const byStem = index.byStem.get(wordStem);
  if (byStem) for (const entry of byStem) if (phraseAt(words, at, entry.rest)) keysHere[found++] = entry.key;
  const lengths = startLengthsOf(index, word);
  for (let k = 0; k < lengths.length; k++) {
    const length = lengths[k] as number;
    if (word.length < length) continue;
    const entries = index.byPrefix.get(length)?.get(word.slice(0, length));
    if (entries) for (const entry of entries) keysHere[found++] = entry.key;
  }
  return found;
}

/** `scoreWords` over words already read (several indexes over one text read it once). */
export function scoreWordList(index: SignalIndex, words: readonly Word[], longest = true): Map<string, SignalHit> {
  const scores = new Map<string, SignalHit>();
  // Each entry counts once per item, however often its word recurs: "interview, interview" is one signal. Made at the first match: most texts match no entry.
  let counted: Set<Entry> | undefined;
  for (let at = 0; at < words.length; at++) {
    // The longest signals that start here count, and the words they cover are not read again ("design review", not also "design").
    const found = matchesAt(index, words, at);
    // "Not hiring", "no customer calls": a negated word points nowhere.
    if (found.length === 0 || negated(words, at)) continue;
    let span = 0;
    for (const match of found) span = Math.max(span, match.span);
    for (const { entry, span: own } of strongestPerKey(longest && found.length > 1 ? found.filter((match) => match.span === span) : found)) {
      counted ??= new Set();
      if (counted.has(entry)) continue;
      counted.add(entry);
      const guess = scores.get(entry.key) ?? { id: entry.key, score: 0, words: [] };
      guess.score += entry.weight * placeWeight(words[at] as Word);
      const said = own === 1 ? (words[at] as Word).word : words.slice(at, at + own).map((w) => w.word).join(' ');
      if (!guess.words.includes(said)) guess.words.push(said);
      scores.set(entry.key, guess);
    }
    if (longest && span > 1) at += span - 1;
  }
  return scores;
}

