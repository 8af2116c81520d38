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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Is `line` the marker alone on its line (up to three spaces before, spaces after)? */
function isMarkerLine(line: string, marker: string): boolean {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  const at = trimmed.indexOf(marker);
  return at >= 0 && at <= 3 && trimmed.slice(0, at).trim() === '' && trimmed.slice(at + marker.length).trim() === '';
}

/** A block's markers: offsets (start of the opening marker, end of the closing one) and 1-based lines. */
export interface SummaryBlockPosition {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

/**
 * The marked block in `text`. A marker counts only as a whole line outside
 * fenced code, so one quoted in inline code, a fence or a blockquote is text,
 * not a block's edge (issue 23: a quoted start marker made a second insert
 * replace the review from there). An opening marker with no closing one
 * before the next opening is passed over.
 */
export function findSummaryBlock(text: string): SummaryBlockPosition | undefined {
  let fence: string | undefined;
  let open: { offset: number; line: number } | undefined;
  // Lines end at CRLF, CR or LF, as the engine reads them: a block's lines are
  // the ones its edit checks for review text, and a CR alone split no line
  // here, so an item after one inside the block was replaced with the table.
  const terminator = /\r\n|\r|\n/g;
  for (let index = 0, lineStart = 0; lineStart <= text.length; index++) {
    const ending = terminator.exec(text);
    const lineEnd = ending ? ending.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    const start = lineStart;
    lineStart = ending ? lineEnd + ending[0].length : text.length + 1;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) fence = fenceMark;
    else if (isMarkerLine(line, SUMMARY_BLOCK_START)) open = { offset: start + line.indexOf(SUMMARY_BLOCK_START), line: index + 1 };
    else if (open && isMarkerLine(line, SUMMARY_BLOCK_END)) {
      return { start: open.offset, end: start + line.indexOf(SUMMARY_BLOCK_END) + SUMMARY_BLOCK_END.length, startLine: open.line, endLine: index + 1 };
    }
  }
  return undefined;
}
