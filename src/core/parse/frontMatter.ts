// Front matter of a review (`---` YAML block at the top): `week`, `hours` and
// `rubric`. Parsed with the `yaml` package so that errors carry positions.

import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { FrontMatter, Range } from '../types';

export interface FrontMatterBlock {
  /** YAML text between the fences. */
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  firstLine: number;
  /** 1-based line of the closing fence. */
  endLine: number;
}

/** Finds the front matter block the way remark-frontmatter does: `---` on line 1, closed by `---`. */
export function findFrontMatter(lines: readonly string[]): FrontMatterBlock | undefined {
  if (lines.length === 0 || !/^---[ \t]*$/.test(lines[0] ?? '')) return undefined;
  for (let i = 1; i < lines.length; i++) {
    if (/^---[ \t]*$/.test(lines[i] ?? '')) {
      return { yaml: lines.slice(1, i).join('\n'), firstLine: 2, endLine: i + 1 };
    }
  }
  return undefined;
}

export interface FrontMatterProblem {
  message: string;
  range: Range;
}

export function parseFrontMatter(block: FrontMatterBlock): { frontMatter: FrontMatter; problems: FrontMatterProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, prettyErrors: false });
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
  if (!isMap(doc.contents)) return { frontMatter, problems };
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    const value = isScalar(item.value) ? item.value.value : undefined;
    const range = item.value?.range ?? item.key.range;
    const at = range ? toRange(range[0], range[1]) : { start: { line: block.firstLine, column: 1 }, end: { line: block.firstLine, column: 1 } };
    if (key === 'week') {
      if (value instanceof Date) frontMatter.week = value.toISOString().slice(0, 10);
      else if (value !== undefined && value !== null) frontMatter.week = String(value);
      frontMatter.weekLine = at.start.line;
    } else if (key === 'hours') {
      frontMatter.hoursLine = at.start.line;
      if (typeof value === 'number' && value > 0 && value <= 168) frontMatter.hours = value;
      else problems.push({ message: `"hours" should be the hours you expect to work this week (a number from 1 to 168), found ${JSON.stringify(value ?? null)}.`, range: at });
    } else if (key === 'rubric') {
      if (typeof value === 'string' && value.trim()) {
        frontMatter.rubric = value.trim();
        frontMatter.rubricLine = at.start.line;
      } else problems.push({ message: '"rubric" should be a path to a rubric file (relative to this review) or "cto".', range: at });
    }
  }
  return { frontMatter, problems };
}
