// Long runs of lazy continuation lines, indented before the markdown parser
// reads them. A list item's paragraph may continue on lines that are not
// indented ("lazy" lines); micromark rescans its open tokens on every lazy
// line, so a run of them costs time quadratic in its length (100,000 lines
// took 44 s). Indenting such a line to its item's content column makes it an
// ordinary continuation line of the same paragraph: the tree is the same, and
// the parser reads it in linear time. Only long runs are touched, so the
// columns of ordinary notes never move; a lazy line holds no activity (it
// starts no list item and no heading), so the engine reads nothing from the
// columns that do move.

/** Runs shorter than this are left as written. */
export const LAZY_RUN_MIN = 200;

const ITEM_START = /^( {0,3})([-*+]|\d{1,9}[.)])( {1,4})(?=\S)/;
/** A line that starts a block of its own, so it cannot continue a paragraph lazily. */
const BLOCK_START = /^ {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|`{3}|~{3}|<|[=_*-]{3}|\||$)/;

interface Lazy {
  line: number;
  /** Spaces to add so the line reaches its item's content column. */
  pad: number;
}

/** The lazy continuation lines of `lines` (indexes), with the spaces each needs. */
function lazyLines(lines: readonly string[]): Lazy[][] {
  const runs: Lazy[][] = [];
  let run: Lazy[] = [];
  let contentColumn = -1;
  const close = () => {
    if (run.length >= LAZY_RUN_MIN) runs.push(run);
    run = [];
  };
  lines.forEach((line, index) => {
    const item = ITEM_START.exec(line);
    if (item) {
      close();
      contentColumn = (item[1] as string).length + (item[2] as string).length + (item[3] as string).length;
      return;
    }
    const indent = line.length - line.trimStart().length;
    if (contentColumn < 0 || line.includes('\t') || indent >= contentColumn) {
      if (line.trim() === '') contentColumn = -1;
      close();
      return;
    }
    if (BLOCK_START.test(line)) {
      contentColumn = -1;
      close();
      return;
    }
    run.push({ line: index, pad: contentColumn - indent });
  });
  close();
  return runs;
}

/** Does `text` hold at least `count` line breaks? Stops at the count: a keystroke's small section costs a few steps. */
function hasLines(text: string, count: number): boolean {
  let at = -1;
  for (let found = 0; found < count; found++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** `text` with every long run of lazy continuation lines indented to its item's content column. */
export function indentLazyRuns(text: string): string {
  if (text.includes('\r') || !hasLines(text, LAZY_RUN_MIN + 1)) return text;
  const lines = text.split('\n');
  const runs = lazyLines(lines);
  if (runs.length === 0) return text;
  for (const run of runs) for (const { line, pad } of run) lines[line] = ' '.repeat(pad) + (lines[line] as string);
  return lines.join('\n');
}
