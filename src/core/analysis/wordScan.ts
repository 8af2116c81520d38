// Word scanning without a regular expression: the three kinds of word the
// analysis reads (keyword words, signal words, verb and negation words),
// found by a loop over the text's code points that gives exactly the matches
// of the `u` expression named at each scanner. An item's few texts are split
// into words by every reader, and each `exec` of a Unicode-class expression
// allocated a match array and cost more than the loop: a tenth of a cold
// check went to splitting words.

const LETTER = 1;
const NUMBER = 2;
const KNOWN = 4;

const ONE_LETTER = /^\p{L}$/u;
const ONE_NUMBER = /^\p{N}$/u;

function classOfPoint(point: number): number {
  const char = String.fromCodePoint(point);
  return KNOWN | (ONE_LETTER.test(char) ? LETTER : 0) | (ONE_NUMBER.test(char) ? NUMBER : 0);
}

// The class of each code unit of the Basic Multilingual Plane, filled as
// characters are met: facts of Unicode, the same for every text, worked out
// by the very expressions above. A lone surrogate is neither class, as in a
// `u` expression. Astral characters (emoji, rare scripts) are classed at
// each meeting.
const planeClasses = new Uint8Array(0x10000);

function classOf(point: number): number {
  if (point >= 0x10000) return classOfPoint(point);
  let found = planeClasses[point] as number;
  if (found === 0) {
    found = classOfPoint(point);
    planeClasses[point] = found;
  }
  return found;
}

/** The code point at `at` (a surrogate pair read whole) and its length in code units. */
function pointAt(text: string, at: number): number {
  return text.codePointAt(at) as number;
}

const width = (point: number): number => (point >= 0x10000 ? 2 : 1);

/** `\p{L}` or `\p{N}`. */
function isLetterOrNumber(point: number): boolean {
  return (classOf(point) & (LETTER | NUMBER)) !== 0;
}

/** `[\p{L}\p{N}_]`. */
function isWordPoint(point: number): boolean {
  return point === 0x5f || isLetterOrNumber(point);
}

const isApostrophe = (point: number): boolean => point === 0x27 || point === 0x2019;

/** `[\p{L}\p{N}'’-]`. */
function isTailPoint(point: number): boolean {
  return isApostrophe(point) || point === 0x2d || isLetterOrNumber(point);
}

/** The end of the run of code points from `at` that `inRun` accepts. */
function runEnd(text: string, at: number, inRun: (point: number) => boolean): number {
  let end = at;
  while (end < text.length) {
    const point = pointAt(text, end);
    if (!inRun(point)) break;
    end += width(point);
  }
  return end;
}

/** The first place at or after `at` where `starts` accepts the code point, or the text's length. */
function nextStart(text: string, at: number, starts: (point: number) => boolean): number {
  let start = at;
  while (start < text.length) {
    const point = pointAt(text, start);
    if (starts(point)) return start;
    start += width(point);
  }
  return start;
}

/** Calls `found(start, end)` for each match of `/[\p{L}\p{N}_]+/gu` in `text`, in order. */
export function scanWordRuns(text: string, found: (start: number, end: number) => void): void {
  for (let start = nextStart(text, 0, isWordPoint); start < text.length; start = nextStart(text, start, isWordPoint)) {
    const end = runEnd(text, start, isWordPoint);
    found(start, end);
    start = end;
  }
}

/** Calls `found(start, end)` for each match of `/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu` in `text`, in order. */
export function scanSignalWords(text: string, found: (start: number, end: number) => void): void {
  for (let start = nextStart(text, 0, isLetterOrNumber); start < text.length; start = nextStart(text, start, isLetterOrNumber)) {
    let end = runEnd(text, start, isLetterOrNumber);
    // An apostrophe joins the letters after it ("don't", "team’s"); numbers after it do not.
    if (end + 1 < text.length && isApostrophe(pointAt(text, end))) {
      const after = runEnd(text, end + 1, isLetter);
      if (after > end + 1) end = after;
    }
    found(start, end);
    start = end;
  }
}

function isLetter(point: number): boolean {
  return (classOf(point) & LETTER) !== 0;
}

/**
 * Calls `found(start, end)` for each match of `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu`
 * in `text`, in order, until `found` returns false.
 */
export function scanTailWords(text: string, found: (start: number, end: number) => boolean | void): void {
  for (let start = nextStart(text, 0, isLetterOrNumber); start < text.length; start = nextStart(text, start, isLetterOrNumber)) {
    const end = runEnd(text, start, isTailPoint);
    if (found(start, end) === false) return;
    start = end;
  }
}
