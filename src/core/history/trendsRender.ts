// Renderers of `weekly-review trends`: a week-by-category table (text and
// markdown) and the JSON trend data. Rows are weeks (gaps shown as `—`), then
// the target, the latest rolling 4-week average, its gap to the target and the
// latest week's drift; columns are categories, then groups, then low-value.

import { formatPp, percent } from '../report/format';
import type { TrendData, TrendSeries } from './trendTypes';

const GAP = '—';
const NO_TIME = '·';

/** The trend data as printed by `--format json` (2-space indented). */
export function renderTrendsJson(trends: TrendData): string {
  return JSON.stringify(trends, null, 2);
}

function cellOfShare(value: number | null | undefined, gap: boolean): string {
  if (gap) return GAP;
  return value === null || value === undefined ? NO_TIME : percent(value);
}

function ppCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatPp(value);
}

/** Header plus rows of the table, as plain cells. */
function tableCells(trends: TrendData, header: (series: TrendSeries) => string): string[][] {
  const series = [...trends.categories, ...trends.groups];
  const last = trends.weeks.length - 1;
  const rows: string[][] = [['Week', ...series.map(header), 'Low-value']];
  rows.push(['target', ...series.map((s) => percent(s.target)), '']);
  trends.weeks.forEach((week, i) => {
    rows.push([week.week, ...series.map((s) => cellOfShare(s.shares[i], week.gap)), cellOfShare(week.lowValueShare, week.gap)]);
  });
  if (last >= 0) {
    const latest = trends.weeks[last];
    rows.push([`${trends.window}-wk avg`, ...series.map((s) => cellOfShare(s.rolling[last], false)), cellOfShare(latest?.lowValueRolling, false)]);
    rows.push(['vs target', ...series.map((s) => ppCell(s.rollingDiffPp[last])), '']);
    rows.push(['drift', ...series.map((s) => ppCell(s.drift?.driftPp)), '']);
  }
  return rows;
}

function headline(trends: TrendData): string {
  if (trends.firstWeek === null) return 'No dated reviews: nothing to trend.';
  const reviews = trends.weeks.length - trends.gaps.length;
  const gaps = trends.gaps.length === 1 ? '1 gap' : `${trends.gaps.length} gaps`;
  return `Trends ${trends.firstWeek} … ${trends.latestWeek}: ${trends.weeks.length} weeks, ${reviews} reviews, ${gaps}.`;
}

function legend(trends: TrendData): string[] {
  return [
    `Share of each week's logged time. ${GAP} = no review that week (a gap, not 0); ${NO_TIME} = no logged time.`,
    `${trends.window}-wk avg = mean share over the latest ${trends.window} calendar weeks, skipping weeks without a review; drift = latest week minus that average.`,
  ];
}

/** Plain-text table; categories are headed by id, named in the legend. */
export function renderTrendsText(trends: TrendData): string {
  if (trends.firstWeek === null) return headline(trends);
  const rows = tableCells(trends, (s) => s.id);
  const widths = (rows[0] as string[]).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join('  ').trimEnd());
  const names = [...trends.categories, ...trends.groups].map((s) => `${s.id} = ${s.name}`).join('; ');
  return [headline(trends), '', ...lines, '', ...legend(trends), names].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Markdown table (category names as headers), with the headline and the legend. */
export function renderTrendsMarkdown(trends: TrendData): string {
  if (trends.firstWeek === null) return headline(trends);
  const rows = tableCells(trends, (s) => escapeCell(s.name));
  const header = rows[0] as string[];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
  ];
  return [`**${headline(trends)}**`, '', ...lines, '', ...legend(trends)].join('\n');
}
