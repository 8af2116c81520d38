// Lines the markdown parser cannot read in reasonable time: very long
// lines and lines nested thousands of containers deep. The section parser
// blanks them (and reports them as parse-error) and the section splitter treats
// them as blank, so both see the same document.

/** Lines longer than this are skipped: remark needs seconds for a megabyte-long line. */
export const MAX_LINE_LENGTH = 20_000;
/**
 * Lines whose leading containers (indentation, list markers, `>`) reach past
 * this column are skipped: remark's time grows much faster than linearly with
 * nesting (400 levels take seconds, thousands overflow the stack).
 */
export const MAX_CONTAINER_WIDTH = 64;

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;

function columnWidth(text: string): number {
  let width = 0;
  for (const char of text) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** Why a line is not given to the parser, or undefined when it is fine. */
export function unreadableLine(line: string): 'long' | 'deep' | undefined {
  if (line.length > MAX_LINE_LENGTH) return 'long';
  if (line.length > MAX_CONTAINER_WIDTH) {
    const prefix = CONTAINER_PREFIX.exec(line);
    if (prefix && columnWidth(prefix[0]) > MAX_CONTAINER_WIDTH) return 'deep';
  }
  return undefined;
}

/**
 * Can a skipped long line matter to the engine? Only a line that starts (after
 * its containers) with a list marker or a heading can hold an activity or a
 * category; a long line of code, a base64 image or a rule cannot, so skipping
 * it needs no diagnostic.
 */
export function longLineMatters(line: string): boolean {
  return /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|#{1,6}(?:[ \t]|$))/.test(line.slice(0, 200));
}
