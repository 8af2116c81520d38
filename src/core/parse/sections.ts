// Splits a document into top-level sections at ATX headings (`# …` at column
// 0) that lie outside front matter, fenced code and HTML blocks, so that each
// section can be parsed on its own and cached by its text (docs/PERFORMANCE.md). A split is
// only made where a whole-document CommonMark parse would also start a
// heading: when in doubt the splitter keeps lines together, which is always
// safe, because a heading at column 0 closes every open container.

import { detachText } from '../text';
import { unreadableLine } from './lineGuard';

export interface Section {
  /** 1-based line where the section starts. */
  startLine: number;
  /** Offset of the section's first character in the document. */
  startOffset: number;
  text: string;
}

/** Lines by index, without their terminators: an array, or a view that cuts a line from the text when asked (`linesOf`). */
export interface LineList {
  readonly length: number;
  at(index: number): string | undefined;
}

export interface LineTable {
  /** Offset of each line's first character; `starts[0] === 0`. Typed: an edit copies it whole, and a typed copy is a memory copy. */
  starts: Int32Array;
  lines: LineList;
}

export function splitLines(text: string): LineTable & { lines: string[] } {
  const { starts, lines } = splitLineList(text);
  return { starts: Int32Array.from(starts), lines };
}

/**
 * The lines of a text whose lines end with `\n`, cut from it when asked. What
 * is kept between edits holds this view, not 24,000 line strings of a 1 MB
 * review: an update reads only the few lines around the edit.
 */
export function linesOf(text: string, starts: Int32Array): LineList {
  const count = starts.length;
  return {
    length: count,
    at: (index) => (index >= 0 && index < count ? text.slice(starts[index], index + 1 < count ? (starts[index + 1] as number) - 1 : text.length) : undefined),
  };
}

/** The first `count` lines of `lines`. */
function firstLines(lines: LineList, count: number): LineList {
  return { length: count, at: (index) => (index < count ? lines.at(index) : undefined) };
}

function splitLineList(text: string): { starts: number[]; lines: string[] } {
  const starts = [0];
  const lines: string[] = [];
  // indexOf is several times faster than a regex loop on a megabyte; a lone
  // `\r` (old Mac line ends) takes the slow path.
  if (text.includes('\r')) {
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
  let last = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', last)) {
    lines.push(text.slice(last, at));
    last = at + 1;
    starts.push(last);
  }
  lines.push(text.slice(last));
  return { starts, lines };
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
/** A bullet item of plain text at a quote's first column (`> - x`), as blocks.ts cuts before. */
const QUOTED_ITEM = /^> ?[-*+] {1,4}(?![-*+>< \t]|\d{1,9}[.)])\S/;
/** Text that can only open a paragraph: a letter, or digits no marker follows (`45m`, `2026`). */
const PLAIN_START = /^(?:\p{L}|\d(?!\d{0,8}[.)](?:[ \t]|$)))/u;
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

/** The width of a line's leading spaces and tabs (a tab to the next multiple of 4). */
export function indentOf(line: string): number {
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
  /** An open fence; `line` is where it opened (0-based), set by the scan. */
  fence?: { char: string; length: number; line?: number };
  html?: HtmlState;
  /** `marker`: the list's kind (`-`, `*`, `+`, or an ordered list's `.` or `)`), which its next item must share. */
  list?: { contentIndent: number; blankSince: boolean; empty: boolean; marker: string };
  paragraph: boolean;
  /** A quote that may be open held a fence or HTML, which may hide its later lines (`> ```` … `> - x`). */
  quoteRisk?: boolean;
}

/** Width of `text` starting at `column` (tabs to the next multiple of 4). */
function widthFrom(column: number, text: string): number {
  let at = column;
  for (const char of text) at = char === '\t' ? at + 4 - (at % 4) : at + 1;
  return at - column;
}

const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const MAX_STATES = 64;

/** An open HTML block's reading by how it ends: 0 none, 1 at a blank line, 2 on for the end markers' place in HTML_BLOCK_ENDS. */
function htmlKind(html: HtmlState | undefined): number {
  if (html === undefined) return 0;
  if (html === 'until-blank') return 1;
  let at = 0;
  // Every end comes from HTML_BLOCK_ENDS (topLevelStep), so the loop always stops at one.
  while (at < HTML_BLOCK_ENDS.length && (HTML_BLOCK_ENDS[at] as [RegExp, RegExp])[1] !== html.end) at++;
  return at + 2;
}

/** A list's kind as a number: the bullets, then an ordered list's `.` and `)`. */
const MARKER_KINDS = ['-', '*', '+', '.', ')'];

/**
 * A reading as one number, equal for two readings exactly when they differ
 * only where splitting does not care (where a fence opened): its fence's
 * length and character, its HTML block's end, its list item's content column,
 * flags and kind, whether it is in a paragraph, and whether a quote may hide
 * its later lines. A number, not a string: a key string per reading was a
 * third of what the scan allocated, two or three readings on every list line.
 * A list item's content column is at most 17 (indent under 4, a marker of up
 * to 10 characters, up to 4 spaces), so its field (with flags and kind, under
 * 1,152) is inside 2,048; a fence's length is the only unbounded field, and a
 * document's length keeps the number far below 2^53.
 */
function readingKey(state: ScanState): number {
  const fence = state.fence ? state.fence.length * 3 + (state.fence.char === '`' ? 1 : 2) : 0;
  const list = state.list ? ((state.list.contentIndent * 4 + (state.list.blankSince ? 2 : 0) + (state.list.empty ? 1 : 0)) * 8 + MARKER_KINDS.indexOf(state.list.marker) + 1) * 2 + 1 : 0;
  return (((fence * 8 + htmlKind(state.html)) * 2048 + list) * 2 + (state.paragraph ? 1 : 0)) * 2 + (state.quoteRisk ? 1 : 0);
}

/** The fence a line (without its indentation) opens; a backtick fence's info may not hold a backtick. */
function fenceOpening(content: string): { char: string; length: number } | undefined {
  const match = FENCE_OPEN.exec(content);
  if (!match || (match[1]?.startsWith('`') && match[2]?.includes('`'))) return undefined;
  return { char: match[1]?.[0] ?? '`', length: match[1]?.length ?? 3 };
}

/** A list marker's kind: the bullet, or an ordered marker's delimiter (`3.` → `.`). */
function markerKind(marker: string): string {
  return /^\d/.test(marker) ? marker.slice(-1) : marker;
}

/**
 * A line at the top level (no open container of ours): its possible next
 * states. `open`: the kind of the list whose item the line closes, if any.
 */
function topLevelStep(state: ScanState, indent: number, content: string, open?: string): ScanState[] {
  const paragraph = state.paragraph;
  // A lazy line keeps a quote's paragraph, and the quote, open.
  const lazy: ScanState = paragraph && state.quoteRisk ? { paragraph, quoteRisk: true } : { paragraph };
  if (indent >= 4) return [lazy]; // indented code, or a continuation of the paragraph
  const fence = fenceOpening(content);
  if (fence) return [{ fence, paragraph: false }];
  // Every HTML block opens with `<`: most lines are let go before the seven expressions.
  if (content.startsWith('<')) {
    const htmlKind = HTML_BLOCK_ENDS.find(([open]) => open.test(content));
    if (htmlKind) {
      // The end marker may already stand on the opening line (`<!-- note -->`).
      return [htmlKind[1].test(content) ? { paragraph: false } : { html: { end: htmlKind[1] }, paragraph: false }];
    }
    if (HTML_BLOCK_6.test(content)) return [{ html: 'until-blank', paragraph: false }];
    // Type 7 cannot interrupt a paragraph; micromark also applies that rule in
    // places CommonMark does not (after indented code), so both readings are kept.
    if (HTML_BLOCK_7.test(content)) return paragraph ? [lazy] : [{ html: 'until-blank', paragraph: false }, { paragraph: true }];
  }
  // `===` cannot underline a quote's paragraph lazily: it continues it.
  if (paragraph && SETEXT_UNDERLINE.test(content)) return state.quoteRisk ? [{ paragraph: false }, lazy] : [{ paragraph: false }];
  if (THEMATIC_BREAK.test(content)) return [{ paragraph: false }];
  const marker = LIST_MARKER.exec(content);
  if (marker) {
    const rest = content.slice(marker[0].length);
    const markerText = marker[1] ?? '-';
    const empty = rest.trim() === '';
    // The first item of a list may interrupt a paragraph only when it is not
    // empty and, if ordered, starts at 1. micromark applies the rule after other
    // blocks too (indented code), so elsewhere both readings are kept.
    // The next item of the open list (same kind) is never read as interrupting: `1. a` then `2. b`.
    const sibling = open !== undefined && markerKind(markerText) === open;
    const mayNotInterrupt = !sibling && (empty || (/^\d/.test(markerText) && Number(markerText.slice(0, -1)) !== 1));
    if (paragraph && mayNotInterrupt) return [{ paragraph: true }];
    const markerEnd = indent + markerText.length;
    const spaces = empty ? 1 : widthFrom(markerEnd, marker[2] ?? ' ');
    const contentIndent = markerEnd + (spaces >= 1 && spaces <= 4 ? spaces : 1);
    const list = { contentIndent, blankSince: false, empty, marker: markerKind(markerText) };
    // What the item's first line opens: a paragraph when its text starts with a letter, or
    // digits that are no list marker (`1h`); otherwise not known here, maybe one, maybe not.
    // A reading without one ends the list at the next lazy line, and no later item could split.
    const opens: ScanState[] = spaces <= 4 && PLAIN_START.test(rest) ? [{ list, paragraph: true }] : [{ list, paragraph: true }, { list, paragraph: false }];
    const readings: ScanState[] = empty ? [{ list, paragraph: false }] : opens;
    return mayNotInterrupt ? [...readings, { paragraph: true }] : readings;
  }
  if (/^#{1,6}(?:[ \t]|$)/.test(content)) return [{ paragraph: false }];
  // Plain text: a paragraph line. After quotes, tables and definitions the
  // innermost block may or may not be a paragraph.
  if (content.startsWith('>')) {
    const risk = state.quoteRisk === true || quoteMayHide(content);
    return risk ? [{ paragraph: true, quoteRisk: true }, { paragraph: false, quoteRisk: true }] : [{ paragraph: true }, { paragraph: false }];
  }
  if (content.includes('|') || content.startsWith('[')) return [{ paragraph: true }, { paragraph: false }];
  return [paragraph ? lazy : { paragraph: true }];
}

/** The text of a quote line inside its markers (`> > x` → `x`), read by a loop: a pattern for it would nest quantifiers. */
function insideQuotes(content: string): string {
  let at = 0;
  for (;;) {
    let next = at;
    while (next < content.length && next - at < 3 && content[next] === ' ') next++;
    if (content[next] !== '>') return content.slice(at).trimStart();
    at = next + 1;
  }
}

/** Can what this quote line opens hide its later lines: a fence, HTML? */
function quoteMayHide(content: string): boolean {
  const inside = insideQuotes(content);
  return inside.startsWith('<') || inside.includes('```') || inside.includes('~~~');
}

function step(state: ScanState, line: string): ScanState[] {
  const blank = line.trim() === '';
  const indent = indentOf(line);
  const content = line.trimStart();
  if (state.fence) {
    const closes = indent <= 3 && content.startsWith(state.fence.char.repeat(state.fence.length)) && /^(`+|~+)[ \t]*$/.test(content) && content[0] === state.fence.char;
    return [closes ? { paragraph: false } : state];
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
    if (LIST_MARKER.test(content) && !THEMATIC_BREAK.test(content)) {
      // An item of the same list is its next item, never a lazy line (micromark tries it first).
      const sibling = markerKind(LIST_MARKER.exec(content)?.[1] ?? '') === list.marker;
      return sibling ? topLevelStep({ paragraph: false }, indent, content, list.marker) : [{ list, paragraph: true }, ...topLevelStep({ paragraph: false }, indent, content)];
    }
  }
  // The list (if any) ends here, or takes its next item; the line is read at the top level.
  return topLevelStep(list ? { paragraph: false } : state, indent, content, list?.marker);
}

/**
 * Where a long run without headings may also be split (a file of 150,000
 * items and no heading must stay incremental). A soft split is made only at a
 * line every reading agrees starts a fresh top-level block (see
 * `startsFreshBlock`), and only at some of them: those whose text hashes to 0
 * modulo `modulus` once the section has `minLines` lines, so that an edit moves
 * at most the boundaries next to it; or at any such line once the section holds
 * `maxChars` characters. Tests may tune it.
 */
export const SOFT_SPLIT = { minLines: 32, modulus: 16, maxChars: 32 * 1024, maxBreaks: 64 };

/**
 * A line that may underline the paragraph above it, or close its container
 * as a new block (a rule, a fence, HTML). micromark pays for each with a pass
 * over every event of the parse so far, so a section of such lines whose
 * texts never hash to a split cost the square of their number (32 KB of
 * `- 1h x1` / `***` took 1 s, a megabyte 18 s): past `maxBreaks` of them any
 * fresh line may start a section, as past `maxChars` characters.
 */
function breaksFlow(line: string): boolean {
  const content = line.trimStart();
  const first = content.charAt(0);
  if (first === '<') return true;
  if (!'-*_=`~'.includes(first) || first === '') return false;
  return THEMATIC_BREAK.test(content) || SETEXT_UNDERLINE.test(content) || FENCE_OPEN.test(content);
}

function lineHash(line: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < line.length; index++) hash = Math.imul(hash ^ line.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * Does `line` start a new top-level block in every reading, so that parsing
 * from it on alone gives what the whole document gives? True for a line at
 * column 0 after a blank line (outside fences, HTML and tables), and for a
 * non-empty bullet item at column 0 (or an ordered one numbered 1), which
 * starts an item whatever is open before it, or an ordered one of another
 * number that is the next item of the list open in every reading. What follows the split
 * cannot change what came before it: only a heading's reference labels cross
 * sections, and headings read the same either way (sectionSyntax.ts).
 */
function startsFreshBlock(states: readonly ScanState[], line: string): boolean {
  if (line === '' || /^[ \t]/.test(line) || states.some((state) => state.fence || state.html)) return false;
  if (THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line)) return false;
  const marker = LIST_MARKER.exec(line);
  if (marker && line.slice(marker[0].length).trim() !== '') {
    const text = marker[1] ?? '-';
    // micromark applies "may interrupt a paragraph" after other blocks too (indented code), so only these are sure,
    if (!/^\d/.test(text) || Number(text.slice(0, -1)) === 1) return true;
    // and another number where every reading has a list of its delimiter open: it is that list's next item.
    return states.length > 0 && states.every((state) => state.list?.marker === markerKind(text));
  }
  if (marker) return false;
  // A bullet item at a quote's first column starts a block in it, and a quote in any reading, unless a fence or HTML in the quote may hide it.
  // Another quote line is no sure start: after indented code micromark reads `> 2) x` as no item.
  if (line.startsWith('>')) return QUOTED_ITEM.test(line) && states.every((state) => !state.quoteRisk);
  return states.every((state) => !state.paragraph && (!state.list || state.list.blankSince));
}

/** Where the scan stands: the parser's possible readings and the current section's size so far. */
interface ScanCursor {
  states: ScanState[];
  sectionStart: number;
  sectionChars: number;
  /** Lines that break the flow (see breaksFlow) since the section's start. */
  sectionBreaks: number;
  /** More readings than MAX_STATES: splitting stops there (one more section is always safe). */
  bailed: boolean;
}

const RESET: readonly ScanState[] = [{ paragraph: false }];

/** One line of the scan: a soft split before it if it starts a fresh block, then the readings after it. */
function scanLine(cursor: ScanCursor, raw: string, index: number, starts: number[]): void {
  // Lines the section parser skips (see lineGuard.ts) are blank to it, so here too.
  const line = unreadableLine(raw) ? '' : raw;
  cursor.sectionChars += raw.length + 1;
  const crowded = cursor.sectionChars >= SOFT_SPLIT.maxChars || cursor.sectionBreaks >= SOFT_SPLIT.maxBreaks;
  const soft = index - cursor.sectionStart >= SOFT_SPLIT.minLines && (crowded || lineHash(line) % SOFT_SPLIT.modulus === 0);
  if (soft && startsFreshBlock(cursor.states, line)) {
    starts.push(index);
    cursor.sectionStart = index;
    cursor.sectionChars = raw.length + 1;
    cursor.sectionBreaks = 0;
  }
  if (breaksFlow(line)) cursor.sectionBreaks++;
  const heading = ATX_HEADING.test(line);
  // Made only for a line read more than one way: most lines return before it is needed.
  let next: Map<number, ScanState> | undefined;
  for (const state of cursor.states) {
    const results = heading && !state.fence && !state.html ? [{ paragraph: false }] : step(state, line);
    for (const result of results) if (result.fence && result.fence.line === undefined) result.fence = { ...result.fence, line: index };
    // One reading that stays one (most lines): no map to tell readings apart.
    if (cursor.states.length === 1 && results.length === 1) {
      cursor.states = [results[0] as ScanState];
      return;
    }
    next ??= new Map();
    for (const result of results) keepReading(next, result);
  }
  cursor.states = next ? [...next.values()] : [];
  if (cursor.states.length > MAX_STATES) cursor.bailed = true;
}

/** Where a fence opened, once two readings that agree on everything else disagree on it. */
const UNKNOWN_LINE = -1;

/**
 * Keeps one reading per key. Two readings may differ only in where their
 * fence opened (one reading has a fence inside a list item, the other at the
 * top level): then where it opened is no longer known, and no unclosed-fence
 * split may be made from it (`withUnclosedFence`).
 */
function keepReading(readings: Map<number, ScanState>, reading: ScanState): void {
  const key = readingKey(reading);
  const held = readings.get(key);
  if (held?.fence && reading.fence && held.fence.line !== reading.fence.line) readings.set(key, { ...reading, fence: { ...reading.fence, line: UNKNOWN_LINE } });
  else readings.set(key, reading);
}

/** What scanning the lines after a confirmed heading, up to the next column-0 heading, found (relative to the heading). */
interface ChunkScan {
  softStarts: number[];
  endStates: ScanState[];
  sectionStart: number;
  sectionChars: number;
  sectionBreaks: number;
  bailed: boolean;
}

/**
 * Scans lines [from, to) from a freshly reset reading that started at the
 * heading on line `from - 1`. The result depends only on those lines, so it
 * is memoized by their text: a keystroke rescans only the chunk it touched.
 */
function scanChunk(lines: LineList, from: number, to: number, memo: SplitMemo | undefined): ChunkScan {
  const heading = from - 1;
  const key = memo ? memo.textOf(heading, to) : '';
  const hit = memo?.get(key);
  if (hit) return hit;
  const cursor: ScanCursor = { states: [...RESET], sectionStart: 0, sectionChars: (lines.at(heading) ?? '').length, sectionBreaks: 0, bailed: false };
  const softStarts: number[] = [];
  for (let index = from; index < to && !cursor.bailed; index++) scanLine(cursor, lines.at(index) ?? '', index - heading, softStarts);
  const scan: ChunkScan = { softStarts, endStates: cursor.states, sectionStart: cursor.sectionStart, sectionChars: cursor.sectionChars, sectionBreaks: cursor.sectionBreaks, bailed: cursor.bailed };
  if (memo) {
    if (memo.size > 20_000) memo.clear();
    // After an edit, a copy: a slice would keep that version of the document alive in the memo.
    memo.set(memo.detach ? detachText(key) : key, scan);
  }
  return scan;
}

/** Chunk scans keyed by the chunk's text; the service owns it, so no module keeps state. */
export interface ChunkMemo {
  /** SOFT_SPLIT as the scans were made (tests tune it): a change empties the memo. */
  params: string;
  scans: Map<string, ChunkScan>;
}

export function createChunkMemo(): ChunkMemo {
  return { params: '', scans: new Map() };
}

export interface SplitMemo {
  /** Copy keys before keeping them (a re-scan after an edit; see `detachText`). */
  detach?: boolean;
  get(key: string): ChunkScan | undefined;
  set(key: string, scan: ChunkScan): void;
  clear(): void;
  readonly size: number;
  /** The text of lines [from, to), the memo's key (a slice of the document, not a copy). */
  textOf(from: number, to: number): string;
}

function shiftStates(states: readonly ScanState[], by: number): ScanState[] {
  return states.map((state) => (state.fence?.line === undefined || state.fence.line === UNKNOWN_LINE ? state : { ...state, fence: { ...state.fence, line: state.fence.line + by } }));
}

/** Section starts in line order, each with how it was found. */
export interface SectionStarts {
  /** 0-based lines where a new section starts. */
  lines: number[];
  /** Per start: true at a column-0 heading, where the scan restarts from a fresh reading; false for a soft split or an unclosed fence. */
  hard: boolean[];
}

/** Where a re-scan after an edit starts, and where it may stop because the rest is known (resplit.ts). */
export interface ScanResume {
  /** A column-0 heading line (0-based) that the previous scan found as a hard start, before the edit. */
  from?: number;
  /** Asked at each later hard start: true stops the scan there; the previous scan's starts from there on still hold. */
  stopAt(line: number): boolean;
}

/**
 * Line indexes (0-based) where a new section starts: top-level ATX headings,
 * and soft splits (see SOFT_SPLIT). With `resume`, scanning starts at a known
 * heading and stops at the first heading `resume.stopAt` accepts
 * (`stoppedAt`): a heading at column 0 resets every reading, so what follows
 * it depends only on the lines from it on.
 */
export function scanSectionStarts(lines: LineList, firstContentLine: number, memo?: SplitMemo, resume?: ScanResume): SectionStarts & { stoppedAt?: number } {
  const starts: SectionStarts = { lines: [], hard: [] };
  const cursor: ScanCursor = { states: [...RESET], sectionStart: resume?.from ?? firstContentLine, sectionChars: 0, sectionBreaks: 0, bailed: false };
  let index = resume?.from ?? firstContentLine;
  while (index < lines.length) {
    const line = lines.at(index) ?? '';
    // A heading at column 0 closes every container; it is one unless a fence or HTML block may still be open.
    if (ATX_HEADING.test(unreadableLine(line) ? '' : line) && cursor.states.every((state) => !state.fence && !state.html)) {
      if (resume && index !== resume.from && resume.stopAt(index)) return { ...starts, stoppedAt: index };
      starts.lines.push(index);
      starts.hard.push(true);
      let end = index + 1;
      while (end < lines.length && !ATX_HEADING.test(lines.at(end) ?? '')) end++;
      const scan = scanChunk(lines, index + 1, end, memo);
      for (const soft of scan.softStarts) {
        starts.lines.push(index + soft);
        starts.hard.push(false);
      }
      Object.assign(cursor, { states: shiftStates(scan.endStates, index), sectionStart: index + scan.sectionStart, sectionChars: scan.sectionChars, sectionBreaks: scan.sectionBreaks, bailed: scan.bailed });
      if (cursor.bailed) return starts;
      index = end;
      continue;
    }
    const before = starts.lines.length;
    scanLine(cursor, line, index, starts.lines);
    if (starts.lines.length > before) starts.hard.push(false);
    if (cursor.bailed) return starts;
    index++;
  }
  const withFence = withUnclosedFence(starts.lines, cursor.states, lines);
  return withFence.length > starts.lines.length ? { lines: withFence, hard: [...starts.hard, false] } : starts;
}

/**
 * A column-0 fence that every reading leaves open at the end of the document
 * makes the rest of it code: it gets a section of its own, which the section
 * parser reads without markdown (it is all code), whatever its size.
 */
function withUnclosedFence(starts: number[], states: readonly ScanState[], lines: LineList): number[] {
  const opened = states[0]?.fence?.line;
  if (opened === undefined || opened === UNKNOWN_LINE || states.some((state) => state.fence?.line !== opened)) return starts;
  if (!/^(?:`{3,}|~{3,})/.test(lines.at(opened) ?? '') || opened <= (starts[starts.length - 1] ?? 0)) return starts;
  return [...starts, opened];
}

/**
 * A review is read up to this many characters (of lines the parser reads) or
 * this many list items, whichever comes first; the rest is one parse problem
 * ("not read") and its items are not counted. A weekly review is a few
 * kilobytes and a few dozen items; these keep any input within seconds and
 * well under a gigabyte (docs/PERFORMANCE.md).
 */
export const MAX_DOCUMENT_CHARS = 1024 * 1024;
export const MAX_DOCUMENT_ITEMS = 50_000;

const OMITTED = '\u0000weekly-review:omitted\u0000';

/** The stand-in section for a document's unread tail, which parseSectionSyntax turns into one problem. */
function omittedSection(text: string, table: LineTable, fromLine: number): Section {
  const from = table.starts[fromLine] ?? text.length;
  const lines = table.lines.length - fromLine;
  return { startLine: fromLine + 1, startOffset: from, text: `${OMITTED}${lines}\u0000${text.length - from}` };
}

/** The message of an unread tail, when `sectionText` is the stand-in for one. */
export function omittedTail(sectionText: string): { lines: number; message: string } | undefined {
  if (!sectionText.startsWith(OMITTED)) return undefined;
  const [lines = 0, chars = 0] = sectionText.slice(OMITTED.length).split('\u0000').map(Number);
  const megabytes = (MAX_DOCUMENT_CHARS / 1024 / 1024).toLocaleString('en-US');
  return {
    lines,
    message: `the file is larger than a review may be (${megabytes} MB or ${MAX_DOCUMENT_ITEMS.toLocaleString('en-US')} list items), so the rest of it from here (${lines.toLocaleString('en-US')} lines, ${chars.toLocaleString('en-US')} characters) was not read and its items are not counted. Split it into one file per week`,
  };
}

const ITEM_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** The 0-based line where reading stops, when the document is over MAX_DOCUMENT_CHARS or MAX_DOCUMENT_ITEMS. */
function cutLine(text: string, table: LineTable): number | undefined {
  if (text.length <= MAX_DOCUMENT_CHARS && table.lines.length <= MAX_DOCUMENT_ITEMS) return undefined;
  let read = 0;
  let items = 0;
  for (let index = 0; index < table.lines.length; index++) {
    const line = table.lines.at(index) as string;
    if (unreadableLine(line)) continue;
    read += line.length + 1;
    if (ITEM_LINE.test(line)) items++;
    if (read > MAX_DOCUMENT_CHARS || items > MAX_DOCUMENT_ITEMS) return Math.max(1, index);
  }
  return undefined;
}

/** The chunk memo as the scan uses it, over the lines of `text` (a slice of the document is the key, not a copy). */
export function splitMemoFor(text: string, table: LineTable, lineCount: number, memo?: ChunkMemo): SplitMemo | undefined {
  if (!memo) return undefined;
  const end = lineCount < table.lines.length ? (table.starts[lineCount] as number) : text.length;
  // A chunk that runs to the end of the text ends without a line break, so
  // `a\n` (lines a and an empty last one) would read as the chunk `a` that a
  // heading follows: the mark keeps the two keys apart (their scans differ:
  // the empty line closes an HTML block).
  const textOf = (from: number, to: number) => {
    const key = text.slice(table.starts[from] ?? end, to < lineCount ? (table.starts[to] ?? end) : end);
    return to >= table.lines.length ? `${key}\u0000` : key;
  };
  const params = `${SOFT_SPLIT.minLines}/${SOFT_SPLIT.modulus}/${SOFT_SPLIT.maxChars}/${SOFT_SPLIT.maxBreaks}`;
  if (memo.params !== params) Object.assign(memo, { params, scans: new Map() });
  const scans = memo.scans;
  return { get: (key) => scans.get(key), set: (key, scan) => scans.set(key, scan), clear: () => scans.clear(), get size() { return scans.size; }, textOf };
}

/** A document split into sections, with which sections start at a column-0 heading. */
export interface SplitSections {
  sections: Section[];
  /** Per section: it starts at a hard start (see SectionStarts.hard). The first section never counts as one. */
  hard: boolean[];
}

/**
 * Sections from their start lines: the first holds everything before the
 * first start; starts at line 0 or not after the previous one add nothing.
 */
export function sectionsFrom(text: string, table: LineTable, starts: SectionStarts, lineCount: number, fromLine = 0): SplitSections {
  const end = lineCount < table.lines.length ? (table.starts[lineCount] as number) : text.length;
  const out: SplitSections = { sections: [], hard: [] };
  let startLine = fromLine;
  let hard = false;
  const push = (boundary: number) => {
    const from = table.starts[startLine] ?? end;
    const to = boundary < lineCount ? (table.starts[boundary] ?? end) : end;
    out.sections.push({ startLine: startLine + 1, startOffset: from, text: text.slice(from, to) });
    out.hard.push(hard);
  };
  starts.lines.forEach((boundary, i) => {
    if (boundary <= startLine) return;
    push(boundary);
    startLine = boundary;
    hard = starts.hard[i] === true;
  });
  push(lineCount);
  return out;
}

/** Splits `text` into sections; the first one holds everything before the first top-level heading. */
export function splitSections(text: string, table: LineTable, firstContentLine: number, memo?: ChunkMemo): Section[] {
  return splitSectionsWithStarts(text, table, firstContentLine, memo).sections;
}

/** `splitSections`, also saying which sections start at a column-0 heading (where a re-split after an edit may restart). */
export function splitSectionsWithStarts(text: string, table: LineTable, firstContentLine: number, memo?: ChunkMemo): SplitSections {
  const cut = cutLine(text, table);
  const lineCount = cut ?? table.lines.length;
  const lines = cut === undefined ? table.lines : firstLines(table.lines, cut);
  const starts = scanSectionStarts(lines, Math.min(firstContentLine, lines.length), splitMemoFor(text, table, lineCount, memo));
  const split = sectionsFrom(text, table, starts, lineCount);
  if (cut !== undefined) {
    split.sections.push(omittedSection(text, table, cut));
    split.hard.push(false);
  }
  return split;
}

/** Whether the document is small enough to be read whole (no unread tail): only then may a split be updated in place. */
export function readWhole(text: string, table: LineTable): boolean {
  return cutLine(text, table) === undefined;
}
