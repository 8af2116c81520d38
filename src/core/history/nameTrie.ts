// Finding many names in a text by a walk over a trie of their characters, not
// by one regular expression of them all: V8 tries each alternative of such an
// expression at each place a name may start, so 8,000 people and as many
// items took 22 s. The walks give the same matches as the expressions did:
// - `createFoldedTrie` (names and handles, any case): the candidates at a
//   place are the entries the walk passes; each is confirmed, in the
//   expression's order of alternatives (longest first), by its own sticky
//   expression with the old flags, so V8's case folding decides as before.
//   The walk's folding only has to put together the characters `iu` folds
//   together (it may put more together; the confirmation sorts them out).
// - `createExactTrie` (first names, case-sensitive): the walk itself decides.
// A place is one the expressions' `(?<![\p{L}\p{N}_@])` allows; the scan
// moves on a code point at a time, or past a match, as a global one did.

import { escapeRegExp } from '../text';

const WORD_AT = /[\p{L}\p{N}_]/uy;
const SPACE_AT = /\s/y;
const CAPITAL_AT = /\p{Lu}/uy;

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Where the code point before `at` starts (a surrogate pair is one code point under `u`). */
function previousStart(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
}

/** `(?<![\p{L}\p{N}_@])`: a match may start at `at`. */
function mayStartAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = previousStart(text, at);
  return text.charCodeAt(before) !== 0x40 && !matchesAt(WORD_AT, text, before);
}

/** `END`, `(?![\p{L}\p{N}_]|[.-][\p{L}\p{N}_])` at `at`: no word character follows, nor `.`/`-` that continues a word (`@ana.silva`). */
function endsAt(text: string, at: number): boolean {
  if (matchesAt(WORD_AT, text, at)) return false;
  const next = text.charCodeAt(at);
  return !((next === 0x2e || next === 0x2d) && matchesAt(WORD_AT, text, at + 1));
}

/** `(?![ \t]+\p{Lu})` at `at`: no capitalised word follows on the line ("Ana Silvano"). */
function noCapitalAfter(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i === at || !matchesAt(CAPITAL_AT, text, i);
}

const stepOf = (code: number) => (code > 0xffff ? 2 : 1);

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  /** The edge for `\s+` (a run of white space in a name). */
  space?: TrieNode<T>;
  ends: T[];
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), ends: [] });

function insert<T>(root: TrieNode<T>, key: string, fold: (code: number) => number, value: T, spaceRuns: boolean): void {
  let at = root;
  for (const char of key) {
    if (spaceRuns && char === ' ') at = at.space ??= node();
    else {
      const code = fold(char.codePointAt(0) as number);
      let child = at.next.get(code);
      if (!child) at.next.set(code, (child = node()));
      at = child;
    }
  }
  at.ends.push(value);
}

/** The entries of the keys that the text at `from` starts with (as the walk folds), shortest first, each with where it ends. */
function walk<T>(root: TrieNode<T>, text: string, from: number, fold: (code: number) => number, out: { value: T; end: number }[]): void {
  let at: TrieNode<T> | undefined = root;
  let i = from;
  while (at) {
    for (const value of at.ends) out.push({ value, end: i });
    if (i >= text.length) return;
    if (at.space && matchesAt(SPACE_AT, text, i)) {
      while (matchesAt(SPACE_AT, text, i)) i++;
      at = at.space;
      continue;
    }
    const code = text.codePointAt(i) as number;
    at = at.next.get(fold(code));
    i += stepOf(code);
  }
}

/**
 * Simple case foldings (Unicode 15) that neither upper nor lower case gives:
 * each of these pairs has a several-character upper case.
 */
const FOLDS_APART = new Map([[0x1fd3, 0x390], [0x1fe3, 0x3b0], [0xfb05, 0xfb06]]);

/** `text` if it is one code point. */
const single = (text: string) => (text.length === 1 || (text.length === 2 && (text.codePointAt(0) as number) > 0xffff) ? text : undefined);

/**
 * A folding that puts together every pair of characters the `iu` flags
 * match to each other (simple case folding): upper case, then lower case,
 * where each is one code point (checked against V8 over every character
 * with a case). It also puts together some that `iu` keeps apart (the
 * dotless ı with i): the confirmation tells those apart.
 */
function createFold(): (code: number) => number {
  const cache = new Map<number, number>();
  return (code) => {
    let folded = cache.get(code);
    if (folded === undefined) {
      const char = String.fromCodePoint(FOLDS_APART.get(code) ?? code);
      const upper = single(char.toUpperCase()) ?? char;
      folded = (single(upper.toLowerCase()) ?? single(char.toLowerCase()) ?? char).codePointAt(0) as number;
      cache.set(code, folded);
    }
    return folded;
  };
}

/** One alternative of the old expression: its key and its own sticky expression (built on first use). */
export interface Alternative {
  /** Its place in the old alternation: the first that matches at a place wins. */
  rank: number;
  /** Its part of the old expression, without `END`. */
  source: string;
  ascii: boolean;
  pattern?: RegExp;
}

export interface FoldedMatch {
  alternative: Alternative;
  start: number;
  end: number;
}

/** The matches of `(?<![\p{L}\p{N}_@])(?:alternatives in rank order)END`, as `matchAll` with `giu` gave them. */
export type FoldedScan = (text: string) => FoldedMatch[];

const ASCII = /^[\0-\x7f]*$/;

/**
 * Where the alternative that the walk found at `at` (up to `walked`) ends, if
 * its part of the old expression matches there and `END` holds after it. An
 * ASCII key on ASCII text needs no expression: there the walk's folding is
 * the flags' own. Its own expression without `END` (whose letter classes
 * cost V8 half a millisecond to build under `iu`), and `END` by `endsAt`.
 */
function confirmedEnd(alternative: Alternative, text: string, at: number, walked: number): number | undefined {
  let end = walked;
  if (!alternative.ascii || !ASCII.test(text.slice(at, walked))) {
    const pattern = (alternative.pattern ??= new RegExp(alternative.source, 'iuy'));
    if (!matchesAt(pattern, text, at)) return undefined;
    end = pattern.lastIndex;
  }
  return endsAt(text, end) ? end : undefined;
}

/**
 * A scan for alternatives given as keys: a key is matched character by
 * character, any case; with `spaceRuns`, a space in it stands for `\s+`. Each
 * alternative's `source` is its part of the old expression, without `END`.
 */
export function createFoldedScan(entries: readonly { key: string; spaceRuns: boolean; source: string }[]): FoldedScan {
  const fold = createFold();
  // Keys of literal characters and keys with space runs apart: a literal space in one is no run in the other.
  const literal = node<Alternative>();
  const runs = node<Alternative>();
  entries.forEach(({ key, spaceRuns, source }, rank) => insert(spaceRuns ? runs : literal, key, fold, { rank, source, ascii: ASCII.test(key) }, spaceRuns));
  const candidates: { value: Alternative; end: number }[] = [];
  return (text) => {
    const matches: FoldedMatch[] = [];
    for (let at = 0; at < text.length; ) {
      candidates.length = 0;
      if (mayStartAt(text, at)) {
        walk(literal, text, at, fold, candidates);
        walk(runs, text, at, fold, candidates);
      }
      if (candidates.length > 1) candidates.sort((a, b) => a.value.rank - b.value.rank);
      let end: number | undefined;
      for (const { value, end: walked } of candidates) {
        end = confirmedEnd(value, text, at, walked);
        if (end !== undefined) {
          matches.push({ alternative: value, start: at, end });
          break;
        }
      }
      // An empty match (a key of nothing) moves on a code point, as a global expression does.
      at = end !== undefined && end > at ? end : at + stepOf(text.codePointAt(at) as number);
    }
    return matches;
  };
}

/**
 * A scan for names written exactly (case-sensitive), each followed by no word
 * character and by no capitalised word: the matches of the old
 * `(?<![\p{L}\p{N}_@])(names, longest first)END(?![ \t]+\p{Lu})` with `gu`.
 */
export function createExactScan(names: Iterable<string>): (text: string) => string[] {
  const same = (code: number) => code;
  const root = node<string>();
  for (const name of names) insert(root, name, same, name, false);
  const candidates: { value: string; end: number }[] = [];
  return (text) => {
    const found: string[] = [];
    for (let at = 0; at < text.length; ) {
      candidates.length = 0;
      if (mayStartAt(text, at)) walk(root, text, at, same, candidates);
      // Longest first: along one walk a later entry is a longer name.
      let end: number | undefined;
      for (let i = candidates.length - 1; i >= 0 && end === undefined; i--) {
        const { value, end: after } = candidates[i] as { value: string; end: number };
        if (endsAt(text, after) && noCapitalAfter(text, after)) {
          found.push(value);
          end = after;
        }
      }
      at = end ?? at + stepOf(text.codePointAt(at) as number);
    }
    return found;
  };
}

/** The old expression's part for a name: its characters, white space as `\s+`. */
export const spaced = (name: string): string => escapeRegExp(name.trim()).replace(/\s+/g, '\\s+');
