// Word scanning without a regular expression: the three kinds of word the
// analysis reads (keyword words, signal words, verb and negation words),
// found by a loop over the text's code points that gives exactly the matches
// of the `u` expression named at each scanner. An item's few texts are split
// into words by every reader, and each `exec` of a Unicode-class expression
// allocated a match array and cost more than the loop: a tenth of a cold
// check went to splitting words.
//
// The loops read code units and a class table, with the kind of word as a
// bit mask, not a predicate per character: the first checks of a process
// run before the optimizing compiler has inlined anything, where each call
// per character (code point, predicate, class, width) cost more than the
// comparison it made.

const LETTER = 1;
const NUMBER = 2;
const KNOWN = 4;
const UNDERSCORE = 8;
const APOSTROPHE = 16;
const HYPHEN = 32;

/** `[\p{L}\p{N}_]`. */
const WORD_RUN = LETTER | NUMBER | UNDERSCORE;
/** `[\p{L}\p{N}]`. */
const LETTER_OR_NUMBER = LETTER | NUMBER;
/** `[\p{L}\p{N}'’-]`. */
const TAIL = LETTER | NUMBER | APOSTROPHE | HYPHEN;

const ONE_LETTER = /^\p{L}$/u;
const ONE_NUMBER = /^\p{N}$/u;

function classOfPoint(point: number): number {
  const char = String.fromCodePoint(point);
  const punctuation = point === 0x5f ? UNDERSCORE : point === 0x27 || point === 0x2019 ? APOSTROPHE : point === 0x2d ? HYPHEN : 0;
  return KNOWN | punctuation | (ONE_LETTER.test(char) ? LETTER : 0) | (ONE_NUMBER.test(char) ? NUMBER : 0);
}

// The class of each code unit of the Basic Multilingual Plane, filled as
// characters are met: facts of Unicode, the same for every text, worked out
// by the very expressions above. A lone surrogate is neither class, as in a
// `u` expression. Astral characters (emoji, rare scripts) are classed at
// each meeting.
const planeClasses = new Uint8Array(0x10000);

function fillClass(unit: number): number {
  const found = classOfPoint(unit);
  planeClasses[unit] = found;
  return found;
}

/** The class of the code point at `at` when it is a surrogate (an astral point read whole, or a lone one). */
function surrogateClass(text: string, at: number): number {
  return classOfPoint(text.codePointAt(at) as number);
}

/** The length in code units of the code point at `at`. */
function widthAt(text: string, at: number): number {
  return (text.codePointAt(at) as number) >= 0x10000 ? 2 : 1;
}

/** The end of the run of code points from `at` whose class meets `mask`. */
function runEnd(text: string, at: number, mask: number): number {
  let end = at;
  while (end < text.length) {
    const unit = text.charCodeAt(end);
    // Not a surrogate (0xd800 to 0xdfff), tested inline: no call per character.
    if ((unit & 0xf800) !== 0xd800) {
      let found = planeClasses[unit] as number;
      if (found === 0) found = fillClass(unit);
      if ((found & mask) === 0) break;
      end++;
    } else {
      if ((surrogateClass(text, end) & mask) === 0) break;
      end += widthAt(text, end);
    }
  }
  return end;
}

/** The first place at or after `at` where the code point's class meets `mask`, or the text's length. */
function nextStart(text: string, at: number, mask: number): number {
  let start = at;
  while (start < text.length) {
    const unit = text.charCodeAt(start);
    if ((unit & 0xf800) !== 0xd800) {
      let found = planeClasses[unit] as number;
      if (found === 0) found = fillClass(unit);
      if ((found & mask) !== 0) return start;
      start++;
    } else {
      if ((surrogateClass(text, start) & mask) !== 0) return start;
      start += widthAt(text, start);
    }
  }
  return start;
}

/** Calls `found(start, end)` for each match of `/[\p{L}\p{N}_]+/gu` in `text`, in order. */
export function scanWordRuns(text: string, found: (start: number, end: number) => void): void {
  for (let start = nextStart(text, 0, WORD_RUN); start < text.length; start = nextStart(text, start, WORD_RUN)) {
    const end = runEnd(text, start, WORD_RUN);
    found(start, end);
    start = end;
  }
}

/** Calls `found(start, end)` for each match of `/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu` in `text`, in order. */
export function scanSignalWords(text: string, found: (start: number, end: number) => void): void {
  for (let start = nextStart(text, 0, LETTER_OR_NUMBER); start < text.length; start = nextStart(text, start, LETTER_OR_NUMBER)) {
    let end = runEnd(text, start, LETTER_OR_NUMBER);
    // An apostrophe joins the letters after it ("don't", "team’s"); numbers after it do not.
    // Read only within the text: a read past its end deoptimized the optimized scanner ("out of bounds").
    const unit = end + 1 < text.length ? text.charCodeAt(end) : 0;
    if (unit === 0x27 || unit === 0x2019) {
      const after = runEnd(text, end + 1, LETTER);
      if (after > end + 1) end = after;
    }
    found(start, end);
    start = end;
  }
}

/**
 * Calls `found(start, end)` for each match of `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu`
 * in `text`, in order, until `found` returns false.
 */
export function scanTailWords(text: string, found: (start: number, end: number) => boolean | void): void {
  for (let start = nextStart(text, 0, LETTER_OR_NUMBER); start < text.length; start = nextStart(text, start, LETTER_OR_NUMBER)) {
    const end = runEnd(text, start, TAIL);
    if (found(start, end) === false) return;
    start = end;
  }
}
