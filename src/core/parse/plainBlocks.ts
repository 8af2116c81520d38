// Blocks whose markdown tree is known without the parser. micromark's cost
// is high per line and per open container (a list nested 30 deep took 13 s
// for 1 MB, issue 23), and a review is mostly bullet lines of plain words.
// For a block of such lines, nested by the book, the tree remark would make
// is built here directly — the same nodes, positions (with offsets), spread
// and checked flags — and anything unusual is left to the parser. Property
// tests (test/unit/parse/plainItem.test.ts) hold the built trees equal to
// remark's, node for node.

import type { Heading, List, ListItem, Root, RootContent } from 'mdast';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * A bullet line of plain words: indentation of spaces, a bullet and one
 * space, an optional `[ ]`/`[x]` task box, then content that opens no other
 * block and holds no character that markdown reads inline
 * (`` ` * _ [ ] < > \ ``) and no tab. `&` is allowed only where it cannot
 * start a character reference (checked apart, see `plainContent`).
 */
const PLAIN_LINE = /^( *)([-*+]) (\[[ xX]\] )?(?![-*+#=~ ]|\d{1,9}[.)])[^`*_[\]<>\\\t]+$/;
/** What could be a character reference (`&amp;`, `&#38;`, `&#x26;`); any other `&` is text (`R&D`, `Sales & customers`). */
const REFERENCE = /&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});/;

/** The length of `line` without trailing spaces (what markdown strips from a paragraph's last line). */
function trimmedLength(line: string): number {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end;
}

/** Does `lines` hold only empty lines from `from` on? */
function blankFrom(lines: readonly string[], from: number): boolean {
  for (let index = from; index < lines.length; index++) if (lines[index] !== '') return false;
  return true;
}

/** The index of the last non-empty line, -1 for none. */
function lastFilled(lines: readonly string[]): number {
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === '') last--;
  return last;
}

/** Where each line starts, lines joined by `\n`. */
function lineOffsets(lines: readonly string[], count: number): number[] {
  const offsets = [0];
  for (let index = 1; index < count; index++) offsets.push((offsets[index - 1] as number) + (lines[index - 1] as string).length + 1);
  return offsets;
}

/** The root's position as remark gives it: from the start to the end of the text. */
function rootPosition(lines: readonly string[], offsets: readonly number[], lastLine: number): { start: Point; end: Point } {
  const last = lines.length - 1;
  let offset = (offsets[lastLine] as number) + (lines[lastLine] as string).length;
  for (let index = lastLine + 1; index <= last; index++) offset += 1 + (lines[index] as string).length;
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: last + 1, column: (lines[last] as string).length + 1, offset } };
}

interface OpenItem {
  /** 0-based column of the bullet. */
  indent: number;
  bullet: string;
  list: List;
  item: ListItem;
}

/**
 * One plain bullet line as remark reads it: a list item holding one paragraph
 * (and maybe a task box). The paragraph and the item end at the line's end,
 * trailing spaces included; the text without them.
 */
function itemOf(line: string, match: RegExpExecArray, at: (column: number) => Point): ListItem | undefined {
  if (line.includes('&') && REFERENCE.test(line)) return undefined;
  const indent = (match[1] as string).length;
  const box = match[3];
  const contentColumn = indent + (box ? 7 : 3);
  const text = { type: 'text' as const, value: line.slice(contentColumn - 1, trimmedLength(line)), position: { start: at(contentColumn), end: at(trimmedLength(line) + 1) } };
  const paragraph = { type: 'paragraph' as const, children: [text], position: { start: at(contentColumn), end: at(line.length + 1) } };
  return { type: 'listItem', spread: false, checked: box ? box[1] !== ' ' : null, children: [paragraph], position: { start: at(indent + 1), end: at(line.length + 1) } };
}

function listOf(item: ListItem): List {
  return { type: 'list', ordered: false, start: null, spread: false, children: [item], position: { start: item.position?.start as Point, end: item.position?.end as Point } };
}

/** Closes the open items deeper than `depth`, each ending where the previous line ended. */
function closeTo(open: OpenItem[], depth: number, end: Point): void {
  while (open.length > depth) {
    const closed = open.pop() as OpenItem;
    (closed.item.position as { end: Point }).end = end;
    (closed.list.position as { end: Point }).end = end;
  }
}

/**
 * What remark reads from a block of plain bullet lines (and empty lines
 * after them): nested lists of items that each hold one paragraph. The first
 * line is at column 0; each next line is a child of the line before (indented
 * to its content column, two past its bullet) or a sibling of an open item
 * (at its bullet's column, with the same bullet). Anything else — a blank line
 * between items (it makes lists loose), a line indented otherwise, another
 * bullet character among siblings, a continuation line — is left to the
 * parser (undefined).
 */
export function plainListTree(lines: readonly string[]): Root | undefined {
  const last = lastFilled(lines);
  if (last < 0) return undefined;
  const offsets = lineOffsets(lines, last + 1);
  const roots: List[] = [];
  const open: OpenItem[] = [];
  let previousEnd: Point | undefined;
  for (let index = 0; index <= last; index++) {
    const line = lines[index] as string;
    const match = PLAIN_LINE.exec(line);
    if (!match) return undefined;
    const indent = (match[1] as string).length;
    const bullet = match[2] as string;
    const offset = offsets[index] as number;
    const at = (column: number): Point => ({ line: index + 1, column, offset: offset + column - 1 });
    const item = itemOf(line, match, at);
    if (!item) return undefined;
    const top = open[open.length - 1];
    if (top === undefined || indent === top.indent + 2) {
      if (top === undefined && indent !== 0) return undefined;
      const list = listOf(item);
      if (top) top.item.children.push(list);
      else roots.push(list);
      open.push({ indent, bullet, list, item });
    } else {
      let depth = open.length - 1;
      while (depth >= 0 && (open[depth] as OpenItem).indent > indent) depth--;
      const sibling = open[depth];
      if (sibling === undefined || sibling.indent !== indent || sibling.bullet !== bullet) return undefined;
      closeTo(open, depth, previousEnd as Point);
      sibling.list.children.push(item);
      open.push({ indent, bullet, list: sibling.list, item });
    }
    previousEnd = item.position?.end as Point;
  }
  closeTo(open, 0, previousEnd as Point);
  return { type: 'root', children: roots, position: rootPosition(lines, offsets, last) };
}

/** An ATX heading of plain words: no closing `#`s, nothing markdown reads inline, no trailing space. */
const PLAIN_HEADING = /^(#{1,6}) ([^`*_[\]<>\\\t#]+)$/;

/**
 * What remark reads from a block that is one plain heading line (and empty
 * lines): a heading holding one text. A review of many short sections pays
 * the parser's fixed cost once per section otherwise (40,000 sections took
 * 10 s).
 */
export function plainHeadingTree(lines: readonly string[]): Root | undefined {
  const first = lines[0] as string;
  const match = PLAIN_HEADING.exec(first);
  const words = match?.[2];
  if (!match || words === undefined || words.startsWith(' ') || words.endsWith(' ') || REFERENCE.test(words) || !blankFrom(lines, 1)) return undefined;
  const at = (column: number): Point => ({ line: 1, column, offset: column - 1 });
  const depth = (match[1] as string).length as Heading['depth'];
  const text = { type: 'text' as const, value: words, position: { start: at(depth + 2), end: at(first.length + 1) } };
  const heading: Heading = { type: 'heading', depth, children: [text], position: { start: at(1), end: at(first.length + 1) } };
  return { type: 'root', children: [heading], position: rootPosition(lines, lineOffsets(lines, 1), 0) };
}

const FENCE_LINE = /^---[ \t]*$/;

/**
 * What remark (with remark-frontmatter) reads from a block that is front
 * matter (`---` … `---`, as `frontMatterForRemark` leaves it) and empty
 * lines: one yaml node. Its content is not markdown, so any text will do.
 */
export function plainFrontMatterTree(lines: readonly string[]): Root | undefined {
  if (!FENCE_LINE.test(lines[0] as string)) return undefined;
  let close = 1;
  while (close < lines.length && !FENCE_LINE.test(lines[close] as string)) close++;
  if (close >= lines.length || !blankFrom(lines, close + 1)) return undefined;
  const offsets = lineOffsets(lines, close + 1);
  const closing = lines[close] as string;
  const end = { line: close + 1, column: closing.length + 1, offset: (offsets[close] as number) + closing.length };
  const yaml: RootContent = { type: 'yaml', value: lines.slice(1, close).join('\n'), position: { start: { line: 1, column: 1, offset: 0 }, end } };
  return { type: 'root', children: [yaml], position: rootPosition(lines, offsets, close) };
}

/**
 * A block the engine reads without the parser, or undefined. `lines` are the
 * block's text split at `\n` (positions' offsets count one character per
 * line end).
 */
export function plainTree(lines: readonly string[]): Root | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  // Empty lines only (between front matter and a heading, say): nothing.
  if (lastFilled(lines) < 0) return { type: 'root', children: [], position: rootPosition(lines, [0], 0) };
  if (first.startsWith('#')) return plainHeadingTree(lines);
  if (first.startsWith('---')) return plainFrontMatterTree(lines);
  return plainListTree(lines);
}
