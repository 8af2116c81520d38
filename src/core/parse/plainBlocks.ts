// Blocks whose markdown tree is known without the parser. micromark's cost
// is high per line and per open container (a list nested 30 deep took 13 s
// for 1 MB, issue 23), and a review is mostly bullet lines of plain words.
// For a block of such lines, nested by the book, the tree remark would make
// is built here directly — the same nodes, positions (with offsets), spread
// and checked flags — and anything unusual is left to the parser. Property
// tests (test/unit/parse/plainItem.test.ts) hold the built trees equal to
// remark's, node for node.

import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * A bullet line of plain words: indentation of spaces, a bullet and one
 * space, an optional `[ ]`/`[x]` task box, then content that opens no other
 * block and holds no character that markdown reads inline
 * (`` * _ < > \ ``) and no tab. `&` is allowed only where it cannot start a
 * character reference (checked apart, see `itemOf`); backticks and brackets
 * only in the plain inline code and links `inlineNodes` reads.
 */
const PLAIN_LINE = /^( *)([-*+]) (\[[ xX]\] )?(?![-*+#=~ `[]|\d{1,9}[.)])[^*_<>\\\t]+$/;
/**
 * Inline code in one backtick each side (not a longer run) with no space at either end, and a link
 * of plain words to a plain address (`[the doc](https://example.com/a)`):
 * what a review's items hold besides plain words. Their tree is known;
 * anything else with a backtick or a bracket is left to the parser.
 */
const PLAIN_INLINE = /(?<!`)`([^`\s](?:[^`]*[^`\s])?)`(?!`)|(?<!!)\[([^`[\]&]+)\]\(([A-Za-z0-9/:.~?#=+-]+)\)/g;
/** What is left between them must hold no backtick, bracket or `!` before a bracket. */
const INLINE_MARK = /[`[\]]/;
/** What could be a character reference (`&amp;`, `&#38;`, `&#x26;`); any other `&` is text (`R&D`, `Sales & customers`). */
const REFERENCE = /&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});/;

/** The length of `line` without trailing spaces (what markdown strips from a paragraph's last line). */
function trimmedLength(line: string): number {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end;
}

/** Where each line starts, lines joined by `\n`. */
function lineOffsets(lines: readonly string[], count: number): number[] {
  const offsets = [0];
  for (let index = 1; index < count; index++) offsets.push((offsets[index - 1] as number) + (lines[index - 1] as string).length + 1);
  return offsets;
}

/** The root's position as remark gives it: from the start to the end of the text. */
function rootPosition(lines: readonly string[], offsets: readonly number[]): { start: Point; end: Point } {
  const last = lines.length - 1;
  const lastLine = lines[last] as string;
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: last + 1, column: lastLine.length + 1, offset: (offsets[last] as number) + lastLine.length } };
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
  const children = inlineNodes(line, contentColumn, at);
  if (!children) return undefined;
  const paragraph = { type: 'paragraph' as const, children, position: { start: at(contentColumn), end: at(line.length + 1) } };
  return { type: 'listItem', spread: false, checked: box ? box[1] !== ' ' : null, children: [paragraph], position: { start: at(indent + 1), end: at(line.length + 1) } };
}

type InlineNode = Paragraph['children'][number];

/**
 * The paragraph's nodes from `contentColumn` to the line's end (trailing
 * spaces left out), as remark reads them: text, and the plain inline code
 * and links of PLAIN_INLINE; undefined when anything else reads inline.
 */
function inlineNodes(line: string, contentColumn: number, at: (column: number) => Point): InlineNode[] | undefined {
  const end = trimmedLength(line);
  const nodes: InlineNode[] = [];
  const text = (from: number, to: number): boolean => {
    if (from === to) return true;
    const value = line.slice(from, to);
    if (INLINE_MARK.test(value)) return false;
    nodes.push({ type: 'text', value, position: { start: at(from + 1), end: at(to + 1) } });
    return true;
  };
  let from = contentColumn - 1;
  if (line.includes('`') || line.includes('[')) {
    PLAIN_INLINE.lastIndex = from;
    for (let found = PLAIN_INLINE.exec(line); found; found = PLAIN_INLINE.exec(line)) {
      if (!text(from, found.index)) return undefined;
      const to = found.index + found[0].length;
      const position = { start: at(found.index + 1), end: at(to + 1) };
      const words = found[2];
      if (words === undefined) nodes.push({ type: 'inlineCode', value: found[1] as string, position });
      else nodes.push({ type: 'link', title: null, url: found[3] as string, children: [{ type: 'text', value: words, position: { start: at(found.index + 2), end: at(found.index + 2 + words.length) } }], position });
      from = to;
    }
  }
  // Trailing spaces end the paragraph; a construct may end the line.
  return from >= end || text(from, end) ? nodes : undefined;
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

/** What a reader found: the nodes, and the line after them. */
interface Read {
  nodes: RootContent[];
  next: number;
}

/**
 * A line that can only continue a paragraph: after its indentation, nothing
 * that starts or interrupts a block (a bullet, a number, a heading, a quote,
 * a fence, HTML, a rule or setext line), no character markdown reads inline,
 * and no trailing space. Lazy or indented, it joins the open paragraph.
 */
const PLAIN_CONTINUATION = /^( *)(?![-*+#=~`>_<|\d ])[^*_<>\\\t`[\]]*[^*_<>\\\t`[\] ]$/;
/** A setext underline of `=`: lazy (left of the item's content), it is text too; indented, it would make a heading. */
const EQUALS_LINE = /^( *)=+$/;

/**
 * Adds continuation line `index` to the paragraph of the deepest open item,
 * as remark reads it: one text with the line's words after a line break, to
 * the line's end. False (the parser reads the block) when the line is
 * anything else, or the line before ends in a space (a hard break).
 */
function continueParagraph(open: readonly OpenItem[], lines: readonly string[], index: number, at: (column: number) => Point): Point | undefined {
  const line = lines[index] as string;
  const deepest = open[open.length - 1];
  const paragraph = deepest?.item.children[0];
  if (!deepest || paragraph?.type !== 'paragraph' || (lines[index - 1] as string).endsWith(' ')) return undefined;
  const lazyEquals = EQUALS_LINE.exec(line);
  const match = lazyEquals && (lazyEquals[1] as string).length < (paragraph.position as { start: Point }).start.column - 1 ? lazyEquals : PLAIN_CONTINUATION.exec(line);
  if (!match || (line.includes('&') && REFERENCE.test(line))) return undefined;
  const words = line.slice((match[1] as string).length);
  const end = at(line.length + 1);
  const last = paragraph.children[paragraph.children.length - 1];
  const lastPosition = last?.position as { start: Point; end: Point } | undefined;
  if (last?.type === 'text' && lastPosition) {
    last.value += `\n${words}`;
    lastPosition.end = end;
  } else if (lastPosition) {
    paragraph.children.push({ type: 'text', value: `\n${words}`, position: { start: lastPosition.end, end } });
  } else return undefined;
  (paragraph.position as { end: Point }).end = end;
  (deepest.item.position as { end: Point }).end = end;
  return end;
}

/**
 * Plain bullet lines from `from` on, as remark reads them: nested lists of
 * items that each hold one paragraph. The first line is at column 0; each
 * next line is a child of the line before (indented to its content column,
 * two past its bullet) or a sibling of an open item (at its bullet's column,
 * with the same bullet). A plain line indented otherwise, or with another
 * bullet among siblings, is left to the parser (undefined); the list ends at
 * the first line that is not a plain bullet line.
 */
function readList(lines: readonly string[], offsets: readonly number[], from: number): Read | undefined {
  const roots: List[] = [];
  const open: OpenItem[] = [];
  let previousEnd: Point | undefined;
  let index = from;
  for (; index < lines.length; index++) {
    const line = lines[index] as string;
    const match = PLAIN_LINE.exec(line);
    const offset = offsets[index] as number;
    const at = (column: number): Point => ({ line: index + 1, column, offset: offset + column - 1 });
    if (!match) {
      const continued = line === '' ? undefined : continueParagraph(open, lines, index, at);
      if (!continued) break;
      previousEnd = continued;
      continue;
    }
    const indent = (match[1] as string).length;
    const bullet = match[2] as string;
    const item = itemOf(line, match, at);
    if (!item) return undefined;
    const top = open[open.length - 1];
    if (top === undefined || indent === top.indent + 2) {
      if (top === undefined && (indent !== 0 || roots.length > 0)) return undefined;
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
  if (previousEnd === undefined) return undefined;
  closeTo(open, 0, previousEnd);
  return { nodes: roots, next: index };
}

/** An ATX heading of plain words: no closing `#`s, nothing markdown reads inline, no trailing space. */
const PLAIN_HEADING = /^(#{1,6}) ([^`*_[\]<>\\\t#]+)$/;

/** A heading line of plain words, as remark reads it: a heading holding one text. */
function readHeading(lines: readonly string[], offsets: readonly number[], from: number): Read | undefined {
  const line = lines[from] as string;
  const match = PLAIN_HEADING.exec(line);
  const words = match?.[2];
  if (!match || words === undefined || words.startsWith(' ') || words.endsWith(' ') || (words.includes('&') && REFERENCE.test(words))) return undefined;
  const offset = offsets[from] as number;
  const at = (column: number): Point => ({ line: from + 1, column, offset: offset + column - 1 });
  const depth = (match[1] as string).length as Heading['depth'];
  const text = { type: 'text' as const, value: words, position: { start: at(depth + 2), end: at(line.length + 1) } };
  return { nodes: [{ type: 'heading', depth, children: [text], position: { start: at(1), end: at(line.length + 1) } }], next: from + 1 };
}

const FRONT_MATTER_FENCE = /^---[ \t]*$/;

/**
 * Front matter on the first lines (`---` … `---`, as `frontMatterForRemark`
 * leaves it), as remark-frontmatter reads it: one yaml node. Its content is
 * not markdown, so any text will do.
 */
function readFrontMatter(lines: readonly string[], offsets: readonly number[]): Read | undefined {
  if (!FRONT_MATTER_FENCE.test(lines[0] as string)) return undefined;
  let close = 1;
  while (close < lines.length && !FRONT_MATTER_FENCE.test(lines[close] as string)) close++;
  if (close >= lines.length) return undefined;
  const closing = lines[close] as string;
  const end = { line: close + 1, column: closing.length + 1, offset: (offsets[close] as number) + closing.length };
  return { nodes: [{ type: 'yaml', value: lines.slice(1, close).join('\n'), position: { start: { line: 1, column: 1, offset: 0 }, end } }], next: close + 1 };
}

/** The node of lines `from`..`to` of one raw construct (code, HTML), ending at its last line's end. */
function spanPosition(lines: readonly string[], offsets: readonly number[], from: number, to: number): { start: Point; end: Point } {
  const last = lines[to] as string;
  return { start: { line: from + 1, column: 1, offset: offsets[from] as number }, end: { line: to + 1, column: last.length + 1, offset: (offsets[to] as number) + last.length } };
}

/**
 * An HTML comment opened at column 0, as remark reads it: an html node of
 * its lines, to the first line holding `-->` (`<!-->` and `<!--->` close at
 * once). Unclosed, it is left to the parser.
 */
function readComment(lines: readonly string[], offsets: readonly number[], from: number): Read | undefined {
  const first = lines[from] as string;
  let to = from;
  if (!first.includes('-->', 2)) {
    to++;
    while (to < lines.length && !(lines[to] as string).includes('-->')) to++;
    if (to >= lines.length) return undefined;
  }
  return { nodes: [{ type: 'html', value: lines.slice(from, to + 1).join('\n'), position: spanPosition(lines, offsets, from, to) }], next: to + 1 };
}

/** A fence at column 0 whose info string is one plain word or nothing (no escapes, no references, no meta). */
const PLAIN_FENCE = /^(`{3,}|~{3,})([A-Za-z0-9_+-]*)$/;

/** Does `line` close a fence of `length` × `char` (up to 3 spaces, at least as many of the same character, then blanks)? */
export function closesFence(line: string, char: string, length: number): boolean {
  let at = 0;
  while (at < 3 && line[at] === ' ') at++;
  let run = 0;
  while (line[at + run] === char) run++;
  for (let rest = at + run; rest < line.length; rest++) if (line[rest] !== ' ' && line[rest] !== '\t') return false;
  return run >= length;
}

/** A fenced code block at column 0 that closes, as remark reads it: a code node. Unclosed, it is left to the parser. */
function readFence(lines: readonly string[], offsets: readonly number[], from: number): Read | undefined {
  const match = PLAIN_FENCE.exec(lines[from] as string);
  if (!match) return undefined;
  const fence = match[1] as string;
  let to = from + 1;
  while (to < lines.length && !closesFence(lines[to] as string, fence[0] as string, fence.length)) to++;
  if (to >= lines.length) return undefined;
  const code: RootContent = { type: 'code', lang: match[2] || null, meta: null, value: lines.slice(from + 1, to).join('\n'), position: spanPosition(lines, offsets, from, to) };
  return { nodes: [code], next: to + 1 };
}

/**
 * What follows a block's first construct: empty lines, and HTML comments and
 * fenced code opened at column 0 that close, each of which ends whatever was
 * open before it. Undefined at anything else.
 */
function readTail(lines: readonly string[], offsets: readonly number[], from: number, into: RootContent[]): boolean {
  let index = from;
  while (index < lines.length) {
    const line = lines[index] as string;
    if (line === '') {
      index++;
      continue;
    }
    const read = line.startsWith('<!--') ? readComment(lines, offsets, index) : line.startsWith('```') || line.startsWith('~~~') ? readFence(lines, offsets, index) : undefined;
    if (!read) return false;
    into.push(...read.nodes);
    index = read.next;
  }
  return true;
}

/**
 * A block the engine reads without the parser, or undefined: front matter,
 * a plain heading line or plain bullet lines (nested by the book), then
 * empty lines, comments and fenced code (`readTail`). `lines` are the block's
 * text split at `\n` (positions' offsets count one character per line end).
 * Anything else — a blank line between items (it makes lists loose), a
 * continuation line, inline markup, a tab, an ordered list — is left to the
 * parser.
 */
export function plainTree(lines: readonly string[]): Root | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  const offsets = lineOffsets(lines, lines.length);
  const lead = first.startsWith('#') ? readHeading(lines, offsets, 0) : first.startsWith('---') ? readFrontMatter(lines, offsets) : first === '' || first.startsWith('<!--') || first.startsWith('```') || first.startsWith('~~~') ? { nodes: [], next: 0 } : readList(lines, offsets, 0);
  if (!lead) return undefined;
  const children = lead.nodes;
  if (!readTail(lines, offsets, lead.next, children)) return undefined;
  return { type: 'root', children, position: rootPosition(lines, offsets) };
}

/** Plain bullet lines (and what may follow them, see `plainTree`), or undefined. */
export function plainListTree(lines: readonly string[]): Root | undefined {
  return PLAIN_LINE.test(lines[0] ?? '') ? plainTree(lines) : undefined;
}
