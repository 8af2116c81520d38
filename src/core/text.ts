// Small text helpers shared by heading matching, tags, keyword search and the
// remembered verdicts' similarity; and array helpers that keep arrays packed.

import { stemmer } from 'stemmer';

/** A word's Porter stem, lower-cased and without a possessive `'s`: "Scheduled" and "schedules" meet at "schedul". */
export function stem(word: string): string {
  const memo = activeStems;
  if (memo === undefined) return stemOf(word);
  let found = memo.get(word);
  if (found === undefined) {
    if (memo.size >= STEM_MEMO_LIMIT) memo.clear();
    found = stemOf(word);
    memo.set(word, found);
  }
  return found;
}

function stemOf(word: string): string {
  return stemmer(word.toLowerCase().replace(/['’]s$/, ''));
}

/**
 * A service's memo of the stems it has worked out: while it checks a review,
 * every reader (exemplars, inference, outcome reading, the main verbs) stems
 * the same words of each item, and the Porter stemmer is a tenth of a cold
 * check. The memo belongs to one service (cache.ts), is bounded, and is read
 * only while that service checks (`withStems`), so a new service stems every
 * word again: nothing read from a document is shared across services.
 */
export type StemMemo = Map<string, string>;

/** Distinct words a memo holds before it starts over (a 1 MB review has a few thousand). */
export const STEM_MEMO_LIMIT = 20_000;

// Set only for the duration of one synchronous check (`withStems`): the
// memo reaches every reader without adding a parameter to each of them.
let activeStems: StemMemo | undefined;

/** Runs `work` (synchronous) with `memo` as the memo `stem` reads and fills, then restores the one before. */
export function withStems<T>(memo: StemMemo, work: () => T): T {
  const previous = activeStems;
  activeStems = memo;
  try {
    return work();
  } finally {
    activeStems = previous;
  }
}

/**
 * A label of ASCII letters, digits, spaces, `&` and `-` ("Sales & customers",
 * "Long-term architecture"): `normalizeLabel` splits it at the others and
 * drops "and", with no expression over the Unicode classes (three of them
 * took a heading about 3 µs, 1% of a cold check). No ASCII character is an
 * emoji, and `&` folds into an "and" that is dropped.
 */
const PLAIN_LABEL = /^[A-Za-z0-9 &-]*$/;

/** Lower-cases, drops emoji, punctuation and a trailing `(…)`, folds `&` into `and`, collapses spaces. */
export function normalizeLabel(text: string): string {
  const base = withoutTrailingGroup(text);
  if (PLAIN_LABEL.test(base)) return base.toLowerCase().split(/[ &-]/).filter((word) => word && word !== 'and').join(' ');
  return base
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && word !== 'and')
    .join(' ');
}

/** `Business development` → `business-development`: the tag spelling of a label. */
export function slugify(text: string): string {
  return normalizeLabel(text).replace(/ /g, '-');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The test to pass before an expression read with the `iu` flags that
 * opens with `\b` and a list of words: does the text hold one of `starts`
 * (ASCII text that every match of the expression holds)? Such an
 * expression is tried at every character of the text (about 350 ns for an
 * item's line); this one, read with `i` alone and no word boundary, skips
 * from literal to literal (about 80 ns). Under `iu` the long s (ſ) reads as
 * `s` and the Kelvin sign as `k`, under `i` alone neither does: a text
 * holding either always passes (`FOLDS_TO_ASCII`, read without flags: V8
 * reads an `ſ` among `i` alternatives of words with an `s` amiss), so the
 * gate never turns away a text the expression matches.
 */
export function literalGate(starts: readonly string[]): RegExp {
  return new RegExp(starts.map(escapeRegExp).join('|'), 'i');
}

/** The characters beyond ASCII that the `iu` flags read as ASCII letters: the long s and the Kelvin sign. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** `pattern.test(text)`, tried only on a text that passes `gate` (`literalGate`) or holds a character that folds to ASCII. */
export interface GatedTest {
  test(text: string): boolean;
}

/** Whether `text` passes a literal gate (`literalGate`). */
export function passesGate(gate: RegExp, text: string): boolean {
  return gate.test(text) || FOLDS_TO_ASCII.test(text);
}

export function gatedTest(pattern: RegExp, gate: RegExp): GatedTest {
  return { test: (text) => passesGate(gate, text) && pattern.test(text) };
}

/**
 * A copy of `text` that does not keep the string it was cut from alive.
 * JavaScript engines make a slice of a long string point into it, so a
 * cache keyed by a section of one version of a 1 MB review would keep that
 * whole version in memory, one per keystroke. Prepending a character and
 * slicing it off again makes the engine copy the characters out.
 */
export function detachText(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * `text` as one flat string. A string built with `+` or a template is held
 * as a tree of its pieces (several times the size of its text) until
 * something reads it whole; what is kept for long (interned verdicts) is
 * flattened first. `normalize()` returns a flat string; it is used only
 * when it changes nothing else.
 */
export function flatText(text: string): string {
  const flat = text.normalize();
  return flat === text ? flat : text;
}

/**
 * `text` less a trailing parenthesised group and the space around it ("Technology
 * direction (Q4)" → "Technology direction"): the group starts at the first
 * `(` after the last `)` before the final one. One scan from each end, where
 * `/\s*\([^)]*\)\s*$/` retried at every `(` of a line of them.
 */
export function withoutTrailingGroup(text: string): string {
  const end = text.trimEnd();
  if (!end.endsWith(')')) return text;
  const close = end.length - 1;
  const open = text.indexOf('(', text.lastIndexOf(')', close - 1) + 1);
  return open === -1 || open >= close ? text : text.slice(0, open).trimEnd();
}

/** `text` less its trailing full stops, semicolons and commas, by one scan from the end (`/[.;,]+$/` retried at every one of a run). */
export function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ';' || text[end - 1] === ',')) end--;
  return text.slice(0, end);
}

/**
 * A byte-order mark at the start of a line after the first (two files joined
 * with `cat`, an editor that pasted one) is invisible, yet it makes "- 2h …"
 * a paragraph and "## people" no heading: the line and its minutes would be
 * lost without a word. It is read as the space it occupies, so the line keeps
 * its meaning and every column its place. The file's own mark, at offset 0,
 * is the front matter's business.
 */
export function withInnerMarksAsSpaces(text: string): string {
  return text.indexOf('\uFEFF', 1) < 0 ? text : text.replace(LINE_START_MARK, '$1 ');
}

const LINE_START_MARK = /([\n\r])\uFEFF/g;

// Array helpers for the engine's sake, here at the bottom layer so every stage may use them.

/**
 * `array.map(make)`, built by pushing. Optimized code builds a `map` result
 * preallocated and then filled (a holey array), interpreted code a packed
 * one, so a reader optimized on one kind met the other once its producer was
 * optimized: about half of the "wrong map" deoptimizations of the bench's
 * cold checks (docs/PERFORMANCE.md, "The cold check, eighth round"). A pushed array is packed
 * in every tier.
 */
export function packedMap<T, U>(array: readonly T[], make: (value: T, index: number) => U): U[] {
  const made: U[] = [];
  for (let index = 0; index < array.length; index++) made.push(make(array[index] as T, index));
  return made;
}

/** `packedMap` of exact size, for a list that is kept: a pushed array keeps room for more (seventeen entries for one). */
export function keptPackedMap<T, U>(array: readonly T[], make: (value: T, index: number) => U): U[] {
  const made = packedMap(array, make);
  return made.length === 0 ? made : made.slice();
}

/** `array.flatMap(make)`, built by pushing: packed in every tier (a `flatMap` result is holey). */
export function packedFlatMap<T, U>(array: readonly T[], make: (value: T) => readonly U[]): U[] {
  const made: U[] = [];
  for (let index = 0; index < array.length; index++) {
    const part = make(array[index] as T);
    for (let at = 0; at < part.length; at++) made.push(part[at] as U);
  }
  return made;
}
