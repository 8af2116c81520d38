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

/** More delimiters of one kind than this in one run of lines are neutralized. */
export const MAX_INLINE_DELIMITERS = 48;

const CLASSES: readonly (readonly string[])[] = [['*', '_'], ['~'], ['[', ']'], ['`']];
const ANY_DELIMITER = /[*_~[\]`<]/;
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

function neutralizeRun(lines: string[], from: number, to: number): void {
  const counts = [0, 0, 0, 0];
  for (let index = from; index < to; index++) {
    const line = lines[index] as string;
    if (!ANY_DELIMITER.test(line) || UNTOUCHED_LINE.test(line)) continue;
    for (let at = contentStart(line); at < line.length; at++) {
      const kind = classOf(line[at] as string);
      if (kind >= 0) counts[kind] = (counts[kind] as number) + 1;
    }
  }
  const over = counts.map((count) => count > MAX_INLINE_DELIMITERS);
  const lastClose = neutralizeUnclosedHtml(lines, from, to);
  if (!over.some(Boolean) && lastClose === undefined) return;
  for (let index = from; index < to; index++) {
    const line = lines[index] as string;
    if (!ANY_DELIMITER.test(line) || UNTOUCHED_LINE.test(line)) continue;
    const start = contentStart(line);
    let out = line.slice(0, start);
    for (let at = start; at < line.length; at++) {
      const char = line[at] as string;
      const kind = classOf(char);
      out += kind >= 0 && over[kind] ? ' ' : char;
    }
    lines[index] = out;
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
  const scan = /[*_~[\]`<]/g;
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
