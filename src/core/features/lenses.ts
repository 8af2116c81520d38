// CodeLens content above each category heading: `6h 30m · 16% · target 25%
// (−9 pp)`, with a tooltip that spells it out. Headings without a category
// (or a category without a summary row) get none.

import type { ReviewAnalysis } from '../analysis/analyze';
import { formatMinutes } from '../parse/durations';
import { formatPp, percent } from '../report/format';
import type { WeekSummary } from '../summary/allocation';
import type { Range } from '../types';

export interface CategoryLens {
  range: Range;
  categoryId: string;
  title: string;
  tooltip: string;
}

export function categoryLenses(analysis: ReviewAnalysis, summary: WeekSummary): CategoryLens[] {
  return analysis.document.headings.flatMap((heading) => {
    const row = summary.categories.find((category) => category.id === heading.categoryId);
    if (!row) return [];
    const title = `${formatMinutes(row.minutes)} · ${percent(row.share)} · target ${percent(row.target)} (${formatPp(row.diffPp)})`;
    const status = row.status === 'on' ? 'on target' : `${row.status} target`;
    const tooltip = `${row.name}: ${formatMinutes(row.minutes)} of ${formatMinutes(summary.totalMinutes)} logged — ${status} (±${Math.round(summary.tolerance * 100)} pp tolerance). Click for the week's summary.`;
    return [{ range: heading.range, categoryId: row.id, title, tooltip }];
  });
}
