// Hover on a category heading: that category's last 8 weeks in the review's
// run, ending at this review's week (`categoryLastWeeks`): share, the rolling
// 4-week average and the target; a week without a review is a gap, never 0.
// Rendered here as plain markdown, so every editor shows the same table.

import { categoryLastWeeks } from '../history/trends';
import type { SeriesHistory, TrendData } from '../history/trendTypes';
import { percent } from '../report/format';
import type { AnalyzedDocument } from '../analysis/document';
import type { Range } from '../types';

/** Weeks of history a category hover shows. */
export const CATEGORY_HOVER_WEEKS = 8;

export interface CategoryHover {
  /** The heading's range. */
  range: Range;
  /** Untrusted markdown (no HTML, no command links). */
  markdown: string;
}

/** Pipes and markup characters in a name from the rubric are shown, not interpreted. */
function escapeCell(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~-]/g, (c) => `\\${c}`);
}

export function categoryHistoryMarkdown(history: SeriesHistory): string {
  const rows = history.weeks.map((week) => {
    if (week.gap) return `| ${week.week} | — no review | |`;
    return `| ${week.week} | ${week.share === null ? '· no logged time' : percent(week.share)} | ${week.rolling === null ? '' : percent(week.rolling)} |`;
  });
  const reviews = history.weeks.filter((week) => !week.gap).length;
  return [
    `**${escapeCell(history.name)}**: last ${history.weeks.length} weeks · target ${percent(history.target)} · ${reviews} of ${history.weeks.length} weeks reviewed`,
    '',
    '| Week | Share | 4-wk avg |',
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** The hover of the category heading on `line` (1-based) of a review of `week`, from its run's trends. */
export function categoryHover(document: AnalyzedDocument, line: number, week: string | null | undefined, trends: TrendData): CategoryHover | undefined {
  const heading = document.headings.find((h) => h.line === line && h.categoryId !== undefined);
  if (!heading?.categoryId || !week) return undefined;
  const history = categoryLastWeeks(trends, heading.categoryId, week, CATEGORY_HOVER_WEEKS);
  return history ? { range: heading.range, markdown: categoryHistoryMarkdown(history) } : undefined;
}
