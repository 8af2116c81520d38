// Word and phrase matching for rubric signals. A rubric word ending in `*`
// matches any ending ("debug*" → "debugged"); a lone `*` between words matches
// one word ("all * engineers" → "all 60 engineers"). Matching is
// case-insensitive and on whole words, so "fix" never matches "prefix".
// A wildcard matches at most 32 characters.

import type { Rubric } from '../rubric/model';
import { escapeRegExp } from '../text';
import { compiledRubric } from './compiledRubric';
import { isNegated, stem } from './signals';
import { scanWordRuns } from './wordScan';

// A wildcard stands for at most WILDCARD_LENGTH characters, and a keyword
// holds few of them (the rubric loader reports one with more): so each place
// in a text is tried in bounded time, and matching stays linear in the text
// (issue 23: `a*a*…a*b`, 20 unbounded wildcards, took 115 s on 35 `a`s).
// Words are joined by `\s+`, which no wildcard matches, so their costs add.
export const WILDCARD_LENGTH = 32;
export const MAX_WILDCARDS = 4;
export const MAX_WILDCARDS_IN_A_WORD = 2;

const WORD_CHAR = "[\\p{L}\\p{N}_]";
const ANY_WORD = `[\\p{L}\\p{N}_'/-]{1,${WILDCARD_LENGTH}}`;
const WORD_TAIL = `[\\p{L}\\p{N}_'-]{0,${WILDCARD_LENGTH}}`;

/** Why a keyword holds too many wildcards to match in bounded time, or undefined. */
export function wildcardProblem(keyword: string): string | undefined {
  // Most keywords hold no wildcard: every list's compilation asks for each of its keywords.
  if (!keyword.includes('*')) return undefined;
  const words = keyword.trim().split(/\s+/);
  const stars = words.map((word) => word.split('*').length - 1);
  const total = stars.reduce((sum, count) => sum + count, 0);
  if (total > MAX_WILDCARDS) return `keyword ${JSON.stringify(keyword)} has ${total} wildcards (*); a keyword may hold at most ${MAX_WILDCARDS}`;
  const most = Math.max(...stars);
  if (most > MAX_WILDCARDS_IN_A_WORD) return `keyword ${JSON.stringify(keyword)} has ${most} wildcards (*) in one word; a word may hold at most ${MAX_WILDCARDS_IN_A_WORD}`;
  return undefined;
}

function keywordPattern(keyword: string): string {
  return keyword
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (word === '*' ? ANY_WORD : escapeRegExp(word).replace(/\\\*/g, WORD_TAIL)))
    .join('\\s+');
}

export interface KeywordMatcher {
  /** Distinct matched words or phrases in `text`, in order of appearance, split into affirmed hits and negated ones ("nothing agreed"). */
  findAffirmed(text: string): Affirmed;
}

/** Matched words or phrases, affirmed and negated; read-only, as the result of a text that matches nothing is one shared object. */
export interface Affirmed {
  readonly affirmed: readonly string[];
  readonly negated: readonly string[];
}

/** What a text that matches none of a list's keywords gives: most texts, for most lists. */
const NOTHING_FOUND: Affirmed = Object.freeze({ affirmed: Object.freeze([]), negated: Object.freeze([]) });

export interface KeywordCompiler {
  (keywords: readonly string[]): KeywordMatcher;
  /** The word stems of a rubric list (verbs, quantity units), memoized like the patterns. */
  stems(words: readonly string[]): Set<string>;
  /** A value built once per rubric (a list joined from its criteria), held as long as the rubric. */
  derived<T>(owner: object, name: string, build: () => T): T;
  /** A value built once per rubric for this service's view (it may hold this view's matchers), held as long as the view and the rubric. */
  viewed<T>(owner: object, name: string, build: () => T): T;
}

/**
 * A rubric's keyword lists compiled, its word lists' stems and the values
 * derived from it: pure functions of the rubric, held with it
 * (compiledRubric.ts) and shared by every service.
 */
export interface RubricKeywords {
  /** Each list's scan, by the list (rubric lists are long-lived arrays: a judged activity never joins a hundred words into a key). */
  byList: WeakMap<readonly string[], CompiledList>;
  /** The same by the list's words, so equal lists share one. */
  byWords: Map<string, CompiledList>;
  /** Which lists a word may start, for every list compiled so far: one pass over a text's words tells which lists can match it at all. */
  gate: ListGate;
  stems: WeakMap<readonly string[], Set<string>>;
  derived: WeakMap<object, Map<string, unknown>>;
}

function rubricKeywords(rubric: Rubric): RubricKeywords {
  const compiled = compiledRubric(rubric);
  compiled.keywords ??= { byList: new WeakMap(), byWords: new Map(), gate: { exact: new Map(), starts: new Map(), startLengths: new Map(), singles: new Map(), pairs: new Uint8Array(0x10000), exactSlots: new Uint8Array(0x10000), count: 0 }, stems: new WeakMap(), derived: new WeakMap() };
  return compiled.keywords;
}

/** A service's keyword matching: each rubric's shared compiled lists, read with the service's own memo of the words of recent texts. */
export interface KeywordReader {
  forRubric(rubric: Rubric): KeywordCompiler;
}

/** The service owns one: what it remembers of texts lives as long as the service, the compiled lists as long as their rubric. */
export function createKeywordReader(): KeywordReader {
  // One activity's few texts are checked by every list: split each once.
  const recentWords = new Map<string, TextTokens>();
  // The text read last, checked first: every list of a criterion reads the same text, often the very same string.
  let lastText: string | undefined;
  let lastWords: TextTokens | undefined;
  const wordsOf: TextWords = (text) => {
    if (text === lastText && lastWords) return lastWords;
    let words = recentWords.get(text);
    if (!words) {
      if (recentWords.size >= 16) recentWords.clear();
      words = textWords(text);
      recentWords.set(text, words);
    }
    lastText = text;
    lastWords = words;
    return words;
  };
  const views = new WeakMap<Rubric, KeywordCompiler>();
  return {
    forRubric(rubric) {
      let view = views.get(rubric);
      if (!view) {
        view = keywordView(rubricKeywords(rubric), wordsOf);
        views.set(rubric, view);
      }
      return view;
    },
  };
}

/** The rubric's compiled lists as matchers that read words through `wordsOf`. */
function keywordView(shared: RubricKeywords, wordsOf: TextWords): KeywordCompiler {
  const matchers = new WeakMap<readonly string[], KeywordMatcher>();
  const compiler = (keywords: readonly string[]): KeywordMatcher => {
    let matcher = matchers.get(keywords);
    if (!matcher) {
      matcher = matcherOf(listOf(shared, keywords), wordsOf, shared.gate);
      matchers.set(keywords, matcher);
    }
    return matcher;
  };
  compiler.derived = <T>(owner: object, name: string, build: () => T): T => {
    let values = shared.derived.get(owner);
    if (!values) shared.derived.set(owner, (values = new Map()));
    if (!values.has(name)) values.set(name, build());
    return values.get(name) as T;
  };
  const viewed = new WeakMap<object, Map<string, unknown>>();
  compiler.viewed = <T>(owner: object, name: string, build: () => T): T => {
    let values = viewed.get(owner);
    if (!values) viewed.set(owner, (values = new Map()));
    if (!values.has(name)) values.set(name, build());
    return values.get(name) as T;
  };
  compiler.stems = (words: readonly string[]): Set<string> => {
    let stems = shared.stems.get(words);
    if (!stems) {
      stems = new Set(words.map((word) => word.trim().split(/\s+/).map(stem).join(' ')));
      shared.stems.set(words, stems);
    }
    return stems;
  };
  return compiler;
}

function listOf(shared: RubricKeywords, keywords: readonly string[]): CompiledList {
  let list = shared.byList.get(keywords);
  if (!list) {
    const key = keywords.join('\u0000');
    list = shared.byWords.get(key);
    if (!list) {
      list = compileScan(keywords);
      addToGate(shared.gate, list);
      shared.byWords.set(key, list);
    }
    shared.byList.set(keywords, list);
  }
  return list;
}

/**
 * Every list's keywords by the word they start with, for the whole rubric:
 * by the whole word (a keyword's first word), by its start (`interview*`)
 * and by its first character (a one-character start, `a*`), each with the
 * list's number and the keywords of the list that start there. A text is
 * looked up in a dozen lists per criterion, and most lists find nothing in
 * most texts: its words are looked up here once for every list
 * (`placesOf`), and a list then reads only the words where one of its
 * keywords starts, with those keywords, none at all for most lists.
 */
export interface ListGate {
  exact: Map<string, ListHeads[]>;
  starts: Map<string, ListHeads[]>;
  /** The lengths of the starts of two or more characters, by their pair code (`pairCode`): a word is cut only at the lengths of starts that begin as it does. */
  startLengths: Map<number, number[]>;
  singles: Map<number, ListHeads[]>;
  /**
   * 1 at the `pairSlot` of every whole word's and every start's pair code: a
   * word whose slot holds 0 starts no keyword by its first two characters,
   * and is turned away before a string of it is hashed and looked up.
   */
  pairs: Uint8Array;
  /**
   * 1 at the `exactSlot` of every whole word (a keyword's first word): a word
   * whose slot holds 0 is no whole word of any list, and is not looked up in
   * `exact` (most words that pass `pairs` pass it for a start or for a whole
   * word of another length).
   */
  exactSlots: Uint8Array;
  /** Lists numbered so far. */
  count: number;
}

/** One list's keywords that start at a word: the list's number and their places in the list (`candidatesOf`'s answer). */
interface ListHeads {
  list: number;
  candidates: readonly number[];
}

function addToGate(gate: ListGate, list: CompiledList): void {
  if (!list.heads) return;
  const id = gate.count++;
  list.gateId = id;
  const add = <K>(map: Map<K, ListHeads[]>, key: K, candidates: readonly number[]) => {
    const heads = map.get(key);
    if (heads) heads.push({ list: id, candidates });
    else map.set(key, [{ list: id, candidates }]);
  };
  for (const [word, candidates] of list.heads.exact) {
    add(gate.exact, word, candidates);
    gate.pairs[pairSlot(pairCode(word))] = 1;
    gate.exactSlots[exactSlot(pairCode(word), word.length)] = 1;
  }
  for (const [start, candidates] of list.heads.starts) {
    if (start.length === 1) {
      add(gate.singles, start.charCodeAt(0), candidates);
      continue;
    }
    add(gate.starts, start, candidates);
    gate.pairs[pairSlot(pairCode(start))] = 1;
    const lengths = gate.startLengths.get(pairCode(start));
    if (!lengths) gate.startLengths.set(pairCode(start), [start.length]);
    else if (!lengths.includes(start.length)) lengths.push(start.length);
  }
}

/**
 * Adds word `at` to the places of each list in `heads`, with the list's
 * keywords that start there. A word that starts keywords of one list by
 * more than one head (`team` and `team*`) gets them all, in the list's
 * order, as `candidatesOf` merges them.
 */
function addPlaces(places: ListPlaces, heads: readonly ListHeads[] | undefined, at: number): void {
  if (!heads) return;
  for (let k = 0; k < heads.length; k++) {
    const { list, candidates } = heads[k] as ListHeads;
    const held = places[list];
    if (!held) {
      places[list] = [at, candidates];
      continue;
    }
    const last = held.length - 2;
    if (held[last] !== at) held.push(at, candidates);
    else held[last + 1] = [...(held[last + 1] as readonly number[]), ...candidates].sort((a, b) => a - b);
  }
}

/**
 * For each list of `gate`, the words of `tokens` (by their number, in order)
 * where one of its keywords starts, with those keywords: exactly the words
 * where the list's scan alone finds candidates. Worked out once per text
 * (again when lists were added since).
 */
function placesOf(tokens: TextTokens, gate: ListGate): ListPlaces {
  const held = tokens.places;
  if (held && held.gate === gate && held.count === gate.count) return held.lists;
  const lists: ListPlaces = [];
  for (let at = 0; at < tokens.pairs.length; at++) {
    const lower = tokens.lowers[at] as string;
    const pair = tokens.pairs[at] as number;
    if (gate.pairs[pairSlot(pair)] === 1) {
      if (gate.exactSlots[exactSlot(pair, lower.length)] === 1) addPlaces(lists, gate.exact.get(lower), at);
      const lengths = gate.startLengths.get(pair);
      if (lengths) for (let k = 0; k < lengths.length; k++) if (lower.length >= (lengths[k] as number)) addPlaces(lists, gate.starts.get(lower.slice(0, lengths[k])), at);
    }
    if (gate.singles.size > 0) addPlaces(lists, gate.singles.get(lower.charCodeAt(0)), at);
  }
  tokens.places = { gate, count: gate.count, lists };
  tokens.found = undefined;
  return lists;
}

/** The words of a text, lower-cased, with where each starts and ends: where a keyword may match. */
export interface TextTokens {
  starts: number[];
  ends: number[];
  lowers: string[];
  /** Each word's first two characters as a number (`pairCode`), worked out once for every list that reads the text. */
  pairs: number[];
  /** Where the lists of one rubric's gate may match these words (`placesOf`). */
  places: { gate: ListGate; count: number; lists: ListPlaces } | undefined;
  /** What each list of that gate found in the text, by the list's number: several checks of an item read the same list. Both set from the start, so the record keeps one shape. */
  found: (Affirmed | undefined)[] | undefined;
}

/**
 * Where one list's keywords start in a text: each word (by number, in
 * order) followed by the keywords of the list starting there, in one list
 * (one allocation per list and text, not a record and two lists).
 */
export type ListPlace = (number | readonly number[])[];

/**
 * The places of each list, by the list's number: a list, not a Map (a
 * list's number is small, and its places are read at every reading of the
 * text by every list). A list with no place has none.
 */
type ListPlaces = (ListPlace | undefined)[];

export type TextWords = (text: string) => TextTokens;

/** The words `/[\p{L}\p{N}_]+/gu` finds in `text`, read by one loop (wordScan.ts). */
function textWords(text: string): TextTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const lowers: string[] = [];
  const pairs: number[] = [];
  scanWordRuns(text, (start, end) => {
    const lower = text.slice(start, end).toLowerCase();
    starts.push(start);
    ends.push(end);
    lowers.push(lower);
    pairs.push(pairCode(lower));
  });
  return { starts, ends, lowers, pairs, places: undefined, found: undefined };
}

/** Keyword indexes by their first word: whole (`offer letter`) or, before a `*`, its start (`interview*`), by the start's length. */
interface Heads {
  exact: Map<string, number[]>;
  prefixes: Map<number, Map<string, number[]>>;
}

/** The heads of every keyword, or undefined when one starts with no word (a sign, a wildcard): then only one expression of them all can find its matches. */
function headsOf(usable: readonly string[]): Heads | undefined {
  const heads: Heads = { exact: new Map(), prefixes: new Map() };
  for (const [at, keyword] of usable.entries()) {
    const head = /^[\p{L}\p{N}_]+/u.exec(keyword.toLowerCase())?.[0];
    if (head === undefined) return undefined;
    const byStart = keyword.charAt(head.length) === '*' ? (heads.prefixes.get(head.length) ?? new Map<string, number[]>()) : heads.exact;
    if (byStart !== heads.exact) heads.prefixes.set(head.length, byStart);
    byStart.set(head, [...(byStart.get(head) ?? []), at]);
  }
  return heads;
}

/**
 * Where a list's keywords match in a text, given the text's words (`wordsOf`):
 * compiled once per list, and the same for every text and every service.
 */
export type Scan = (text: string, wordsOf: TextWords, found: (match: string, index: number, lower?: string) => void, places?: ListPlace) => void;

/** A list compiled: its scan and, for a list read word by word, the keywords by the word they start with (whole, or its start before a `*`). */
export interface CompiledList {
  scan: Scan;
  heads?: { exact: ReadonlyMap<string, readonly number[]>; starts: ReadonlyMap<string, readonly number[]> };
  /** Its number in the rubric's gate (only a list with heads has one). */
  gateId?: number;
}

const NO_SCAN: Scan = () => undefined;

/** `byHand` false: every keyword read word by word through its expression (the reference of the reading by hand, in tests). */
export function compileKeywords(keywords: readonly string[], wordsOf: TextWords = textWords, byHand = true): KeywordMatcher {
  return matcherOf(compileScan(keywords, byHand), wordsOf);
}

function compileScan(keywords: readonly string[], byHand = true): CompiledList {
  // A keyword with too many wildcards is reported by the rubric loader; it never reaches the expression.
  const usable = [...new Set(keywords.map((k) => k.trim()).filter((k) => k && wildcardProblem(k) === undefined))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return { scan: NO_SCAN };
  const heads = headsOf(usable);
  return heads ? wordStartMatcher(usable, heads, byHand) : { scan: expressionMatcher(usable) };
}

const NO_HITS: KeywordMatcher = { findAffirmed: () => NOTHING_FOUND };

function matcherOf({ scan, gateId }: CompiledList, wordsOf: TextWords, gate?: ListGate): KeywordMatcher {
  if (scan === NO_SCAN) return NO_HITS;
  if (!gate || gateId === undefined) return { findAffirmed: (text: string) => scanned(scan, text, wordsOf, undefined) };
  return {
    findAffirmed(text: string) {
      // Only the words where one of this list's keywords starts are read; for most lists, none.
      const tokens = wordsOf(text);
      const places = placesOf(tokens, gate)[gateId];
      if (!places) return NOTHING_FOUND;
      const found = (tokens.found ??= []);
      return (found[gateId] ??= scanned(scan, text, wordsOf, places));
    },
  };
}

/**
 * What `scan` finds in `text`, affirmed or negated. Its own function: most
 * readings return before scanning (no word of the text may start the list).
 * One collector for every call, not a closure and two sets each time: the
 * scan is synchronous, and a list finds one or two words in a text, so a
 * lookup in a short array keeps them distinct.
 */
function scanned(scan: Scan, text: string, wordsOf: TextWords, places: ListPlace | undefined): Affirmed {
  const outer = collector;
  const own: Collector = { text, affirmed: undefined, negated: undefined };
  collector = own;
  try {
    scan(text, wordsOf, collect, places);
  } finally {
    collector = outer;
  }
  const { affirmed, negated } = own;
  if (!affirmed && !negated) return NOTHING_FOUND;
  return { affirmed: affirmed ?? [], negated: negated ? negated.filter((word) => !affirmed?.includes(word)) : [] };
}

/** The hits of the scan under way, in order, each once. */
interface Collector {
  text: string;
  affirmed: string[] | undefined;
  negated: string[] | undefined;
}

let collector: Collector = { text: '', affirmed: undefined, negated: undefined };

function collect(match: string, index: number, lower?: string): void {
  // A one-word match comes with its lower-cased word: it holds no space to fold.
  const hit = lower ?? match.toLowerCase().replace(/\s+/g, ' ');
  const own = collector;
  if (isNegated(own.text, index)) {
    if (!own.negated) own.negated = [hit];
    else if (!own.negated.includes(hit)) own.negated.push(hit);
  } else if (!own.affirmed) own.affirmed = [hit];
  else if (!own.affirmed.includes(hit)) own.affirmed.push(hit);
}

/** One expression of every keyword, longest first, tried along the text: for a list with a keyword that starts with no word. */
function expressionMatcher(usable: readonly string[]): Scan {
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${usable.map(keywordPattern).join('|')})(?!${WORD_CHAR})`, 'giu');
  return (text, _wordsOf, found) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found(match[0], match.index);
      if (match[0].length === 0) pattern.lastIndex++;
    }
  };
}

/**
 * A word's first two characters as a small number (its first alone for a
 * one-character word). Two words with the same first two characters have the
 * same number, so a word whose number no keyword head has starts no keyword;
 * two other pairs may share one, which only lets a word through to the full
 * lookup.
 */
function pairCode(word: string): number {
  return (((word.charCodeAt(0) & 0x3fff) << 16) | (word.length > 1 ? word.charCodeAt(1) & 0xffff : 0)) & 0x3fffffff;
}

/** A pair code's place in the gate's `pairs` (two codes may share one: that only lets a word through to the lookup). */
function pairSlot(pair: number): number {
  return (pair ^ (pair >>> 13)) & 0xffff;
}

/** A whole word's place in the gate's `exactSlots`, by its pair code and its length (two words may share one: that only lets a word through to the lookup). */
function exactSlot(pair: number, length: number): number {
  return (pairSlot(pair) + Math.imul(length, 0x9e3779b1)) & 0xffff;
}

/**
 * Which start lengths (by their place in `starts`) hold a start beginning
 * with a pair code (a start of two or more characters) or with a character
 * (a one-character start): a long list has starts of many lengths, and a
 * word is cut only at the lengths of starts that begin as it does.
 */
function startLengthsOf(starts: readonly Map<string, number[]>[]): { byPair: Map<number, number[]>; byFirst: Map<number, number[]> } {
  const byPair = new Map<number, number[]>();
  const byFirst = new Map<number, number[]>();
  starts.forEach((byStart, i) => {
    for (const start of byStart.keys()) {
      const [map, code] = start.length === 1 ? [byFirst, start.charCodeAt(0)] : [byPair, pairCode(start)];
      const held = map.get(code);
      if (!held) map.set(code, [i]);
      else if (!held.includes(i)) held.push(i);
    }
  });
  return { byPair, byFirst };
}

/** The lookup of the keywords a word may start, and the test that rejects most words before it. */
interface CandidateLookup {
  /** Can a word with this pair code and first character start a keyword? (false: it starts none) */
  mayStart(pair: number, first: number): boolean;
  /** The keywords it may start, in the list's order (a new list only when a word fits more than one head), given its pair code. */
  candidatesOf(lower: string, pair: number): readonly number[] | undefined;
}

/**
 * Every word of every text meets every list, and few words start one of its
 * keywords: a word is first tested by the pair code of its first two
 * characters (worked out once per text), which rejects most words without a
 * string lookup and without cutting their starts.
 */
function candidateLookup(exact: Heads['exact'], prefixes: Heads['prefixes']): CandidateLookup & { pairs: Set<number>; singles: Set<number> } {
  const lengths = [...prefixes.keys()];
  const starts = [...prefixes.values()];
  const pairs = new Set([...exact.keys(), ...starts.flatMap((byStart) => [...byStart.keys()])].map(pairCode));
  // A one-character start (`a*`) fits every word that begins with it, whatever follows.
  const singles = new Set(starts.flatMap((byStart) => [...byStart.keys()].filter((start) => start.length === 1).map((start) => start.charCodeAt(0))));
  const mayStart = singles.size === 0 ? (pair: number) => pairs.has(pair) : (pair: number, first: number) => pairs.has(pair) || singles.has(first);
  const { byPair, byFirst } = startLengthsOf(starts);
  const candidatesOf = (lower: string, pair: number): readonly number[] | undefined => {
    let candidates = exact.get(lower);
    let merged = false;
    // Only the lengths of the starts that share the word's first two characters (or its first, for a one-character start) are cut.
    const byTwo = byPair.get(pair);
    const byOne = byFirst.size > 0 ? byFirst.get(lower.charCodeAt(0)) : undefined;
    for (let source = 0; source < 2; source++) {
      const at = source === 0 ? byTwo : byOne;
      if (!at) continue;
      for (let k = 0; k < at.length; k++) {
        const i = at[k] as number;
        const length = lengths[i] as number;
        const more = lower.length >= length ? (starts[i] as Map<string, number[]>).get(lower.slice(0, length)) : undefined;
        if (!more) continue;
        merged = candidates !== undefined;
        candidates = candidates ? [...candidates, ...more] : more;
      }
    }
    return merged ? (candidates as number[]).sort((a, b) => a - b) : candidates;
  };
  return { mayStart, candidatesOf, pairs, singles };
}

/**
 * The same matches as one expression of every keyword, found word by word:
 * at each word start only the keywords whose first word fits there are tried
 * (as one sticky expression, in the list's order, longest first). One
 * expression of a few hundred alternatives was tried at every character,
 * and before V8 compiles it to machine code that cost a new process a
 * quarter of a second on a 10 KB review.
 */
function wordStartMatcher(usable: readonly string[], { exact, prefixes }: Heads, byHand: boolean): CompiledList {
  const plain = usable.map((keyword) => /^[\p{L}\p{N}_]+$/u.test(keyword));
  const expressions = new Map<string, RegExp>();
  // Most candidate lists are the heads' own arrays, the same at every call: found by the array before a key is joined.
  const byArray = new WeakMap<readonly number[], RegExp>();
  const expressionFor = (candidates: readonly number[]): RegExp => {
    let expression = byArray.get(candidates);
    if (expression) return expression;
    const key = candidates.join(',');
    expression = expressions.get(key);
    if (!expression) {
      expression = new RegExp(`(?:${candidates.map((at) => keywordPattern(usable[at] as string)).join('|')})(?!${WORD_CHAR})`, 'iuy');
      expressions.set(key, expression);
    }
    byArray.set(candidates, expression);
    return expression;
  };
  const { mayStart, candidatesOf } = candidateLookup(exact, prefixes);
  const literals = usable.map((keyword) => (byHand ? literalKeyword(keyword) : undefined));
  const scan: Scan = (text, wordsOf, found, places) => {
    const { starts, ends, lowers, pairs } = wordsOf(text);
    let resume = 0;
    // Every word, or only the places the rubric's gate found for this list (the words where its keywords start, with those keywords).
    const count = places ? places.length / 2 : starts.length;
    for (let k = 0; k < count; k++) {
      const at = places ? (places[2 * k] as number) : k;
      const index = starts[at] as number;
      if (index < resume) continue;
      const lower = lowers[at] as string;
      let candidates: readonly number[] | undefined;
      if (places) candidates = places[2 * k + 1] as readonly number[];
      else if (mayStart(pairs[at] as number, lower.charCodeAt(0))) candidates = candidatesOf(lower, pairs[at] as number);
      if (!candidates) continue;
      // The common case, one plain word: it is this very word, no expression needed.
      if (candidates.length === 1 && plain[candidates[0] as number]) {
        found(text.slice(index, ends[at]), index, lower);
        resume = ends[at] as number;
        continue;
      }
      // Plain words and a last word start, of ASCII text, are read by hand: each expression cost a new process its compilation.
      const end = literalEnd(text, index, candidates, literals);
      if (end === NO_MATCH) continue;
      if (end !== UNSURE) {
        found(text.slice(index, end), index);
        resume = end;
        continue;
      }
      const expression = expressionFor(candidates);
      expression.lastIndex = index;
      const match = expression.exec(text);
      if (!match) continue;
      found(match[0], index);
      resume = index + match[0].length;
    }
  };
  return { scan, heads: { exact, starts: new Map([...prefixes.values()].flatMap((byStart) => [...byStart])) } };
}

/**
 * A keyword the scan reads without its expression: words of printable ASCII
 * (lower-cased, as the expression is built), the last of which may end in
 * one `*`. Undefined for anything else (a `*` word, a `*` inside a word, a
 * letter beyond ASCII), which keeps its expression.
 */
interface LiteralKeyword {
  words: readonly string[];
  /** The last word is a start (`debug*`): up to WILDCARD_LENGTH more word characters. */
  start: boolean;
}

function literalKeyword(keyword: string): LiteralKeyword | undefined {
  const words = keyword.trim().toLowerCase().split(/\s+/);
  const last = words.length - 1;
  const start = (words[last] as string).endsWith('*');
  if (start) words[last] = (words[last] as string).slice(0, -1);
  for (const word of words) {
    if (word.length === 0) return undefined;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code < 0x21 || code > 0x7e || code === 0x2a) return undefined;
    }
  }
  return { words, start };
}

/** No candidate matches here. */
const NO_MATCH = -1;
/** A candidate met what only its expression reads exactly (a character beyond ASCII, a keyword not read by hand). */
const UNSURE = -2;

/**
 * Where the first of `candidates` (in the list's order, as the expression's
 * alternatives) that matches at `index` ends, as the sticky expression of
 * them would find it; NO_MATCH, or UNSURE when only the expression can tell.
 */
function literalEnd(text: string, index: number, candidates: readonly number[], literals: readonly (LiteralKeyword | undefined)[]): number {
  for (let k = 0; k < candidates.length; k++) {
    const literal = literals[candidates[k] as number];
    if (!literal) return UNSURE;
    const end = literalAt(text, index, literal);
    if (end !== NO_MATCH) return end;
  }
  return NO_MATCH;
}

/** Where `literal` matches at `index`, as `keywordPattern` reads it with the `iu` flags and the word end after it. */
function literalAt(text: string, index: number, { words, start }: LiteralKeyword): number {
  let at = index;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      // `\s+`: the next word starts with no space, so the run is taken whole.
      const from = at;
      while (at < text.length && isSpaceUnit(text.charCodeAt(at))) at++;
      if (at === from) return NO_MATCH;
    }
    const word = words[w] as string;
    if (at + word.length > text.length) return NO_MATCH;
    for (let i = 0; i < word.length; i++, at++) {
      const code = text.charCodeAt(at);
      // Beyond ASCII, case folding has its own pairs (K and the Kelvin sign, s and ſ): the expression decides.
      if (code > 0x7f) return UNSURE;
      if ((code >= 0x41 && code <= 0x5a ? code + 0x20 : code) !== word.charCodeAt(i)) return NO_MATCH;
    }
  }
  return start ? startEnd(text, at) : endsWord(text, at) ? at : NO_MATCH;
}

/**
 * A word start's tail, `[\p{L}\p{N}_'-]{0,32}` then no word character, as the
 * expression backtracks: the longest tail, up to WILDCARD_LENGTH code points,
 * after which no word character follows.
 */
function startEnd(text: string, at: number): number {
  const ends = [at];
  let end = at;
  for (let taken = 0; taken < WILDCARD_LENGTH && end < text.length; taken++) {
    const point = text.codePointAt(end) as number;
    if (!inKeywordClass(TAIL_CLASS, point)) break;
    end += point >= 0x10000 ? 2 : 1;
    ends.push(end);
  }
  for (let k = ends.length - 1; k >= 0; k--) if (endsWord(text, ends[k] as number)) return ends[k] as number;
  return NO_MATCH;
}

/** `(?![\p{L}\p{N}_])` with the `iu` flags at `at`. */
function endsWord(text: string, at: number): boolean {
  return at >= text.length || !inKeywordClass(WORD_CLASS, text.codePointAt(at) as number);
}

/**
 * A character class of the keyword expressions, with their `iu` flags (case
 * folding adds characters to it: U+0345 folds to a letter), and what it
 * answered for each code unit of the Basic Multilingual Plane, asked once.
 */
interface KeywordClass {
  expression: RegExp;
  /** 0 not asked yet, 1 outside, 2 inside. */
  plane: Uint8Array;
}

const keywordClass = (source: string): KeywordClass => ({ expression: new RegExp(`^${source}$`, 'iu'), plane: new Uint8Array(0x10000) });
const WORD_CLASS = keywordClass(WORD_CHAR);
const TAIL_CLASS = keywordClass("[\\p{L}\\p{N}_'-]");

function inKeywordClass(keywordClass: KeywordClass, point: number): boolean {
  if (point >= 0x10000) return keywordClass.expression.test(String.fromCodePoint(point));
  let known = keywordClass.plane[point] as number;
  if (known === 0) {
    known = keywordClass.expression.test(String.fromCharCode(point)) ? 2 : 1;
    keywordClass.plane[point] = known;
  }
  return known === 2;
}

/** `\s` with the `u` flag: spaces are the same in every case. */
const SPACE = /^\s$/u;
const spaces = new Uint8Array(0x10000);

function isSpaceUnit(code: number): boolean {
  let known = spaces[code] as number;
  if (known === 0) {
    known = SPACE.test(String.fromCharCode(code)) ? 2 : 1;
    spaces[code] = known;
  }
  return known === 2;
}
