// Stage 0 of the analysis: what the front matter and the file name say —
// the week (front matter wins over the file name), expected hours, the
// rubric named — and what is wrong with them.

import { findFrontMatter, opensFrontMatter, parseFrontMatter, parseFrontMatterOnce, type ParsedFrontMatter, type FrontMatterBlock, type FrontMatterProblem } from '../parse/frontMatter';
import { fileNameWeekProblem, parseWeekValue, weekFromFileName } from '../parse/isoWeek';
import type { LineList } from '../parse/sections';
import type { FrontMatter, IsoWeek } from '../types';

export interface FrontMatterFacts {
  block?: FrontMatterBlock;
  frontMatter?: FrontMatter;
  problems: FrontMatterProblem[];
  weekFromFileName?: IsoWeek;
  weekFromFrontMatter?: IsoWeek;
  /** The file name says `2026-W54` or `2026-W00`: no such week. */
  fileNameWeekProblem?: string;
}

function wholeLine(lines: LineList, line: number): FrontMatterProblem['range'] {
  return { start: { line, column: 1 }, end: { line, column: (lines.at(line - 1) ?? '').length + 1 } };
}

export function readFrontMatterFacts(path: string, lines: LineList, memo?: Map<string, ParsedFrontMatter>): FrontMatterFacts {
  const block = findFrontMatter(lines);
  const parsed = block ? (memo ? parseFrontMatterOnce(block, memo) : parseFrontMatter(block)) : undefined;
  // A copy: the parser's list must not grow with our own findings.
  const facts: FrontMatterFacts = { problems: parsed ? [...parsed.problems] : [] };
  if (block) facts.block = block;
  if (parsed) facts.frontMatter = parsed.frontMatter;
  if (!block && /^\uFEFF?---[ \t]*$/.test(lines.at(0) ?? '') && /^[A-Za-z_][\w-]*[ \t]*:/.test(lines.at(1) ?? '')) {
    facts.problems.push({ message: 'Front matter is not closed: add a line "---" after its last key.', range: wholeLine(lines, 1) });
  }
  const fileWeek = weekFromFileName(path);
  if (fileWeek) facts.weekFromFileName = fileWeek;
  const badFileWeek = fileNameWeekProblem(path);
  if (badFileWeek !== undefined) facts.fileNameWeekProblem = badFileWeek;
  const week = parsed?.frontMatter.week;
  if (week !== undefined) {
    const value = parseWeekValue(week);
    if (value.ok) facts.weekFromFrontMatter = value.week;
    else facts.problems.push({ message: `"week" is not a week: ${value.reason}.`, range: wholeLine(lines, parsed?.frontMatter.weekLine ?? 1) });
  }
  return facts;
}

/**
 * The previous facts of the same path, when an edit starting at 0-based line
 * `firstChanged` cannot have changed them: it lies after the front matter's
 * closing line, or the document does not open front matter at all.
 */
export function unchangedFrontMatterFacts(previous: FrontMatterFacts, firstLine: string, firstChanged: number): FrontMatterFacts | undefined {
  if (previous.block) return firstChanged >= previous.block.endLine ? previous : undefined;
  return firstChanged >= 2 && !opensFrontMatter(firstLine) ? previous : undefined;
}
