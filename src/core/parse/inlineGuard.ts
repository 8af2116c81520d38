// micromark resolves emphasis (`*`, `_`), strikethrough (`~`), links and
// images (`[`, `]`) and code spans (`` ` ``) in time that grows with the
// square of their number in one paragraph: a 20,000-character line of `*a`
// took 4.6 s, `[a](` 1.1 s. The engine reads an item's durations, tags and
// outcome from the raw line, not from the inline tree; only heading text and
// HTML comments come from it. So where a paragraph-sized run of lines holds
// more than a few dozen of one kind of delimiter, those delimiters are
// replaced by spaces (same length: every offset stays) before parsing.
// Block structure is untouched: a line's containers, list marker, checkbox
// and first character are kept, and fence, rule and setext lines are skipped.
// Backslash escapes, character references and HTML tags cost linear time,
// but each is a token of a few objects: 1 MB of `\\` took 9 s and 1 GB. Past
// the same count in a run they are blanked too (an escape with the character
// it escapes; the `<` of a tag, never a comment's, whose text the engine reads).
// Every other character that may start an inline construct (`!`, a `&` that
// is no reference, a `<` that starts no tag, a `\` that escapes nothing) ends
// micromark's run of text there, and micromark joins each line's runs again
// with an array splice across the whole paragraph: a 32,000-line paragraph of
// `Done! ok` took 7 s, of `x & y` 8 s (quadratic). Past the same count of
// lines holding one in a run of lines, they are blanked too.

/** More delimiters of one kind than this in one run of lines are neutralized. */
export const MAX_INLINE_DELIMITERS = 48;

const CLASSES: readonly (readonly string[])[] = [['*', '_'], ['~'], ['[', ']'], ['`']];
/**
 * Token kinds counted after the delimiter classes: a backslash escape, a
 * character reference, an HTML tag, and a construct's first character that
 * starts none (`!`, `&`, `<`, `\`).
 */
const ESCAPE = CLASSES.length;
const REFERENCE = ESCAPE + 1;
const TAG = ESCAPE + 2;
const FAILED_START = ESCAPE + 3;
const KINDS = FAILED_START + 1;
const ANY_DELIMITER = /[*_~[\]`<\\&!]/;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const REFERENCE_AT = /&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const TAG_START = /[A-Za-z/?!]/;
const BLOCK_PREFIX = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))*(?:\[[ xX]\](?:[ \t]+|$))?[ \t]*/;
const UNTOUCHED_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:`{3,}|~{3,}|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*$)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

function classOf(char: string): number {
  for (let index = 0; index < CLASSES.length; index++) if ((CLASSES[index] as readonly string[]).includes(char)) return index;
  return -1;
}

/** Where a line's inline content starts: after its containers, marker, checkbox and first character. */
function contentStart(line: string): number {
  const prefix = BLOCK_PREFIX.exec(line)?.[0].length ?? 0;
  return Math.min(line.length, prefix + 1);
}

/**
 * The escapes, references, tags and failed construct starts of a line from
 * `start`, as `found(kind, at, length)`. A comment (`<!-- … -->`) is stepped
 * over: the engine reads worthy reasons and directives from its text.
 */
function scanTokens(line: string, start: number, found: (kind: number, at: number, length: number) => void): void {
  for (let at = start; at < line.length; at++) {
    const char = line[at];
    if (char === '\\') {
      if (PUNCTUATION.test(line[at + 1] ?? '')) found(ESCAPE, at++, 2);
      else found(FAILED_START, at, 1);
    } else if (char === '&') {
      REFERENCE_AT.lastIndex = at;
      found(REFERENCE_AT.test(line) ? REFERENCE : FAILED_START, at, 1);
    } else if (char === '<') {
      if (line.startsWith('<!--', at)) {
        const close = line.indexOf('-->', at + 4);
        at = close < 0 ? line.length : close + 2;
      } else found(TAG_START.test(line[at + 1] ?? '') ? TAG : FAILED_START, at, 1);
    } else if (char === '!') found(FAILED_START, at, 1);
  }
}

function countRun(lines: readonly string[], from: number, to: number): number[] {
  const counts = new Array<number>(KINDS).fill(0);
  const count = (kind: number) => (counts[kind] = (counts[kind] as number) + 1);
  for (let index = from; index < to; index++) {
    const line = lines[index] as string;
    if (!ANY_DELIMITER.test(line) || UNTOUCHED_LINE.test(line)) continue;
    const start = contentStart(line);
    for (let at = start; at < line.length; at++) {
      const kind = classOf(line[at] as string);
      if (kind >= 0) count(kind);
    }
    // Failed starts count lines: micromark splices once for each line that holds any.
    let failed = false;
    scanTokens(line, start, (kind) => (kind === FAILED_START ? (failed = true) : count(kind)));
    if (failed) count(FAILED_START);
  }
  return counts;
}

function neutralizeRun(lines: string[], from: number, to: number): void {
  const over = countRun(lines, from, to).map((count) => count > MAX_INLINE_DELIMITERS);
  const lastClose = neutralizeUnclosedHtml(lines, from, to);
  if (!over.some(Boolean) && lastClose === undefined) return;
  for (let index = from; index < to; index++) {
    const line = lines[index] as string;
    if (!ANY_DELIMITER.test(line) || UNTOUCHED_LINE.test(line)) continue;
    const start = contentStart(line);
    const chars = line.split('');
    for (let at = start; at < line.length; at++) {
      const kind = classOf(chars[at] as string);
      if (kind >= 0 && over[kind]) chars[at] = ' ';
    }
    scanTokens(line, start, (kind, at, length) => {
      if (over[kind]) chars.fill(' ', at, at + length);
    });
    lines[index] = chars.join('');
  }
}

/**
 * Inline HTML (`<!--`, `<?`, `<a`) that never finds its `>` makes micromark
 * rescan the rest of the paragraph from each opener. When a run holds many
 * `<` after its last `>`, those `<` are blanked. Returns undefined when
 * nothing was changed.
 */
function neutralizeUnclosedHtml(lines: string[], from: number, to: number): number | undefined {
  let opens = 0;
  let lastLine = -1;
  let lastColumn = -1;
  for (let index = from; index < to; index++) {
    const line = lines[index] as string;
    const close = line.lastIndexOf('>');
    if (close >= 0) {
      lastLine = index;
      lastColumn = close;
      opens = 0;
    }
    for (let at = line.indexOf('<', close + 1); at >= 0; at = line.indexOf('<', at + 1)) opens++;
  }
  if (opens <= MAX_INLINE_DELIMITERS) return undefined;
  for (let index = Math.max(from, lastLine); index < to; index++) {
    const line = lines[index] as string;
    const start = Math.max(contentStart(line), index === lastLine ? lastColumn + 1 : 0);
    if (line.indexOf('<', start) < 0) continue;
    lines[index] = line.slice(0, start) + line.slice(start).replace(/</g, ' ');
  }
  return lastLine;
}

/**
 * The text to give micromark: runs of lines (split at blank lines and at ATX
 * headings, so a heading is judged on its own) with too many delimiters of
 * one kind get those delimiters blanked. Lines and offsets are unchanged.
 */
export function neutralizeInline(text: string): string {
  const scan = /[*_~[\]`<\\&!]/g;
  let total = 0;
  while (total <= MAX_INLINE_DELIMITERS && scan.exec(text)) total++;
  if (total <= MAX_INLINE_DELIMITERS) return text;
  const parts = text.split(/(\r\n|\r|\n)/);
  const lines: string[] = [];
  for (let index = 0; index < parts.length; index += 2) lines.push(parts[index] as string);
  let runStart = 0;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    const boundary = line === undefined || line.trim() === '' || HEADING.test(line);
    if (!boundary) continue;
    neutralizeRun(lines, runStart, index);
    if (line !== undefined && HEADING.test(line)) neutralizeRun(lines, index, index + 1);
    runStart = index + 1;
  }
  for (let index = 0; index < lines.length; index++) parts[index * 2] = lines[index] as string;
  return parts.join('');
}

// ---------------------------------------------------------------------------
// Setext underlines. micromark turns a paragraph into a setext heading by
// rebuilding the whole event list read so far (an EditMap over every event of
// the flow), so headings underlined in one run of flow cost the square of
// their number: 8,000 in a quote (`> a\n> ---`) or a list item took 12 to
// 14 s, 32,000 at the top level (in 32 KB sections) 16 s. Past 48 between
// two column-0 items or headings, an underline is blanked (spaces, inside its
// containers): its paragraph stays text, and the heading is lost, in text no
// review holds.

/** More setext underlines than this between two column-0 items or headings are blanked. */
export const MAX_SETEXT_UNDERLINES = 48;

const QUICK_UNDERLINE = /(?:^|\n)[ \t>]*(?:=+|-+)[ \t]*(?=\r?\n|\r|$)/g;

const BLOCK_START = /^(?:[-*+]|\d{1,9}[.)])[ \t]|^#{1,6}(?:[ \t]|$)/;

const isPrefixChar = (char: string | undefined) => char === ' ' || char === '\t' || char === '>';

/** Where a line's `===` or `---` run lies when the line is only containers, that run and spaces; undefined otherwise. */
function underlineRun(line: string): [number, number] | undefined {
  let start = 0;
  while (isPrefixChar(line[start])) start++;
  const char = line[start];
  if (char !== '=' && char !== '-') return undefined;
  let end = start;
  while (line[end] === char) end++;
  for (let at = end; at < line.length; at++) if (line[at] !== ' ' && line[at] !== '\t') return undefined;
  return [start, end];
}

/** A line with text besides its containers (a setext underline needs one above it). */
function holdsText(line: string | undefined): boolean {
  if (line === undefined) return false;
  for (let at = 0; at < line.length; at++) if (!isPrefixChar(line[at])) return true;
  return false;
}

/** The text to give micromark: past MAX_SETEXT_UNDERLINES in a block, each line that may underline the line above it is blanked. */
export function neutralizeSetext(text: string): string {
  let candidates = 0;
  QUICK_UNDERLINE.lastIndex = 0;
  while (candidates <= MAX_SETEXT_UNDERLINES && QUICK_UNDERLINE.exec(text)) candidates++;
  if (candidates <= MAX_SETEXT_UNDERLINES) return text;
  const parts = text.split(/(\r\n|\r|\n)/);
  let seen = 0;
  for (let index = 2; index < parts.length; index += 2) {
    const line = parts[index] as string;
    // A column-0 item or heading closes every container, and the flow micromark rebuilds with them.
    if (BLOCK_START.test(line)) seen = 0;
    const run = underlineRun(line);
    if (!run || !holdsText(parts[index - 2]) || ++seen <= MAX_SETEXT_UNDERLINES) continue;
    parts[index] = line.slice(0, run[0]) + ' '.repeat(run[1] - run[0]) + line.slice(run[1]);
  }
  return parts.join('');
}
