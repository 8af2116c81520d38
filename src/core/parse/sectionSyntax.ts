// Parses one section with unified + remark-parse + remark-gfm +
// remark-frontmatter and extracts what the engine needs: headings, list items
// (with durations, tags, outcomes and overrides) and directive comments. The
// result depends only on the section's text, with lines relative to the
// section, so the service caches it by text and re-parses only what changed.

import type { Heading as MdHeading, Html, List, ListItem, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findBracketedDurations, findMalformedLeadingDuration, parseLeadingDuration } from './durations';
import { MAX_CONTAINER_WIDTH, MAX_LINE_LENGTH, unreadableLine } from './lineGuard';
import { findFrontMatter } from './frontMatter';
import { findMeasure } from './measure';

/**
 * GFM's autolink literals (`www.x.com`, `a@b.co`) take quadratic time in a
 * paragraph holding an unbalanced `[`: every later letter re-walks the
 * paragraph (micromark-extension-gfm-autolink-literal 2.1, `previousUnbalanced`;
 * 100 KB of random bytes took over 20 s). The engine never needs them at the
 * micromark level (mdast-util-gfm still links them in text afterwards), so
 * this plugin, used after remark-gfm, drops those three constructs.
 */
const AUTOLINK_LITERALS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);
type Construct = { name?: string };
type ConstructMap = Record<string, Construct | Construct[] | undefined>;
function withoutAutolinkLiterals(this: { data(key: 'micromarkExtensions'): unknown }): void {
  const extensions = (this.data('micromarkExtensions') ?? []) as { text?: ConstructMap }[];
  for (const extension of extensions) {
    const text = extension.text;
    if (!text) continue;
    for (const [code, value] of Object.entries(text)) {
      if (value === undefined) continue;
      const kept = (Array.isArray(value) ? value : [value]).filter((construct) => !AUTOLINK_LITERALS.has(construct.name ?? ''));
      if (kept.length === 0) delete text[code];
      else text[code] = kept;
    }
  }
}

const processor = unified().use(remarkParse).use(remarkGfm).use(withoutAutolinkLiterals).use(remarkFrontmatter, ['yaml']);

export interface RawDuration {
  text: string;
  minutes: number;
  /** 1-based column of the token's first character. */
  column: number;
  problem?: string;
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

export interface SectionSyntax {
  headings: RawHeading[];
  items: RawItem[];
  directives: RawDirective[];
  /** Parts of the section that were not read (lines relative to the section). */
  problems: { line: number; message: string }[];
}

/**
 * Blanks the lines remark cannot read in reasonable time (kept as empty lines,
 * so every other line keeps its number) and reports each run of skipped lines.
 */
export function guardPathologicalLines(text: string): { text: string; problems: { line: number; message: string }[] } {
  const problems: { line: number; message: string }[] = [];
  if (text.length <= MAX_CONTAINER_WIDTH) return { text, problems };
  const parts = text.split(/(\r\n|\r|\n)/);
  let changed = false;
  let run: { first: number; last: number; kind: 'long' | 'deep' } | undefined;
  const flush = () => {
    if (!run) return;
    const one = run.first === run.last;
    const where = one ? `line ${run.first}` : `lines ${run.first}–${run.last}`;
    const why = run.kind === 'long'
      ? `${one ? 'is' : 'are'} longer than ${MAX_LINE_LENGTH.toLocaleString('en-US')} characters`
      : `${one ? 'nests' : 'nest'} lists or quotes past column ${MAX_CONTAINER_WIDTH}`;
    problems.push({ line: run.first, message: `${where} ${why} and ${one ? 'was' : 'were'} skipped` });
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
const ARROW = /\s*(?:→|->|=>)\s*/;
const WORTHY = /<!--\s*worthy\s*:\s*([\s\S]*?)\s*-->/i;
const DIRECTIVE = /<!--\s*weekly-review-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)\b([\s\S]*?)-->/gi;
const MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const CHECKBOX = /^\[[ xX]\](?:[ \t]+|$)/;
const OUTCOME_NOTE = /^outcome\s*:\s*/i;

function extractTags(text: string): string[] {
  const withoutCode = text.replace(/`[^`]*`/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/\]\([^)]*\)/g, ']');
  return [...withoutCode.matchAll(TAG)].map((match) => (match[1] ?? '').toLowerCase());
}

function readDirectives(html: Html, into: RawDirective[]): void {
  for (const match of html.value.matchAll(DIRECTIVE)) {
    const before = html.value.slice(0, match.index ?? 0);
    const lineOffset = before.split('\n').length - 1;
    into.push({
      kind: (match[1] ?? 'disable').toLowerCase() as DirectiveKind,
      rules: (match[2] ?? '').split(/[\s,]+/).filter(Boolean),
      line: (html.position?.start.line ?? 1) + lineOffset,
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
    else if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return found;
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
  const firstLine = afterMarker.replace(/\s+$/, '');
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

  const leading = parseLeadingDuration(firstLine);
  let rest = firstLine;
  if (leading) {
    raw.leading = { text: leading.text, minutes: leading.minutes, column: contentColumn };
    if (leading.problem !== undefined) raw.leading.problem = leading.problem;
    rest = firstLine.slice(leading.text.length);
  } else {
    const malformed = findMalformedLeadingDuration(firstLine);
    if (malformed) raw.malformed = { text: malformed, minutes: 0, column: contentColumn };
  }
  // Bracketed durations are searched outside code spans and comments, keeping offsets.
  const searchable = firstLine.replace(/`[^`]*`|<!--[\s\S]*?-->/g, (span) => ' '.repeat(span.length));
  const leadingLength = leading?.text.length ?? 0;
  for (const found of findBracketedDurations(searchable.slice(leadingLength))) {
    const duration: RawDuration = { text: firstLine.slice(leadingLength + found.index, leadingLength + found.index + found.text.length), minutes: found.minutes, column: contentColumn + leadingLength + found.index };
    if (found.problem !== undefined) duration.problem = found.problem;
    raw.bracketed.push(duration);
  }

  const worthy = ownHtml(item).map((html) => WORTHY.exec(html.value)).find(Boolean);
  if (worthy) raw.worthyReason = (worthy[1] ?? '').trim() || 'marked worthy';

  // Readable text and the arrow outcome come from the line without durations and comments.
  let readable = rest;
  for (const duration of raw.bracketed) readable = readable.replace(duration.text, ' ');
  readable = readable.replace(/<!--[\s\S]*?-->/g, ' ');
  const arrow = ARROW.exec(readable.replace(/`[^`]*`/g, (span) => '\u0000'.repeat(span.length)));
  if (arrow && arrow.index > 0) {
    const outcomeText = readable.slice(arrow.index + arrow[0].length).trim();
    readable = readable.slice(0, arrow.index);
    if (outcomeText) {
      const arrowAt = firstLine.indexOf(outcomeText);
      raw.outcome = { text: outcomeText, line: start.line, column: arrowAt >= 0 ? contentColumn + arrowAt : contentColumn };
      const measure = findMeasure(outcomeText);
      if (measure) raw.outcome.measure = measure;
    }
  }
  raw.text = readable.replace(/\s+/g, ' ').trim();
  return raw;
}

/**
 * The heading's text. References (`[Hiring][ref]`) are kept as written: their
 * definition may sit in another section, and a section must read the same
 * alone as in the whole document.
 */
function headingText(node: MdHeading, source: string): string {
  let text = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    if (current.type === 'linkReference' || current.type === 'imageReference' || current.type === 'footnoteReference') {
      const start = current.position?.start.offset;
      const end = current.position?.end.offset;
      text += start !== undefined && end !== undefined ? source.slice(start, end) : toString(current);
    } else if (current.type === 'image') text += current.alt ?? '';
    else if ('value' in current && typeof current.value === 'string') text += current.value;
    else if ('children' in current) {
      const children = current.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function parseSectionSyntax(source: string): SectionSyntax {
  const guarded = guardPathologicalLines(source);
  let text = guarded.text;
  // A `---` first line that never closes is a thematic break, which changes
  // nothing else; but remark-frontmatter's failed attempt at it stops every
  // later list in the document from being recognised, so it is blanked.
  if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(text) && !findFrontMatter(text.split(/\r\n|\r|\n/))) text = text.replace(/^---[ \t]*/, '');
  const syntax: SectionSyntax = { headings: [], items: [], directives: [], problems: guarded.problems };
  let tree: Root;
  try {
    tree = processor.parse(text) as Root;
  } catch (error) {
    syntax.problems.push({ line: 1, message: error instanceof RangeError ? 'it is nested too deeply to read, so this section was skipped' : `it could not be parsed (${String(error instanceof Error ? error.message : error)}), so this section was skipped` });
    return syntax;
  }
  const lines = text.split(/\r\n|\r|\n/);
  // Iterative walk: 3,000-deep lists must not overflow the call stack.
  const stack: { node: Nodes; depth: number; parent: number }[] = [{ node: tree, depth: 0, parent: -1 }];
  while (stack.length > 0) {
    const { node, depth, parent } = stack.pop() as { node: Nodes; depth: number; parent: number };
    switch (node.type) {
      case 'heading': {
        const position = node.position;
        if (position) syntax.headings.push({ depth: node.depth, text: headingText(node, text), line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column });
        break;
      }
      case 'html':
        readDirectives(node, syntax.directives);
        break;
      case 'list': {
        const list = node as List;
        for (let i = list.children.length - 1; i >= 0; i--) stack.push({ node: list.children[i] as Nodes, depth: depth + 1, parent });
        break;
      }
      case 'listItem': {
        const raw = readItem(node, depth, parent, lines);
        const index = raw ? syntax.items.push(raw) - 1 : parent;
        const children = node.children as Nodes[];
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, depth, parent: index });
        break;
      }
      case 'code':
      case 'inlineCode':
      case 'yaml':
        break;
      default:
        if ('children' in node) {
          const children = node.children as Nodes[];
          for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, depth, parent });
        }
    }
  }
  // The walk visits items in document order, but keep it explicit for callers.
  syntax.headings.sort((a, b) => a.line - b.line);
  syntax.directives.sort((a, b) => a.line - b.line);
  return syntax;
}
