// Reading a section block by block (issue 11). A keystroke changes one list
// item, yet the edited section was parsed whole again, and remark's parse is
// the largest part of a keystroke. A section is cut before each column-0
// bullet item (`- text`), ATX heading and ordered item that starts a block
// (`orderedStartsBlock`: 10,000 numbered items were one block, 2 s a
// keystroke): such a line always starts a new top-level block, which closes every open container and paragraph, so the
// blocks read alone give exactly what the section read whole gives, lines
// shifted. Front matter is a block of its own. The constructs that could
// swallow such a line (fenced code, HTML blocks) are stepped over when they
// open at column 0 and their end is known, and otherwise end the cutting:
// from the first of them on, the section is one block. Link definitions
// (which reach lines above them) make a section read whole. A property test
// checks block reads against the parser's whole reading.

import { closesFence } from './plainBlocks';
import { indentOf } from './sections';
import type { ParseProblem, RawDirective, RawHeading, RawItem, SectionSyntax } from './sectionSyntax';

/** What a block's tree walk found, lines relative to the block. */
export type WalkedSyntax = Pick<SectionSyntax, 'headings' | 'items' | 'directives' | 'problems'>;

/**
 * A bullet item whose first line starts with plain text. What an item's
 * first line holds is read as if it could interrupt a paragraph when one is
 * open before it (`- -` gives a nested empty item or not), so lines whose
 * text starts with another marker, a quote, HTML or indented code are not cut at.
 */
const BULLET_ITEM = /^[-*+] {1,4}(?![-*+>< \t]|\d{1,9}[.)])\S/;
const THEMATIC_BREAK = /^([-*])(?:[ \t]*\1){2,}[ \t]*$/;
/** A column-0 ordered item whose first line starts with plain text, as BULLET_ITEM: its number and delimiter. */
const ORDERED_ITEM = /^(\d{1,9})([.)]) {1,4}(?![-*+>< \t]|\d{1,9}[.)])\S/;
const BLANK = /^[ \t]*$/;
/** A bullet item of plain text at a quote's first column (`> - x`): it starts a block in the quote, or opens a quote. */
const QUOTED_ITEM = /^> ?[-*+] {1,4}(?![-*+>< \t]|\d{1,9}[.)])\S/;
const FENCE = /`{3,}|~{3,}/;
const DEFINITION = /^\s*\[[^\]]*\]:/;

/** The text of a quote line inside its markers (`> > x` → `x`), read by a loop: a pattern for it would nest quantifiers. */
function insideQuotes(line: string): string {
  let at = 0;
  for (;;) {
    let next = at;
    while (next < line.length && next - at < 3 && line[next] === ' ') next++;
    if (line[next] !== '>') return line.slice(at);
    at = next + 1;
  }
}

/** Can `line` hide a later column-0 item (a fence anywhere in it, an HTML block, also in a quote)? */
function couldSwallowLines(line: string): boolean {
  if (FENCE.test(line)) return true;
  const trimmed = insideQuotes(line).trimStart();
  if (!trimmed.startsWith('<')) return false;
  // A comment that closes on its own line (a directive) ends there.
  return !(trimmed.startsWith('<!--') && trimmed.indexOf('-->', 4) >= 0);
}

const COLUMN0_FENCE = /^(?:`{3,}|~{3,})/;

/**
 * The last line of what `lines[index]` opens when it is sure to open a fence
 * or an HTML comment that ends where this says: a fence or a comment
 * opener at column 0, which nothing before it can hold (an open fence or HTML
 * block ended the cutting already, and such a line interrupts a paragraph
 * and closes every container). -1 when it may run to the section's end or
 * is anything else: the rest of the section is then one block.
 */
function swallowedUntil(lines: readonly string[], index: number): number {
  const line = lines[index] as string;
  const fence = COLUMN0_FENCE.exec(line)?.[0];
  if (fence !== undefined) {
    const char = fence[0] as string;
    // A backtick in a backtick fence's info string makes it no fence (inline code, maybe a lazy line).
    if (char === '`' && line.includes('`', fence.length)) return -1;
    for (let end = index + 1; end < lines.length; end++) if (closesFence(lines[end] as string, char, fence.length)) return end;
    return -1;
  }
  // `<!-->` and `<!--->` close at once; a comment that closes on its own line swallows nothing.
  if (!line.startsWith('<!--') || line.includes('-->', 2)) return -1;
  for (let end = index + 1; end < lines.length; end++) if ((lines[end] as string).includes('-->')) return end;
  return -1;
}

const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * The line after the front matter that opens the section (`---` … `---`, as
 * the parser is given it: frontMatterForRemark in sectionSyntax.ts closes it
 * or blanks its opener), 0 for none, -1 when the first line starts with
 * `---` or `+++` otherwise (read whole).
 */
function afterFrontMatter(lines: readonly string[]): number {
  const first = lines[0] ?? '';
  if (!first.startsWith('---') && !first.startsWith('+++')) return 0;
  if (!FRONT_MATTER_FENCE.test(first)) return -1;
  for (let index = 1; index < lines.length; index++) if (FRONT_MATTER_FENCE.test(lines[index] as string)) return index + 1;
  return -1;
}

/**
 * Is the line after the front matter a block start? Not when it is another
 * `---`: after front matter that is a thematic break, but a block starting
 * with it, read alone, opens front matter again (and one that never closes
 * hides every later list of the block from remark-frontmatter).
 */
function cutAfterFrontMatter(lines: readonly string[], index: number): boolean {
  return index > 0 && index < lines.length && !FRONT_MATTER_FENCE.test(lines[index] as string);
}

/** Text that can only open or continue a paragraph: a letter, or digits no marker follows (`45m`). */
const PLAIN_START = /^(?:\p{L}|\d(?!\d{0,8}[.)](?:[ \t]|$)))/u;

/** The ordered item a block opened, while its list is surely open: its delimiter, content column and whether a paragraph is open in it. */
interface OpenItem {
  delimiter: string;
  content: number;
  paragraph: boolean;
}

/** The item a block start opens, if ordered. */
function openedBy(line: string): OpenItem | undefined {
  const item = ORDERED_ITEM.exec(line);
  if (!item) return undefined;
  const content = item[0].length - 1;
  return { delimiter: item[2] as string, content, paragraph: PLAIN_START.test(line.slice(content)) };
}

/**
 * Is the list of `open` still surely open after `line`? A blank line, a
 * line inside the item (indented to its content), or a lazy line of plain
 * text continuing its paragraph keeps it; anything else may close it.
 */
function stillOpen(open: OpenItem | undefined, line: string): OpenItem | undefined {
  if (!open) return undefined;
  if (BLANK.test(line)) return { ...open, paragraph: false };
  const text = line.trimStart();
  if (indentOf(line) >= open.content) return { ...open, paragraph: open.paragraph && PLAIN_START.test(text) };
  return open.paragraph && PLAIN_START.test(text) ? open : undefined;
}

/**
 * Does the column-0 ordered item on `lines[index]` start a top-level block?
 * Only `1.` interrupts a paragraph (`text` then `2. x` is one paragraph,
 * also lazily in a quote or an item), so another number starts one only
 * where no paragraph can be open: after a blank line (which also ends every
 * quote, and every item, the line being at column 0) unless what came
 * before it was indented (`afterCode`), after a heading that
 * starts a block, or as the next item of a list surely open (`open`): the
 * list takes its next item whatever its number when the delimiter is the
 * same (`1.` then `2.`), before any lazy reading.
 */
function orderedStartsBlock(lines: readonly string[], index: number, lastStart: number, open: OpenItem | undefined, afterCode: boolean): boolean {
  const item = ORDERED_ITEM.exec(lines[index] as string);
  if (!item) return false;
  const before = lines[index - 1] as string;
  if (item[1] === '1' || open?.delimiter === item[2]) return true;
  // Indented code may go on past blank lines, and micromark reads `2.` after it as interrupting it (no item).
  if (BLANK.test(before)) return !afterCode;
  return lastStart === index - 1 && ATX_HEADING.test(before);
}

/**
 * 0-based first lines of the section's blocks (the first is 0), or undefined
 * when the section has one block or must be read whole. Blocks start at a
 * column-0 bullet item or ATX heading, each of which closes every open
 * container and paragraph; the first block may be front matter. A fence or an
 * HTML block ends the cutting unless it opens at column 0 and its end is
 * known (`swallowedUntil`): what it opens may run to the section's end, and
 * nothing after a line changes how the lines before it read, so the blocks
 * before it stay exact and the rest is one block. A definition may be used
 * anywhere in the section (`[x]` above it is a link), so it rules cuts out.
 */
export function blockStarts(lines: readonly string[]): number[] | undefined {
  let index = afterFrontMatter(lines);
  if (index < 0) return undefined;
  if (lines.some((line) => DEFINITION.test(line))) return undefined;
  const starts = [0];
  if (cutAfterFrontMatter(lines, index)) starts.push(index);
  let open: OpenItem | undefined;
  let lastIndent = 0;
  for (; index < lines.length; index++) {
    const line = lines[index] as string;
    if (couldSwallowLines(line)) {
      const end = swallowedUntil(lines, index);
      if (end < 0) break;
      index = end;
      open = undefined;
      lastIndent = 0;
      continue;
    }
    const last = starts[starts.length - 1] as number;
    if (index > 0 && index !== last && ((BULLET_ITEM.test(line) && !THEMATIC_BREAK.test(line)) || ATX_HEADING.test(line) || QUOTED_ITEM.test(line) || orderedStartsBlock(lines, index, last, open, lastIndent >= 4))) {
      starts.push(index);
      open = openedBy(line);
    } else open = index === 0 ? openedBy(line) : stillOpen(open, line); // a section may start with an ordered item (a soft split is made before one)
    if (!BLANK.test(line)) lastIndent = indentOf(line);
  }
  return starts.length > 1 ? starts : undefined;
}

function shiftItem(item: RawItem, lines: number, items: number): RawItem {
  const moved: RawItem = { ...item, line: item.line + lines, parent: item.parent < 0 ? -1 : item.parent + items };
  if (item.outcome) moved.outcome = { ...item.outcome, line: item.outcome.line + lines };
  return moved;
}

function shiftHeading(heading: RawHeading, lines: number): RawHeading {
  return { ...heading, line: heading.line + lines, endLine: heading.endLine + lines };
}

function shiftDirective(directive: RawDirective, lines: number): RawDirective {
  return { ...directive, line: directive.line + lines };
}

function shiftProblem(problem: ParseProblem, lines: number): ParseProblem {
  const moved: ParseProblem = { ...problem, line: problem.line + lines };
  if (problem.endLine !== undefined) moved.endLine = problem.endLine + lines;
  return moved;
}

/** Appends a block's findings, `lines` below the section's first line and after `into`'s items. */
export function appendBlock(into: WalkedSyntax, block: WalkedSyntax, lines: number): void {
  const items = into.items.length;
  // Always copies: blocks are cached, and callers may adjust what they get (a byte-order mark's column).
  for (const item of block.items) into.items.push(shiftItem(item, lines, items));
  for (const heading of block.headings) into.headings.push(shiftHeading(heading, lines));
  for (const directive of block.directives) into.directives.push(shiftDirective(directive, lines));
  for (const problem of block.problems) into.problems.push(shiftProblem(problem, lines));
}

/**
 * The whole section's findings cut at the block starts, each block's lines
 * relative to it: what reading each block alone would give. Undefined when
 * something spans two blocks (it then cannot be reused block by block).
 */
export function cutIntoBlocks(whole: WalkedSyntax, starts: readonly number[], lineCount: number): WalkedSyntax[] | undefined {
  const blocks: WalkedSyntax[] = starts.map(() => ({ headings: [], items: [], directives: [], problems: [] }));
  const blockOf = (line: number) => {
    let block = starts.length - 1;
    while (block > 0 && (starts[block] as number) >= line) block--;
    return block;
  };
  const endOf = (block: number) => (block + 1 < starts.length ? (starts[block + 1] as number) : lineCount);
  const firstItem = new Array<number>(starts.length).fill(-1);
  for (let index = 0; index < whole.items.length; index++) {
    const item = whole.items[index] as RawItem;
    const block = blockOf(item.line);
    if (firstItem[block] === -1) firstItem[block] = index;
    const first = firstItem[block] as number;
    if (item.parent >= 0 && item.parent < first) return undefined;
    (blocks[block] as WalkedSyntax).items.push(shiftItem(item, -(starts[block] as number), -first));
  }
  for (const heading of whole.headings) {
    const block = blockOf(heading.line);
    if (heading.endLine > endOf(block)) return undefined;
    (blocks[block] as WalkedSyntax).headings.push(shiftHeading(heading, -(starts[block] as number)));
  }
  for (const directive of whole.directives) {
    const block = blockOf(directive.line);
    (blocks[block] as WalkedSyntax).directives.push(shiftDirective(directive, -(starts[block] as number)));
  }
  for (const problem of whole.problems) {
    const block = blockOf(problem.line);
    if ((problem.endLine ?? problem.line) > endOf(block)) return undefined;
    (blocks[block] as WalkedSyntax).problems.push(shiftProblem(problem, -(starts[block] as number)));
  }
  return blocks;
}
