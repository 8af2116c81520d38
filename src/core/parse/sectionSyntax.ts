// Parses one section with unified + remark-parse + remark-gfm +
// remark-frontmatter and extracts what the engine needs: headings, list items
// (with durations, tags, outcomes and overrides) and directive comments. The
// result depends only on the section's text, with lines relative to the
// section, so the service caches it by text and re-parses only what changed.
// Blocks whose tree is known (plainBlocks.ts) are read without the parser.

import type { Heading as MdHeading, Html, List, ListItem, Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { indentLazyRuns } from './lazyLines';
import { unified, type Processor } from 'unified';
import { findBracketedDurations, findBracketedNearMisses, findMalformedLeadingDuration, readLeadingDuration, type ParsedDuration } from './durations';
import { longLineMatters, MAX_CONTAINER_WIDTH, MAX_LINE_LENGTH, unreadableLine } from './lineGuard';
import { findFrontMatter } from './frontMatter';
import { findMeasure } from './measure';
import { neutralizeInline, neutralizeSetext } from './inlineGuard';
import { omittedTail } from './sections';
import { appendBlock, blockStarts, cutIntoBlocks, type WalkedSyntax } from './blocks';
import { plainTree } from './plainBlocks';
import { keptPackedMap, packedMap } from '../text';

/**
 * The parser reads CommonMark, front matter and one GFM construct, task list
 * items (`- [x]`), which the format needs. GFM's tables, footnotes and
 * strikethrough never hold an activity and cost about half the parse time,
 * so they are left out and read as plain paragraphs; so are its autolink
 * literals, which also take quadratic time on an unbalanced `[`.
 */
function gfmTaskListItems(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmTaskListItems).use(remarkFrontmatter, ['yaml']);

export interface RawDuration {
  text: string;
  minutes: number;
  /** 1-based column of the token's first character. */
  column: number;
  /** In duration position but not countable (reported as invalid-duration). */
  problem?: string;
  /** What to write instead (a quick fix's replacement for `text`). */
  fix?: string;
  /** Counted, but could be read otherwise (`10m users`): worth a hint. */
  note?: string;
}

export interface RawOutcome {
  text: string;
  /** Line relative to the section. */
  line: number;
  column: number;
  measure?: string;
}

export interface RawItem {
  /** Line of the bullet, relative to the section (1-based). */
  line: number;
  markerColumn: number;
  /** Column where the item's text starts (after bullet and checkbox). */
  contentColumn: number;
  /** Column just past the last non-blank character of the first line. */
  endColumn: number;
  /** First line from `contentColumn` on. */
  firstLine: string;
  checked: boolean | undefined;
  /** 1 for items of a top-level list. */
  depth: number;
  /** Index of the enclosing item in this section's item list, -1 for none. */
  parent: number;
  leading?: RawDuration;
  bracketed: RawDuration[];
  malformed?: RawDuration;
  tags: string[];
  outcome?: RawOutcome;
  /** Is this item an `Outcome: …` note of its parent? */
  isOutcomeNote: boolean;
  worthyReason?: string;
  /** Readable text: durations, overrides and the outcome taken out. */
  text: string;
}

export interface RawHeading {
  depth: number;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'enable-file';

export interface RawDirective {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  line: number;
}

export type ParseProblemKind = 'long-line' | 'deep-nesting' | 'unreadable' | 'unclosed-fence' | 'size-limit';

/** A part of the section that was not read, or was read as code by accident. */
export interface ParseProblem {
  /** First line, relative to the section. */
  line: number;
  /** Last line, relative to the section (defaults to `line`). */
  endLine?: number;
  /** The whole sentence, with its advice; it never names a line number (the section does not know where it starts). */
  message: string;
  kind?: ParseProblemKind;
}

export interface SectionSyntax {
  headings: RawHeading[];
  items: RawItem[];
  directives: RawDirective[];
  /** Parts of the section that were not read (lines relative to the section). */
  problems: ParseProblem[];
}

/**
 * Blanks the lines remark cannot read in reasonable time (kept as empty lines,
 * so every other line keeps its number) and reports each run of skipped lines
 * that could hold an activity or a heading (a long line of code, a base64
 * image or a rule cannot, so it is skipped without a word).
 */
export function guardPathologicalLines(text: string): { text: string; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  if (text.length <= MAX_CONTAINER_WIDTH) return { text, problems };
  const parts = text.split(/(\r\n|\r|\n)/);
  let changed = false;
  let run: { first: number; last: number; kind: 'long' | 'deep' } | undefined;
  const flush = () => {
    if (!run) return;
    const count = run.last - run.first + 1;
    const where = count === 1 ? 'this line' : `these ${count.toLocaleString('en-US')} lines`;
    const why = run.kind === 'long'
      ? `${count === 1 ? 'is' : 'are'} longer than ${MAX_LINE_LENGTH.toLocaleString('en-US')} characters`
      : `${count === 1 ? 'nests' : 'nest'} lists or quotes past column ${MAX_CONTAINER_WIDTH}`;
    problems.push({ line: run.first, endLine: run.last, kind: run.kind === 'long' ? 'long-line' : 'deep-nesting', message: `${where} ${why} and ${count === 1 ? 'was' : 'were'} skipped` });
    run = undefined;
  };
  for (let index = 0; index < parts.length; index += 2) {
    const line = parts[index] as string;
    const lineNumber = index / 2 + 1;
    const kind = unreadableLine(line);
    if (kind === undefined) {
      flush();
      continue;
    }
    parts[index] = '';
    changed = true;
    if (kind === 'long' && !longLineMatters(line)) {
      flush();
      continue;
    }
    if (run && run.kind === kind && run.last === lineNumber - 1) run.last = lineNumber;
    else {
      flush();
      run = { first: lineNumber, last: lineNumber, kind };
    }
  }
  flush();
  return { text: changed ? parts.join('') : text, problems };
}

const TAG = /(?<![\p{L}\p{N}_&/#`])#(\p{L}[\p{L}\p{N}_]*(?:-[\p{L}\p{N}_]+)*)/gu;
const ARROW = /→|->|=>/g;
// Comment heads only: the body is found with indexOf, so a comment that
// never closes costs one scan, not one per start (issue 23: a lazy body
// between `\s*` runs was cubic on `<!-- worthy:` and 5,000 spaces).
const WORTHY_HEAD = /<!--\s*worthy\s*:/giy;
const DIRECTIVE_HEAD = /<!--\s*weekly-review-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)\b/giy;
const MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const CHECKBOX = /^\[[ xX]\](?:[ \t]+|$)/;
const OUTCOME_NOTE = /^outcome\s*:\s*/i;
/** A number or value token (`12`, `800ms`, `v2`, `$5k`, `50%`): an arrow after one is not an outcome marker. */
const VALUE_TOKEN = /(?:^|[\s(])(?:[~≈$€£+-]?\d[\w.,:%/]*|v\d[\w.]*)$/i;
/** The start of a value on the right of an arrow: a number, money or a version. */
const VALUE_START = /^(?:[~≈$€£+-]?\d|v\d)/i;

/**
 * Replaces each HTML comment (`<!-- … -->`) with `replace(comment)`, in one
 * pass: a comment that never closes ends the search (no later one can close).
 */
function replaceComments(text: string, replace: (comment: string) => string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(at, open) + replace(text.slice(open, close + 3));
    at = close + 3;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * Each comment in `text` that opens with `head` (a sticky pattern), in order:
 * where it starts, the head's match and the body up to the first `-->`.
 */
function* commentsWith(text: string, head: RegExp): Generator<{ index: number; match: RegExpExecArray; body: string }> {
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open + 1)) {
    head.lastIndex = open;
    const match = head.exec(text);
    if (!match) continue;
    const close = text.indexOf('-->', head.lastIndex);
    if (close < 0) return; // no later comment can close either
    yield { index: open, match, body: text.slice(head.lastIndex, close) };
    open = close + 2;
  }
}

/** The reason of the first `<!-- worthy: reason -->` in `html`; '' when it gives none. */
function worthyReason(html: string): string | undefined {
  for (const comment of commentsWith(html, WORTHY_HEAD)) return comment.body.trim();
  return undefined;
}

/** Code spans, as the tag and duration searches skip them. */
function replaceCodeSpans(text: string, replace: (span: string) => string): string {
  return text.includes('`') ? text.replace(/`[^`]*`/g, replace) : text;
}

const toSpace = (): string => ' ';

/** The `#tags` of a line as the engine reads them: outside code spans, comments and link addresses, lower-cased. */
export function extractTags(text: string): string[] {
  // Every tag starts with `#`: a line without one (most lines) has none to cut out of code, comments and links.
  if (!text.includes('#')) return [];
  const blanked = replaceComments(replaceCodeSpans(text, toSpace), toSpace);
  // A link's address (`](…)`) only where the text has one: most tagged lines have none.
  const withoutCode = blanked.includes('](') ? blanked.replace(/\]\([^)\]]*\)/g, ']') : blanked;
  const tags: string[] = [];
  // `exec` on the one expression: `matchAll` copies the expression at every call.
  TAG.lastIndex = 0;
  for (let match = TAG.exec(withoutCode); match; match = TAG.exec(withoutCode)) tags.push((match[1] ?? '').toLowerCase());
  // Of its exact size: a list grown by push keeps room for more, and each item's tags are kept.
  return tags.length === 0 ? [] : tags.slice();
}

function readDirectives(html: Html, into: RawDirective[]): void {
  if (!html.value.includes('weekly-review-')) return;
  // Lines are counted as the comments go, not from the start for each one.
  let line = html.position?.start.line ?? 1;
  let counted = 0;
  for (const { index, match, body } of commentsWith(html.value, DIRECTIVE_HEAD)) {
    for (let at = html.value.indexOf('\n', counted); at >= 0 && at < index; at = html.value.indexOf('\n', at + 1)) line++;
    counted = index;
    into.push({
      kind: (match[1] ?? 'disable').toLowerCase() as DirectiveKind,
      rules: body.split(/[\s,]+/).filter(Boolean),
      line,
    });
  }
}

/** Everything of a list item but its nested lists, for `<!-- worthy: … -->`. */
function ownHtml(item: ListItem): Html[] {
  const found: Html[] = [];
  const stack: Nodes[] = item.children.filter((child) => child.type !== 'list');
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'html') found.push(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  return found;
}

function rawDuration(found: ParsedDuration, text: string, column: number): RawDuration {
  const duration: RawDuration = { text, minutes: found.minutes, column };
  if (found.problem !== undefined) duration.problem = found.problem;
  if (found.fix !== undefined) duration.fix = found.fix;
  if (found.note !== undefined) duration.note = found.note;
  return duration;
}

/** Blanks what can never hold a bracketed duration, keeping offsets: code spans, comments, link text. */
function searchableForBrackets(firstLine: string): string {
  const blank = (span: string) => ' '.repeat(span.length);
  const withoutCode = replaceComments(replaceCodeSpans(firstLine, blank), blank);
  // `[runbook (1h)](url)` and `[2h](url)`: the text of a link is not a duration.
  return withoutCode.includes('](') ? withoutCode.replace(/\[[^[\]]*\]\([^()\s]*\)/g, blank) : withoutCode;
}

/**
 * Does `text` hold a `(` or a `[` from `from` on? Every bracketed duration
 * and near miss opens with one (blanking code and comments adds none): most
 * lines lead with their duration and are let go before their expressions.
 */
function holdsBracket(text: string, from: number): boolean {
  return text.indexOf('(', from) >= 0 || text.indexOf('[', from) >= 0;
}

/** The bracketed durations of `firstLine` from `offset` on; a second one that disagrees with the first usable one is reported. */
function bracketedFrom(firstLine: string, offset: number, contentColumn: number): RawDuration[] {
  if (!holdsBracket(firstLine, offset)) return [];
  const searchable = searchableForBrackets(firstLine).slice(offset);
  const found = keptPackedMap(findBracketedDurations(searchable), (b) => rawDuration(b, firstLine.slice(offset + b.index, offset + b.index + b.text.length), contentColumn + offset + b.index));
  const first = found.find((b) => b.problem === undefined);
  for (const other of found) {
    if (first && other !== first && other.problem === undefined && other.minutes !== first.minutes) other.problem = `an item has one duration; the first one, ${first.text}, counts`;
  }
  return found;
}

/**
 * The durations of an item's first line; returns how much of the line the
 * leading token takes. A leading `h:mm` beside a usable bracketed duration
 * is a time of day (`- 9:30 standup (15m)`), as is one from 13:00 on;
 * near-misses (`(8-9 hours)`) are reported when nothing else counts.
 */
function readDurations(raw: RawItem, firstLine: string, contentColumn: number): number {
  let leading = readLeadingDuration(firstLine);
  let bracketed = bracketedFrom(firstLine, leading?.text.length ?? 0, contentColumn);
  const clockOrTime = leading !== undefined && (leading.clock !== undefined || /time of day/.test(leading.problem ?? ''));
  if (clockOrTime && bracketed.some((b) => b.problem === undefined)) {
    leading = undefined;
    bracketed = bracketedFrom(firstLine, 0, contentColumn);
  }
  if (leading) raw.leading = rawDuration(leading, leading.text, contentColumn);
  else {
    const malformed = findMalformedLeadingDuration(firstLine);
    if (malformed) raw.malformed = { text: malformed, minutes: 0, column: contentColumn };
  }
  const consumed = leading?.text.length ?? 0;
  const countable = (raw.leading && raw.leading.problem === undefined) || bracketed.some((b) => b.problem === undefined);
  if (!countable && !raw.leading && !raw.malformed && holdsBracket(firstLine, 0)) {
    const area = searchableForBrackets(firstLine);
    for (const near of findBracketedNearMisses(area)) bracketed.push(rawDuration(near, firstLine.slice(near.index, near.index + near.text.length), contentColumn + near.index));
  }
  raw.bracketed = bracketed;
  return consumed;
}

/** The outcome marker: the first arrow that does not join two values (`12 → 5` is a change, not an outcome). */
function findOutcomeArrow(masked: string): { index: number; length: number } | undefined {
  ARROW.lastIndex = 0;
  for (let match = ARROW.exec(masked); match; match = ARROW.exec(masked)) {
    const left = masked.slice(Math.max(0, match.index - 64), match.index).trimEnd();
    if (left === '' && masked.slice(0, match.index).trim() === '') continue;
    // "12 → 5" is a change; "batch 7 → they replace 400 units" is an outcome after a number.
    if (VALUE_TOKEN.test(left) && VALUE_START.test(masked.slice(match.index + match[0].length).trimStart())) continue;
    return { index: match.index, length: match[0].length };
  }
  return undefined;
}

function readItem(item: ListItem, depth: number, parent: number, lines: readonly string[]): RawItem | undefined {
  const start = item.position?.start;
  if (!start) return undefined;
  const lineText = lines[start.line - 1] ?? '';
  const fromMarker = lineText.slice(start.column - 1);
  const marker = MARKER.exec(fromMarker);
  if (!marker) return undefined;
  let contentOffset = marker[0].length;
  let afterMarker = fromMarker.slice(contentOffset);
  if (typeof item.checked === 'boolean') {
    const box = CHECKBOX.exec(afterMarker);
    if (box) {
      contentOffset += box[0].length;
      afterMarker = afterMarker.slice(box[0].length);
    }
  }
  const contentColumn = start.column + contentOffset;
  const firstLine = afterMarker.trimEnd();
  const endColumn = contentColumn + firstLine.length;

  const raw: RawItem = {
    line: start.line,
    markerColumn: start.column,
    contentColumn,
    endColumn,
    firstLine,
    checked: typeof item.checked === 'boolean' ? item.checked : undefined,
    depth,
    parent,
    bracketed: [],
    tags: extractTags(firstLine),
    isOutcomeNote: OUTCOME_NOTE.test(firstLine),
    text: '',
  };

  const consumed = readDurations(raw, firstLine, contentColumn);
  const rest = firstLine.slice(consumed);

  const worthy = packedMap(ownHtml(item), (html) => worthyReason(html.value)).find((reason) => reason !== undefined);
  if (worthy !== undefined) raw.worthyReason = worthy || 'marked worthy';

  // Readable text and the arrow outcome come from the line without durations and comments.
  let readable = rest;
  for (const duration of raw.bracketed) readable = readable.replace(duration.text, ' ');
  readable = replaceComments(readable, () => ' ');
  const arrow = findOutcomeArrow(replaceCodeSpans(readable, (span) => '\u0000'.repeat(span.length)));
  if (arrow) {
    const outcomeText = readable.slice(arrow.index + arrow.length).trim();
    readable = readable.slice(0, arrow.index);
    if (outcomeText) {
      const arrowAt = firstLine.indexOf(outcomeText);
      raw.outcome = { text: outcomeText, line: start.line, column: arrowAt >= 0 ? contentColumn + arrowAt : contentColumn };
      const measure = findMeasure(outcomeText);
      if (measure) raw.outcome.measure = measure;
    }
  }
  // Only runs of spaces are replaced: an unchanged line stays a cut of the section's text, not a copy of its own.
  raw.text = readable.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  return raw;
}

/**
 * The heading's text as a whole-document parse would give it whether or not
 * a reference's definition is known: a reference (`[Hiring][ref]`,
 * `[Sales &amp; customers]`) reads as its decoded text in brackets, exactly
 * what the same heading reads as when the definition sits elsewhere, so a
 * section reads the same alone as in the whole document.
 */
function headingText(node: MdHeading): string {
  let text = '';
  const stack: (Nodes | string)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes | string;
    if (typeof current === 'string') {
      text += current;
      continue;
    }
    if (current.type === 'linkReference' || current.type === 'imageReference') {
      const label = current.referenceType === 'full' ? `[${decodeLabel(current.label ?? current.identifier)}]` : current.referenceType === 'collapsed' ? '[]' : '';
      stack.push(label, ']');
      if (current.type === 'imageReference') stack.push(current.alt ?? '');
      else for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
      stack.push(current.type === 'imageReference' ? '![' : '[');
    } else if (current.type === 'footnoteReference') text += `[^${decodeLabel(current.label ?? current.identifier)}]`;
    else if (current.type === 'image') text += current.alt ?? '';
    else if ('value' in current && typeof current.value === 'string') text += current.value;
    else if ('children' in current) {
      const children = current.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A reference label as the text it would be without a definition: backslash escapes and common entities decoded. */
function decodeLabel(label: string): string {
  return label.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' })[name] ?? '');
}

const FENCE_LINE = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/;

/**
 * A fenced code block that never closes turns everything after it (to the
 * end of its container, often the end of the file) into code. Reported at the
 * fence with how many list items it hides.
 */
function unclosedFence(node: Nodes, lines: readonly string[]): ParseProblem | undefined {
  const position = node.position;
  if (!position) return undefined;
  const opening = FENCE_LINE.exec(lines[position.start.line - 1] ?? '');
  if (!opening) return undefined;
  const fence = opening[1] as string;
  // A fence that ends at the start of a line (its container ended, or its section did) ends on the line before.
  const lastLine = position.end.column === 1 ? position.end.line - 1 : position.end.line;
  const last = position.end.column === 1 ? (lines[lastLine - 1] ?? '') : (lines[position.end.line - 1] ?? '').slice(0, position.end.column - 1);
  const closer = new RegExp(`(?:^|[\\s>])${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  if (lastLine > position.start.line && closer.test(last)) return undefined;
  let items = 0;
  let minutes = 0;
  for (let line = position.start.line + 1; line <= lastLine; line++) {
    const marker = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/.exec(lines[line - 1] ?? '');
    if (!marker) continue;
    const content = marker[1] ?? '';
    const leading = readLeadingDuration(content);
    const found = leading && leading.problem === undefined ? leading : findBracketedDurations(content).find((b) => b.problem === undefined);
    if (found) {
      items++;
      minutes += found.minutes;
    }
  }
  if (items === 0) return undefined;
  const hidden = `${items} ${items === 1 ? 'item' : 'items'} with ${formatTotal(minutes)}`;
  return { line: position.start.line, kind: 'unclosed-fence', message: `the code fence ${fence} opened here is never closed, so everything after it is code: ${hidden} are not counted. Close it with a line ${fence}` };
}

/**
 * A section that starts with a column-0 fence that never closes is all code
 * (the splitter gives such a fence a section of its own): it is read without
 * markdown, in linear time, with the same finding a full parse would give.
 */
function unclosedFenceSection(text: string): { problem: ParseProblem | undefined } | undefined {
  const opening = /^(`{3,}|~{3,})([^\r\n]*)/.exec(text);
  if (!opening || (opening[1]?.startsWith('`') && opening[2]?.includes('`'))) return undefined;
  const fence = opening[1] as string;
  const lines = text.split(/\r\n|\r|\n/);
  const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  for (let index = 1; index < lines.length; index++) if (closer.test(lines[index] as string)) return undefined;
  const last = lines.length;
  const node = { type: 'code', value: '', position: { start: { line: 1, column: 1 }, end: { line: last, column: (lines[last - 1] ?? '').length + 1 } } } as Nodes;
  return { problem: unclosedFence(node, lines) };
}

function formatTotal(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest}m` : rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}

/** Front matter closed by YAML's `...` is read as closed there: the closer is given to remark as `---` (same length). */
function frontMatterForRemark(text: string): string {
  if (!/^---[ \t]*(?:\r\n|\r|\n|$)/.test(text)) return text;
  const head = text.slice(0, 64 * 1024).split(/\r\n|\r|\n/);
  const block = findFrontMatter(head);
  // A `---` first line that never closes is a thematic break, which changes
  // nothing else; but remark-frontmatter's failed attempt at it stops every
  // later list in the document from being recognised, so it is blanked.
  if (!block) return findFrontMatter(text.split(/\r\n|\r|\n/)) ? text : text.replace(/^---[ \t]*/, '');
  if (block.closer !== '...') return text;
  let offset = 0;
  for (let line = 1; line < block.endLine; line++) offset = text.indexOf('\n', offset) + 1;
  return `${text.slice(0, offset)}---${text.slice(offset + 3)}`;
}

/** Shifts what a parse of the text without its byte-order mark found on line 1 back by the mark's column. */
function shiftFirstLine(syntax: SectionSyntax): void {
  for (const item of syntax.items) {
    if (item.line !== 1) continue;
    item.markerColumn++;
    item.contentColumn++;
    item.endColumn++;
    if (item.leading) item.leading.column++;
    if (item.malformed) item.malformed.column++;
    for (const b of item.bracketed) b.column++;
    if (item.outcome?.line === 1) item.outcome.column++;
  }
  for (const heading of syntax.headings) {
    if (heading.line === 1) heading.column++;
    if (heading.endLine === 1) heading.endColumn++;
  }
}

/** Collects headings, items, directives and unclosed fences. Iterative: 3,000-deep lists must not overflow the call stack. */
function walkTree(tree: Root, lines: readonly string[], syntax: WalkedSyntax): void {
  const stack: { node: Nodes; depth: number; parent: number }[] = [{ node: tree, depth: 0, parent: -1 }];
  const pushChildren = (children: Nodes[], depth: number, parent: number) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, depth, parent });
  };
  while (stack.length > 0) {
    const { node, depth, parent } = stack.pop() as { node: Nodes; depth: number; parent: number };
    switch (node.type) {
      case 'heading': {
        const position = node.position;
        if (position) syntax.headings.push({ depth: node.depth, text: headingText(node), line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column });
        break;
      }
      case 'html':
        readDirectives(node, syntax.directives);
        break;
      case 'list':
        pushChildren((node as List).children as Nodes[], depth + 1, parent);
        break;
      case 'listItem': {
        const raw = readItem(node, depth, parent, lines);
        pushChildren(node.children as Nodes[], depth, raw ? syntax.items.push(raw) - 1 : parent);
        break;
      }
      case 'code': {
        const problem = unclosedFence(node, lines);
        if (problem) syntax.problems.push(problem);
        break;
      }
      case 'inlineCode':
      case 'yaml':
        break;
      default:
        if ('children' in node) pushChildren(node.children as Nodes[], depth, parent);
    }
  }
}

/** The walk of a tree, or why the parser could not read it. */
function walkOrWhy(read: () => Root, lines: readonly string[]): WalkedSyntax | string {
  let tree: Root;
  try {
    tree = read();
  } catch (error) {
    return error instanceof RangeError ? 'it is nested too deeply to read, so this section was skipped' : `it could not be parsed (${String(error instanceof Error ? error.message : error)}), so this section was skipped`;
  }
  const walked: WalkedSyntax = { headings: [], items: [], directives: [], problems: [] };
  walkTree(tree, lines, walked);
  return walked;
}

/**
 * Parses `text` (lines and offsets as `lines`) and walks its tree; a string
 * says why it could not be read. A block whose tree is known (plainBlocks.ts:
 * plain bullet lines, a plain heading, front matter) is read without the
 * parser unless `alwaysParse` (the property tests' reference).
 */
export function readTree(text: string, lines: readonly string[], alwaysParse = false): WalkedSyntax | string {
  const known = alwaysParse || text.includes('\r') ? undefined : plainTree(lines);
  return walkOrWhy(() => known ?? (processor.parse(text) as Root), lines);
}

/** A store of blocks read alone, by their text (see blocks.ts). */
export interface BlockCache {
  get(text: string): WalkedSyntax | undefined;
  set(text: string, syntax: WalkedSyntax): void;
  /**
   * Told how many blocks the section being read has, so it keeps them all:
   * a store that kept fewer made each keystroke in a section of more blocks
   * than it keeps, which the parser must read (10,000 numbered items), read
   * them again.
   */
  holdAtLeast?(blocks: number): void;
}

const MAX_BLOCKS_READ_APART = 4;

/**
 * Blocks are read apart when few are unknown (a keystroke: one; a short
 * paste: a few): one parse has a fixed cost, so many unknown blocks, or most
 * of the text, are cheaper read whole.
 */
function worthReadingApart(known: readonly (WalkedSyntax | undefined)[], texts: readonly string[], size: number, plain: readonly boolean[]): boolean {
  // A section of plain bullet lines is read apart whatever it holds: each is read without the parser.
  if (plain.every(Boolean)) return true;
  let unknown = 0;
  let unknownChars = 0;
  for (let block = 0; block < known.length; block++) {
    if (known[block] !== undefined) continue;
    unknown++;
    unknownChars += (texts[block] as string).length;
  }
  return unknown < known.length && unknown <= MAX_BLOCKS_READ_APART && unknownChars * 2 <= size;
}


/**
 * Blocks the parser reads in one piece at most. micromark's cost grows with
 * the square of a long list that its own reading must splice (items each
 * with a tab-indented child: 4,000 of them, 64 KB, took 4.9 s), and blocks
 * read together read as they do apart (blocks.ts).
 */
export const MAX_PARSED_RUN = 64;

/**
 * A one-off read of a section cut into blocks (nothing is kept for a next
 * keystroke): each block whose tree is known is read without the parser, and
 * each run of other blocks goes to the parser in one piece (a parse has a
 * fixed cost, and blocks read together read as they do apart: blocks.ts).
 */
function readApart(lines: readonly string[], starts: readonly number[]): WalkedSyntax | undefined {
  const walked: WalkedSyntax = { headings: [], items: [], directives: [], problems: [] };
  let run = -1;
  const parseRun = (to: number): boolean => {
    if (run < 0) return true;
    const from = starts[run] as number;
    const runLines = lines.slice(from, starts[to] ?? lines.length);
    // A run before another block ends with its line break, as the keystroke path's block texts do.
    const runText = runLines.join('\n') + (to < starts.length ? '\n' : '');
    const read = walkOrWhy(() => processor.parse(runText) as Root, runLines);
    run = -1;
    if (typeof read === 'string') return false;
    appendBlock(walked, read, from);
    return true;
  };
  for (let block = 0; block < starts.length; block++) {
    const from = starts[block] as number;
    const blockLines = lines.slice(from, starts[block + 1] ?? lines.length);
    const tree = plainTree(blockLines);
    if (!tree) {
      if (run >= 0 && block - run >= MAX_PARSED_RUN && !parseRun(block)) return undefined;
      if (run < 0) run = block;
      continue;
    }
    if (!parseRun(block)) return undefined;
    const read = walkOrWhy(() => tree, blockLines);
    if (typeof read !== 'string') appendBlock(walked, read, from);
  }
  return parseRun(starts.length) ? walked : undefined;
}

/**
 * The section read MAX_PARSED_RUN blocks at a time, each run's blocks
 * remembered for the next keystroke; undefined when a run cannot be read
 * (the section is then read whole).
 */
function readInRuns(lines: readonly string[], starts: readonly number[], texts: readonly string[], cache: BlockCache): WalkedSyntax | undefined {
  const walked: WalkedSyntax = { headings: [], items: [], directives: [], problems: [] };
  for (let first = 0; first < starts.length; first += MAX_PARSED_RUN) {
    const last = Math.min(first + MAX_PARSED_RUN, starts.length);
    const from = starts[first] as number;
    const runLines = lines.slice(from, starts[last] ?? lines.length);
    const read = readTree(texts.slice(first, last).join(''), runLines);
    if (typeof read === 'string') return undefined;
    cutIntoBlocks(read, starts.slice(first, last).map((start) => start - from), runLines.length)?.forEach((block, index) => cache.set(texts[first + index] as string, block));
    appendBlock(walked, read, from);
  }
  return walked;
}

/**
 * Reads the section block by block, reusing the blocks `cache` holds: after
 * a keystroke only the edited block is parsed. A section with many unknown
 * blocks is read whole (one parse is cheaper than many) and its blocks are
 * remembered for the next keystroke. Without a cache (a one-off read), see
 * `readApart`.
 */
function readByBlocks(text: string, lines: readonly string[], cache: BlockCache | undefined): WalkedSyntax | string {
  const starts = text.includes('\r') ? undefined : blockStarts(lines);
  if (!starts) return readTree(text, lines);
  if (!cache) return readApart(lines, starts) ?? readTree(text, lines);
  cache.holdAtLeast?.(starts.length);
  const blockLines = (block: number) => lines.slice(starts[block], starts[block + 1] ?? lines.length);
  const offsets = [0];
  for (let block = 1; block < starts.length; block++) {
    let offset = offsets[block - 1] as number;
    for (let line = starts[block - 1] as number; line < (starts[block] as number); line++) offset += (lines[line] as string).length + 1;
    offsets.push(offset);
  }
  const texts = starts.map((_, block) => text.slice(offsets[block], offsets[block + 1] ?? text.length));
  const known = texts.map((blockText) => cache.get(blockText));
  const plain = starts.map((_, block) => known[block] !== undefined || plainTree(blockLines(block)) !== undefined);
  if (!worthReadingApart(known, texts, text.length, plain)) {
    const chunked = starts.length > MAX_PARSED_RUN ? readInRuns(lines, starts, texts, cache) : undefined;
    if (chunked) return chunked;
    const whole = readTree(text, lines);
    if (typeof whole !== 'string') cutIntoBlocks(whole, starts, lines.length)?.forEach((block, index) => cache.set(texts[index] as string, block));
    return whole;
  }
  const walked: WalkedSyntax = { headings: [], items: [], directives: [], problems: [] };
  for (let block = 0; block < starts.length; block++) {
    let read = known[block];
    if (!read) {
      const fresh = readTree(texts[block] as string, blockLines(block));
      if (typeof fresh === 'string') return readTree(text, lines);
      cache.set(texts[block] as string, (read = fresh));
    }
    appendBlock(walked, read, starts[block] as number);
  }
  return walked;
}

/**
 * The section's syntax. With `blocks`, the blocks of the section that were
 * read before are reused (an edit in progress); without, it is read once,
 * block by block: blocks whose tree is known without the parser, and each
 * run of other blocks parsed in one piece. `byParser` reads it whole with the
 * parser: the reference the property tests hold the other readings to.
 */
export function parseSectionSyntax(written: string, blocks?: BlockCache, byParser = false): SectionSyntax {
  const omitted = omittedTail(written);
  if (omitted) return { headings: [], items: [], directives: [], problems: [{ line: 1, endLine: omitted.lines, kind: 'size-limit', message: omitted.message }] };
  // Line ends are read as `\n`: lines and columns stay, and a review written
  // with CRLF (Windows) or CR takes the parser-free readings LF takes (49,000
  // items with CRLF took 13 s of CPU, with LF 4.4 s).
  const source = written.includes('\r') ? written.replace(/\r\n?/g, '\n') : written;
  // A byte-order mark is not text (hosts strip it; this keeps the engine right without them).
  const bom = source.charCodeAt(0) === 0xfeff;
  const guarded = guardPathologicalLines(bom ? source.slice(1) : source);
  const text = frontMatterForRemark(guarded.text);
  const syntax: SectionSyntax = { headings: [], items: [], directives: [], problems: guarded.problems };
  const allCode = unclosedFenceSection(text);
  if (allCode) {
    if (allCode.problem) syntax.problems.push(allCode.problem);
    if (bom) shiftFirstLine(syntax);
    return syntax;
  }
  const parseText = indentLazyRuns(neutralizeInline(neutralizeSetext(text)));
  const lines = text.split(/\r\n|\r|\n/);
  // Blocks are read apart only when the parsed text is the text (neutralizing looks at the whole section) and no mark shifts line 1.
  const walked = !byParser && !bom && parseText === text ? readByBlocks(text, lines, blocks) : readTree(parseText, lines, byParser);
  if (typeof walked === 'string') {
    syntax.problems.push({ line: 1, kind: 'unreadable', message: walked });
    return syntax;
  }
  syntax.headings = walked.headings;
  syntax.items = walked.items;
  syntax.directives = walked.directives;
  syntax.problems = syntax.problems.concat(walked.problems);
  // The walk visits items in document order, but keep it explicit for callers.
  syntax.headings.sort((a, b) => a.line - b.line);
  syntax.directives.sort((a, b) => a.line - b.line);
  syntax.problems.sort((a, b) => a.line - b.line);
  if (bom) shiftFirstLine(syntax);
  return syntax;
}
