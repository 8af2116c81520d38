// Splits a document into top-level sections at ATX headings (`# …` at column
// 0) that lie outside front matter, fenced code and HTML blocks, so that each
// section can be parsed on its own and cached by its text (SPEC §6). A split is
// only made where a whole-document CommonMark parse would also start a
// heading: when in doubt the splitter keeps lines together, which is always
// safe, because a heading at column 0 closes every open container.

import { unreadableLine } from './lineGuard';

export interface Section {
  /** 1-based line where the section starts. */
  startLine: number;
  /** Offset of the section's first character in the document. */
  startOffset: number;
  text: string;
}

export interface LineTable {
  /** Offset of each line's first character; `starts[0] === 0`. */
  starts: number[];
  /** Lines without their terminators. */
  lines: string[];
}

export function splitLines(text: string): LineTable {
  const starts = [0];
  const lines: string[] = [];
  const terminator = /\r\n|\r|\n/g;
  let last = 0;
  for (let match = terminator.exec(text); match; match = terminator.exec(text)) {
    lines.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    starts.push(last);
  }
  lines.push(text.slice(last));
  return { starts, lines };
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const HTML_BLOCK_ENDS: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const HTML_BLOCK_6 = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i;
const HTML_BLOCK_7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

type HtmlState = { end: RegExp } | 'until-blank';

/**
 * One way the whole-document parser may stand at a line, as far as splitting
 * cares: an open top-level fence or HTML block, an open top-level list item
 * (content column), and whether the innermost open block is a paragraph.
 */
interface ScanState {
  fence?: { char: string; length: number };
  html?: HtmlState;
  list?: { contentIndent: number; blankSince: boolean; empty: boolean };
  paragraph: boolean;
}

/** Width of `text` starting at `column` (tabs to the next multiple of 4). */
function widthFrom(column: number, text: string): number {
  let at = column;
  for (const char of text) at = char === '\t' ? at + 4 - (at % 4) : at + 1;
  return at - column;
}

const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const MAX_STATES = 64;

function stateKey(state: ScanState): string {
  return JSON.stringify([state.fence, state.html === undefined ? undefined : state.html === 'until-blank' ? 0 : state.html.end.source, state.list, state.paragraph]);
}

/** The fence a line (without its indentation) opens; a backtick fence's info may not hold a backtick. */
function fenceOpening(content: string): { char: string; length: number } | undefined {
  const match = FENCE_OPEN.exec(content);
  if (!match || (match[1]?.startsWith('`') && match[2]?.includes('`'))) return undefined;
  return { char: match[1]?.[0] ?? '`', length: match[1]?.length ?? 3 };
}

/** A line at the top level (no open container of ours): its possible next states. */
function topLevelStep(state: ScanState, indent: number, content: string): ScanState[] {
  const paragraph = state.paragraph;
  if (indent >= 4) return [{ paragraph }]; // indented code, or a continuation of the paragraph
  const fence = fenceOpening(content);
  if (fence) return [{ fence, paragraph: false }];
  const htmlKind = HTML_BLOCK_ENDS.find(([open]) => open.test(content));
  if (htmlKind) {
    // The end marker may already stand on the opening line (`<!-- note -->`).
    return [htmlKind[1].test(content) ? { paragraph: false } : { html: { end: htmlKind[1] }, paragraph: false }];
  }
  if (HTML_BLOCK_6.test(content)) return [{ html: 'until-blank', paragraph: false }];
  // Type 7 cannot interrupt a paragraph; micromark also applies that rule in
  // places CommonMark does not (after indented code), so both readings are kept.
  if (HTML_BLOCK_7.test(content)) return paragraph ? [{ paragraph: true }] : [{ html: 'until-blank', paragraph: false }, { paragraph: true }];
  if (paragraph && SETEXT_UNDERLINE.test(content)) return [{ paragraph: false }];
  if (THEMATIC_BREAK.test(content)) return [{ paragraph: false }];
  const marker = LIST_MARKER.exec(content);
  if (marker) {
    const rest = content.slice(marker[0].length);
    const markerText = marker[1] ?? '-';
    const empty = rest.trim() === '';
    // The first item of a list may interrupt a paragraph only when it is not
    // empty and, if ordered, starts at 1. micromark applies the rule after other
    // blocks too (indented code), so elsewhere both readings are kept.
    const mayNotInterrupt = empty || (/^\d/.test(markerText) && Number(markerText.slice(0, -1)) !== 1);
    if (paragraph && mayNotInterrupt) return [{ paragraph: true }];
    const markerEnd = indent + markerText.length;
    const spaces = empty ? 1 : widthFrom(markerEnd, marker[2] ?? ' ');
    const contentIndent = markerEnd + (spaces >= 1 && spaces <= 4 ? spaces : 1);
    const list = { contentIndent, blankSince: false, empty };
    // What the item's first line opens is not known here: maybe a paragraph, maybe not.
    const readings: ScanState[] = empty ? [{ list, paragraph: false }] : [{ list, paragraph: true }, { list, paragraph: false }];
    return mayNotInterrupt ? [...readings, { paragraph: true }] : readings;
  }
  if (/^#{1,6}(?:[ \t]|$)/.test(content)) return [{ paragraph: false }];
  // Plain text: a paragraph line. After quotes, tables and definitions the
  // innermost block may or may not be a paragraph.
  if (content.startsWith('>') || content.includes('|') || content.startsWith('[')) return [{ paragraph: true }, { paragraph: false }];
  return [{ paragraph: true }];
}

function step(state: ScanState, line: string): ScanState[] {
  const blank = line.trim() === '';
  const indent = indentOf(line);
  const content = line.trimStart();
  if (state.fence) {
    const close = new RegExp(`^${state.fence.char === '`' ? '`' : '~'}{${state.fence.length},}[ \\t]*$`);
    return [indent <= 3 && close.test(content) ? { paragraph: false } : state];
  }
  if (state.html) {
    const ends = state.html === 'until-blank' ? blank : state.html.end.test(line);
    return [ends ? { paragraph: false } : state];
  }
  const list = state.list;
  if (blank) {
    if (!list || list.empty) return [{ paragraph: false }];
    return [{ list: { ...list, blankSince: true }, paragraph: false }];
  }
  if (list && indent >= list.contentIndent) {
    // Inside the open item: its fences and HTML belong to it (a column-0
    // heading closes them all); whether it ends in a paragraph is unknown.
    const inside = { ...list, blankSince: false, empty: false };
    return [{ list: inside, paragraph: true }, { list: inside, paragraph: false }];
  }
  if (list && !list.blankSince && state.paragraph) {
    const interrupts = indent <= 3 && (fenceOpening(content) !== undefined || THEMATIC_BREAK.test(content) || content.startsWith('>') || /^#{1,6}(?:[ \t]|$)/.test(content)
      || HTML_BLOCK_ENDS.some(([open]) => open.test(content)) || HTML_BLOCK_6.test(content) || (LIST_MARKER.test(content)));
    // A lazy continuation line of the item's paragraph; a list marker here
    // may instead be a sibling item.
    // micromark may read a lazy line as a block of its own inside the item
    // (`</span>` becomes HTML there), so the paragraph may end with it.
    if (!interrupts) return [{ list, paragraph: true }, { list, paragraph: false }];
    if (LIST_MARKER.test(content) && !THEMATIC_BREAK.test(content)) return [{ list, paragraph: true }, ...topLevelStep({ paragraph: false }, indent, content)];
  }
  // The list (if any) ends here; the line is read at the top level.
  return topLevelStep(list ? { paragraph: false } : state, indent, content);
}

/** Line indexes (0-based) where a top-level ATX heading starts a new section. */
export function findSectionStarts(lines: readonly string[], firstContentLine: number): number[] {
  const starts: number[] = [];
  let states: ScanState[] = [{ paragraph: false }];
  for (let index = firstContentLine; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    // Lines the section parser skips (see lineGuard.ts) are blank to it, so here too.
    const line = unreadableLine(raw) ? '' : raw;
    if (ATX_HEADING.test(line)) {
      // A heading at column 0 closes every container; it is one unless a
      // fence or HTML block may still be open.
      if (states.every((state) => !state.fence && !state.html)) {
        starts.push(index);
        states = [{ paragraph: false }];
        continue;
      }
    }
    const next = new Map<string, ScanState>();
    for (const state of states) {
      const results = ATX_HEADING.test(line) && !state.fence && !state.html ? [{ paragraph: false }] : step(state, line);
      for (const result of results) next.set(stateKey(result), result);
    }
    states = [...next.values()];
    if (states.length > MAX_STATES) {
      // Too many readings to follow: stop splitting (one more section is always safe).
      return starts;
    }
  }
  return starts;
}

/** Splits `text` into sections; the first one holds everything before the first top-level heading. */
export function splitSections(text: string, table: LineTable, firstContentLine: number): Section[] {
  const boundaries = findSectionStarts(table.lines, firstContentLine).filter((line) => line > 0);
  const sections: Section[] = [];
  let startLine = 0;
  for (const boundary of [...boundaries, table.lines.length]) {
    if (boundary <= startLine && sections.length > 0) continue;
    const from = table.starts[startLine] ?? text.length;
    const to = boundary < table.lines.length ? (table.starts[boundary] ?? text.length) : text.length;
    sections.push({ startLine: startLine + 1, startOffset: from, text: text.slice(from, to) });
    startLine = boundary;
  }
  return sections;
}
