// CodeLens content above each category heading: `6h 30m · 16% · target 25%
// (−9 pp)`, with a tooltip that spells it out. A heading whose category was
// inferred says so first: `≈ Engineering operations (from 6 items) · …`.
// Headings without a category (or a category without a summary row) get none.

import type { ReviewAnalysis } from '../analysis/analyze';
import { formatMinutes } from '../parse/durations';
import { formatPp, percent } from '../report/format';
import type { WeekSummary } from '../summary/allocation';
import type { HeadingInference, Range } from '../types';

export interface CategoryLens {
  range: Range;
  categoryId: string;
  title: string;
  tooltip: string;
}

export function categoryLenses(analysis: ReviewAnalysis, summary: WeekSummary): CategoryLens[] {
  return analysis.document.headings.flatMap((heading) => {
    const inferred = heading.categoryId === undefined ? heading.inferred : undefined;
    const row = summary.categories.find((category) => category.id === (heading.categoryId ?? inferred?.categoryId));
    if (!row) return [];
    const numbers = `${formatMinutes(row.minutes)} · ${percent(row.share)} · target ${percent(row.target)} (${formatPp(row.diffPp)})`;
    const status = row.status === 'on' ? 'on target' : `${row.status} target`;
    const tooltip = `${row.name}: ${formatMinutes(row.minutes)} of ${formatMinutes(summary.totalMinutes)} logged — ${status} (±${Math.round(summary.tolerance * 100)} pp tolerance). Click for the week's summary.`;
    if (!inferred) return [{ range: heading.range, categoryId: row.id, title: numbers, tooltip }];
    // An inferred heading says so first, and why: the writer may want to teach it (a quick fix on the heading).
    const title = `≈ ${row.name} (${inferredBasis(inferred)}) · ${numbers}`;
    const why = `This heading names no category; its items without a tag or category words count as ${row.name} (${inferredBasis(inferred)}). `;
    return [{ range: heading.range, categoryId: row.id, title, tooltip: why + tooltip }];
  });
}

/** "from 6 items", "from its words “SRE”". */
function inferredBasis(inferred: HeadingInference): string {
  if (inferred.from === 'items') return `from ${inferred.items ?? 0} items`;
  return `from its words ${(inferred.words ?? []).map((word) => `“${word}”`).join(', ')}`;
}
