// Front matter of a review (`---` YAML block at the top): `week`, `hours` and
// `rubric`. Parsed with the `yaml` package so that errors carry positions;
// the common tiny block of plain `key: value` lines is read directly
// (`plainFrontMatter`), with exactly the result YAML gives.

import { isMap, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import { parseYamlDocument } from './yamlDocument';
import type { FrontMatter, Range } from '../types';
import type { LineList } from './sections';

export interface FrontMatterBlock {
  /** YAML text between the fences. */
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  firstLine: number;
  /** 1-based line of the closing fence. */
  endLine: number;
  /** `...` when YAML's document end closed it (reported: markdown tools only accept `---`). */
  closer?: '---' | '...';
}

const OPEN = /^\uFEFF?---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds the front matter block the way remark-frontmatter does: `---` on
 * line 1 (after a byte-order mark, if any), closed by `---`. A `...` line
 * (YAML's document end, used by pandoc) also ends it, so it never swallows
 * the document up to a later `---`; the closer is reported.
 */
/** Could this first line open front matter? (If not, no later line can make the document have any.) */
export function opensFrontMatter(line: string): boolean {
  return OPEN.test(line);
}

export function findFrontMatter(lines: LineList): FrontMatterBlock | undefined {
  if (lines.length === 0 || !OPEN.test(lines.at(0) ?? '')) return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines.at(i) ?? '';
    if (CLOSE.test(line)) {
      const block: FrontMatterBlock = { yaml: Array.from({ length: i - 1 }, (_, k) => lines.at(k + 1)).join('\n'), firstLine: 2, endLine: i + 1 };
      if (line.startsWith('.')) block.closer = '...';
      return block;
    }
  }
  return undefined;
}

export interface FrontMatterProblem {
  message: string;
  range: Range;
}

export type ParsedFrontMatter = { frontMatter: FrontMatter; problems: FrontMatterProblem[] };

/**
 * `parseFrontMatter`, remembered by the block: a file's front matter is read
 * three times per check (is it a review, which rubric, its facts), and YAML
 * parsing is not cheap. Results are shared: treat them as read-only.
 */
export function parseFrontMatterOnce(block: FrontMatterBlock, memo: Map<string, ParsedFrontMatter>): ParsedFrontMatter {
  const key = `${block.endLine}\u0000${block.closer ?? ''}\u0000${block.yaml}`;
  let parsed = memo.get(key);
  if (!parsed) {
    if (memo.size >= 64) memo.delete(memo.keys().next().value as string);
    parsed = parseFrontMatter(block);
    memo.set(key, parsed);
  }
  return parsed;
}

/** Front matter holds week, hours and rubric: a few lines. Longer is reported, not parsed (50,000 keys took 41 s). */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export function parseFrontMatter(block: FrontMatterBlock): ParsedFrontMatter {
  return plainFrontMatter(block) ?? parseFrontMatterByYaml(block);
}

/** One `key: value` line of the common front matter: a known key, one or more spaces, a value of no YAML syntax. */
const PLAIN_LINE = /^(week|hours|rubric): +([A-Za-z0-9./_-]+)$/;
/** Week values YAML's core schema reads as text (a `-` inside: no number, no boolean, no null). */
const PLAIN_WEEK = /^\d{4}-(?:W\d{2}|\d{2}-\d{2})$/;
/** Hours YAML's core schema reads as a decimal number, exactly as `Number` reads them. */
const PLAIN_HOURS = /^[1-9]\d{0,2}(?:\.\d+)?$/;
/** A rubric name or path YAML reads as text: a letter first (no number, no `.inf`) and not a boolean or a null, or a path that starts with `/`, `./` or `../`. */
const PLAIN_RUBRIC = /^(?:[A-Za-z][A-Za-z0-9./_-]*|\.{0,2}\/[A-Za-z0-9./_-]*)$/;
const YAML_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * The front matter nearly every review has (`week: 2026-W47`, `hours: 45`,
 * `rubric: cto`, each key once, nothing else), read without the `yaml`
 * package: its parse was 3 to 4% of a cold check. Gives exactly what
 * `parseFrontMatterByYaml` gives, or undefined for anything else (comments,
 * quotes, other keys, a value YAML could read as a number, a boolean or a
 * null, a value with a problem), which YAML then reads.
 */
function plainFrontMatter(block: FrontMatterBlock): ParsedFrontMatter | undefined {
  if (block.closer !== undefined || block.yaml === '' || block.yaml.length > MAX_FRONT_MATTER_CHARS) return undefined;
  const frontMatter: FrontMatter = { endLine: block.endLine };
  const lines = block.yaml.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const found = PLAIN_LINE.exec(lines[index] as string);
    if (!found) return undefined;
    const key = found[1] as 'week' | 'hours' | 'rubric';
    const value = found[2] as string;
    const line = block.firstLine + index;
    if (key === 'week') {
      if (frontMatter.weekLine !== undefined || !PLAIN_WEEK.test(value)) return undefined;
      frontMatter.weekLine = line;
      frontMatter.week = value;
    } else if (key === 'hours') {
      const hours = Number(value);
      if (frontMatter.hoursLine !== undefined || !PLAIN_HOURS.test(value) || hours > 168) return undefined;
      frontMatter.hoursLine = line;
      frontMatter.hours = hours;
    } else {
      if (frontMatter.rubricLine !== undefined || !PLAIN_RUBRIC.test(value) || YAML_WORDS.has(value)) return undefined;
      frontMatter.rubric = value;
      frontMatter.rubricLine = line;
    }
  }
  return { frontMatter, problems: [] };
}

/** The front matter as the `yaml` package reads it, with a problem for each thing it cannot use. */
export function parseFrontMatterByYaml(block: FrontMatterBlock): ParsedFrontMatter {
  if (block.yaml.length > MAX_FRONT_MATTER_CHARS) {
    const line = block.firstLine - 1;
    const kilobytes = (chars: number) => `${Math.ceil(chars / 1024).toLocaleString('en-US')} KB`;
    const message = `Front matter is ${kilobytes(block.yaml.length)}, more than front matter may be (${kilobytes(MAX_FRONT_MATTER_CHARS)}), so it was not read. Keep week, hours and rubric there, and notes below it.`;
    return { frontMatter: { endLine: block.endLine }, problems: [{ message, range: { start: { line, column: 1 }, end: { line, column: 4 } } }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(block.yaml, { lineCounter, prettyErrors: false });
  const frontMatter: FrontMatter = { endLine: block.endLine };
  const problems: FrontMatterProblem[] = [];
  const toRange = (start: number, end: number): Range => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return {
      start: { line: from.line + block.firstLine - 1, column: from.col },
      end: { line: to.line + block.firstLine - 1, column: to.col },
    };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({ message: `Front matter is not valid YAML: ${error.message.split('\n')[0]}. Fix the block between the --- lines.`, range: toRange(error.pos[0], error.pos[1]) });
    }
    return { frontMatter, problems };
  }
  if (block.closer === '...') {
    const line = block.endLine;
    problems.push({ message: 'Front matter ends with "...", which markdown tools do not read as its end. Write "---" instead.', range: { start: { line, column: 1 }, end: { line, column: 4 } } });
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { frontMatter, problems };
  if (!isMap(contents)) {
    const range = contents.range ? toRange(contents.range[0], contents.range[1]) : toRange(0, 0);
    problems.push({ message: `Front matter should be "key: value" lines (week, hours, rubric), but it is ${describeNode(contents)}. Write for example "week: 2026-W47".`, range });
    return { frontMatter, problems };
  }
  for (const item of contents.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    const value = isScalar(item.value) ? item.value.value : undefined;
    const range = item.value?.range ?? item.key.range;
    const at = range ? toRange(range[0], range[1]) : { start: { line: block.firstLine, column: 1 }, end: { line: block.firstLine, column: 1 } };
    if (key === 'week') {
      frontMatter.weekLine = at.start.line;
      if (value instanceof Date) frontMatter.week = value.toISOString().slice(0, 10);
      else if (value !== undefined && value !== null && value !== '') frontMatter.week = String(value);
      else problems.push({ message: `"week" should be an ISO week like 2026-W47 or a date like 2026-11-18, found ${describeNode(item.value)}.`, range: at });
    } else if (key === 'hours') {
      frontMatter.hoursLine = at.start.line;
      if (typeof value === 'number' && value > 0 && value <= 168) frontMatter.hours = value;
      else problems.push({ message: `"hours" should be the hours you expect to work this week (a number from 1 to 168), found ${describeNode(item.value)}.`, range: at });
    } else if (key === 'rubric') {
      if (typeof value === 'string' && value.trim()) {
        frontMatter.rubric = value.trim();
        frontMatter.rubricLine = at.start.line;
      } else problems.push({ message: '"rubric" should be a path to a rubric file (relative to this review) or "cto".', range: at });
    }
  }
  return { frontMatter, problems };
}

/** "a list", "the text \"…\"", "nothing": what a YAML node is, for messages. */
function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || value === '') return 'nothing';
    return typeof value === 'string' ? `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}` : JSON.stringify(value);
  }
  return 'an unusable value';
}
