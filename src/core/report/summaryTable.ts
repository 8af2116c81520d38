// Renders a week's allocation as a markdown table, like an Org clocktable.
// Shared by `weekly-review summary --format markdown` and the extension's
// "Insert summary table" command, so both write the same thing.

import type { WeekSummary } from '../summary/allocation';
import { formatMinutes } from '../parse/durations';
import { formatPp, percent } from './format';

export const SUMMARY_BLOCK_START = '<!-- weekly-review:summary -->';
export const SUMMARY_BLOCK_END = '<!-- /weekly-review:summary -->';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderSummaryTable(summary: WeekSummary): string {
  const rows: string[] = [];
  rows.push('| Category | Time | Share | Target | Δ | Status |');
  rows.push('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const group of summary.groups) {
    rows.push(`| **${escapeCell(group.name)}** | **${formatMinutes(group.minutes)}** | **${percent(group.share)}** | **${percent(group.target)}** | **${formatPp(group.diffPp, 1)}** | **${group.status}** |`);
    for (const category of summary.categories.filter((c) => c.group === group.id)) {
      rows.push(`| ${escapeCell(category.name)} | ${formatMinutes(category.minutes)} | ${percent(category.share)} | ${percent(category.target)} | ${formatPp(category.diffPp, 1)} | ${category.status} |`);
    }
  }
  if (summary.uncategorizedMinutes > 0) rows.push(`| Uncategorized | ${formatMinutes(summary.uncategorizedMinutes)} | ${percent(summary.uncategorizedShare)} | | | |`);
  const expected = summary.expectedMinutes !== null ? ` of ${formatMinutes(summary.expectedMinutes)} expected` : '';
  rows.push(`| **Total** | **${formatMinutes(summary.totalMinutes)}** | **100%** | | | |`);
  const lines = [
    `**${summary.week ?? 'Week'}** · ${formatMinutes(summary.totalMinutes)} logged${expected} · low-value ${formatMinutes(summary.lowValueMinutes)} (${percent(summary.lowValueShare)}) · rubric ${summary.rubric}`,
    '',
    ...rows,
    '',
    summary.priorities.map((priority) => `${priority.name} ${percent(priority.share)}`).join(' · '),
  ];
  return lines.join('\n');
}

/** The table wrapped in its markers, ready to insert or to replace an existing block. */
export function renderSummaryBlock(summary: WeekSummary, eol = '\n'): string {
  return [SUMMARY_BLOCK_START, renderSummaryTable(summary), SUMMARY_BLOCK_END].join('\n').replace(/\n/g, eol);
}

/** Offsets of the marked block in `text` (start of the opening marker, end of the closing one). */
export function findSummaryBlock(text: string): { start: number; end: number } | undefined {
  const start = text.indexOf(SUMMARY_BLOCK_START);
  if (start < 0) return undefined;
  const endMarker = text.indexOf(SUMMARY_BLOCK_END, start);
  if (endMarker < 0) return undefined;
  return { start, end: endMarker + SUMMARY_BLOCK_END.length };
}

