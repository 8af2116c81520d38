// The "Insert summary table" edit: the week's allocation table between its
// markers replaces an existing block (like an Org clocktable), else goes in at
// the cursor's line on lines of its own. Running it twice changes nothing.
// It never removes review text: a block holding list items or headings is
// left as it is, with the reason.

import { findSummaryBlock, renderSummaryBlock, SUMMARY_BLOCK_END, SUMMARY_BLOCK_START } from '../report/summaryTable';
import type { WeekSummary } from '../summary/allocation';
import { pointRange, SourceText } from './source';
import type { TextEdit } from './types';

/** Why the edit was not made: replacing the block would remove review text. */
export interface SummaryTableRefusal {
  refused: string;
}

/** A list item (an activity) or a heading: what a summary table never holds. */
const REVIEW_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}#{1,6}(?:[ \t]|$)/;

/** The first line between the block's markers that is review text, not table (1-based), if any. */
function reviewLineInside(source: SourceText, startLine: number, endLine: number): number | undefined {
  for (let line = startLine + 1; line < endLine; line++) if (REVIEW_LINE.test(source.line(line))) return line;
  return undefined;
}

/** The edit that brings `text` up to date, or undefined when it already is or when it is refused. `cursorLine` is 1-based. */
export function summaryTableEdit(summary: WeekSummary, text: string, cursorLine: number, eol: '\n' | '\r\n'): TextEdit | undefined {
  const change = summaryTableChange(summary, text, cursorLine, eol);
  return change && 'refused' in change ? undefined : change;
}

/** The edit that brings `text` up to date, undefined when it already is, or why it is refused. `cursorLine` is 1-based. */
export function summaryTableChange(summary: WeekSummary, text: string, cursorLine: number, eol: '\n' | '\r\n'): TextEdit | SummaryTableRefusal | undefined {
  const source = new SourceText(text);
  const block = renderSummaryBlock(summary, eol);
  const existing = findSummaryBlock(text);
  if (existing) {
    if (text.slice(existing.start, existing.end) === block) return undefined;
    const inside = reviewLineInside(source, existing.startLine, existing.endLine);
    if (inside !== undefined) {
      return { refused: `The summary table was not updated: the text between ${SUMMARY_BLOCK_START} (line ${existing.startLine}) and ${SUMMARY_BLOCK_END} (line ${existing.endLine}) holds review text (line ${inside}), which replacing it would delete. Move that text out of the block, or remove the markers.` };
    }
    return { range: { start: source.pointAt(existing.start), end: source.pointAt(existing.end) }, newText: block };
  }
  const line = Math.min(Math.max(cursorLine, 1), source.lineCount);
  const content = source.line(line);
  if (content.trim() === '') return { range: pointRange(line, 1), newText: `${block}${eol}` };
  return { range: pointRange(line, content.length + 1), newText: `${eol}${eol}${block}${eol}` };
}
