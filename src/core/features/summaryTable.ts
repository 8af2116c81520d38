// The "Insert summary table" edit: the week's allocation table between its
// markers replaces an existing block (like an Org clocktable), else goes in at
// the cursor's line on lines of its own. Running it twice changes nothing.

import { findSummaryBlock, renderSummaryBlock } from '../report/summaryTable';
import type { WeekSummary } from '../summary/allocation';
import { pointRange, SourceText } from './source';
import type { TextEdit } from './types';

/** The edit that brings `text` up to date, or undefined when it already is. `cursorLine` is 1-based. */
export function summaryTableEdit(summary: WeekSummary, text: string, cursorLine: number, eol: '\n' | '\r\n'): TextEdit | undefined {
  const source = new SourceText(text);
  const block = renderSummaryBlock(summary, eol);
  const existing = findSummaryBlock(text);
  if (existing) {
    if (text.slice(existing.start, existing.end) === block) return undefined;
    return { range: { start: source.pointAt(existing.start), end: source.pointAt(existing.end) }, newText: block };
  }
  const line = Math.min(Math.max(cursorLine, 1), source.lineCount);
  const content = source.line(line);
  if (content.trim() === '') return { range: pointRange(line, 1), newText: `${block}${eol}` };
  return { range: pointRange(line, content.length + 1), newText: `${eol}${eol}${block}${eol}` };
}
