// Output of the CLI: vfile-reporter-style text, JSON in the shape docs/CLI.md documents, and
// the summary as text or markdown. Text from the user's files (item text,
// names, paths, messages quoting them) goes through `plain` first, so a review
// cannot drive the terminal (issue 23: an item set the window title).

import type { CategoryTrend, MultiWeekSummary, ReviewDiagnostic, Severity, WeekSummary } from '../core';
import { formatMinutes, formatPp, percent, renderSummaryTable, share } from '../core';

// Escape sequences first (CSI, OSC up to its terminator or the end, any other
// ESC + one character; and their 8-bit C1 forms), then every other control
// character but tab and newline. Each class stops where the next begins, so
// the pattern is linear. Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const ESCAPES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-_]?/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` without terminal escape sequences or control characters (tab and newline stay), as vfile-reporter prints. */
export function plain(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

export interface FileDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

export function toFileDiagnostic(file: string, diagnostic: ReviewDiagnostic): FileDiagnostic {
  return {
    file,
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.column,
    endLine: diagnostic.range.end.line,
    endColumn: diagnostic.range.end.column,
    severity: diagnostic.severity,
    ruleId: diagnostic.ruleId,
    message: diagnostic.message,
  };
}

/** The findings of each file, in their order, grouped once: a folder of 20,000 reviews was filtered once per file. */
export function findingsByFile(diagnostics: FileDiagnostic[]): Map<string, FileDiagnostic[]> {
  const byFile = new Map<string, FileDiagnostic[]>();
  for (const d of diagnostics) {
    const own = byFile.get(d.file);
    if (own) own.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
  status(status: string, text: string): string;
}

export function createStyle(enabled: boolean): Style {
  const wrap = (code: string, text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityCodes: Record<Severity, string> = { error: '31', warning: '33', info: '34', hint: '2' };
  const statusCodes: Record<string, string> = { under: '33', on: '32', over: '35' };
  return {
    bold: (text) => wrap('1', text),
    dim: (text) => wrap('2', text),
    severity: (severity, text) => wrap(severityCodes[severity], text),
    status: (status, text) => wrap(statusCodes[status] ?? '0', text),
  };
}

const PLURAL: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], hint: ['hint', 'hints'] };

/** Text in the style of vfile-reporter: a block per file, then one closing count. */
export function reportText(files: string[], diagnostics: FileDiagnostic[], style: Style): string {
  const out: string[] = [];
  const byFile = findingsByFile(diagnostics);
  for (const file of files) {
    const own = byFile.get(file) ?? [];
    out.push(own.length === 0 ? `${style.bold(plain(file))}: ${style.dim('no issues found')}` : style.bold(plain(file)));
    const rows = own.map((d) => [`${d.line}:${d.column}-${d.endLine}:${d.endColumn}`, d.severity, plain(d.message), d.ruleId] as const);
    const placeWidth = Math.max(0, ...rows.map((r) => r[0].length));
    const severityWidth = Math.max(0, ...rows.map((r) => r[1].length));
    for (const [place, severity, message, ruleId] of rows) {
      out.push(`  ${place.padEnd(placeWidth)}  ${style.severity(severity, severity.padEnd(severityWidth))}  ${message}  ${style.dim(ruleId)}`);
    }
    if (own.length > 0) out.push('');
  }
  const counts = (['error', 'warning', 'info', 'hint'] as Severity[])
    .map((severity) => ({ severity, count: diagnostics.filter((d) => d.severity === severity).length }))
    .filter((entry) => entry.count > 0)
    .map(({ severity, count }) => `${count} ${PLURAL[severity][count === 1 ? 0 : 1]}`);
  const mark = diagnostics.some((d) => d.severity === 'error') ? '✖' : diagnostics.some((d) => d.severity === 'warning') ? '⚠' : '✓';
  out.push(`${mark} ${counts.length > 0 ? counts.join(', ') : 'no issues'} in ${files.length} ${files.length === 1 ? 'file' : 'files'}`);
  return out.join('\n');
}

/** A text bullet chart: the bar is the share, `│` the target; `scale` is the value of a full bar. */
function bar(share: number, target: number, width: number, scale: number): string {
  const cells: string[] = Array.from({ length: width }, (_, index) => (index < Math.round((share / scale) * width) ? '█' : ' '));
  const targetCell = Math.min(width - 1, Math.round((target / scale) * width));
  if (targetCell >= 0 && targetCell < width) cells[targetCell] = cells[targetCell] === '█' ? '┃' : '│';
  return cells.join('');
}

/**
 * One week's summary as text. `combined` (several files added up: a folder,
 * a month) names how many files and leaves out the item lists, whose line
 * numbers only mean something per file, printed below it.
 */
export function reportSummaryText(summary: WeekSummary, style: Style, combined?: { files: number }): string {
  const out: string[] = [];
  const expected = summary.expectedMinutes !== null ? ` of ${formatMinutes(summary.expectedMinutes)} expected` : '';
  const where = combined ? `${combined.files} ${combined.files === 1 ? 'file' : 'files'} combined${summary.file === '.' ? '' : ` in ${plain(summary.file)}`}` : plain(summary.file);
  out.push(style.bold(`${plain(summary.week ?? 'Unknown week')} · ${formatMinutes(summary.totalMinutes)} logged${expected}`) + style.dim(` · ${where} · rubric ${plain(summary.rubric)}`));
  out.push('');
  const nameWidth = Math.max(14, ...summary.categories.map((c) => c.name.length + 2), ...summary.groups.map((g) => g.name.length));
  out.push(style.dim(`${''.padEnd(nameWidth)}  ${'time'.padStart(8)}  ${'share'.padStart(6)}  ${'target'.padStart(6)}  ${'Δ'.padStart(9)}  status  ${'(│ = target)'}`));
  const scale = Math.max(0.01, ...summary.groups.flatMap((g) => [g.share, g.target]), ...summary.categories.flatMap((c) => [c.share, c.target]));
  const row = (name: string, minutes: number, share: number, target: number, diffPp: number, status: string, strong: boolean) => {
    const text = `${name.padEnd(nameWidth)}  ${formatMinutes(minutes).padStart(8)}  ${percent(share).padStart(6)}  ${percent(target).padStart(6)}  ${formatPp(diffPp, 1).padStart(9)}  ${style.status(status, status.padEnd(6))}  ${bar(share, target, 24, scale)}`;
    return strong ? style.bold(text) : text;
  };
  for (const group of summary.groups) {
    out.push(row(plain(group.name), group.minutes, group.share, group.target, group.diffPp, group.status, true));
    for (const category of summary.categories.filter((c) => c.group === group.id)) {
      out.push(row(`  ${plain(category.name)}`, category.minutes, category.share, category.target, category.diffPp, category.status, false));
    }
  }
  if (summary.uncategorizedMinutes > 0) out.push(`${'Uncategorized'.padEnd(nameWidth)}  ${formatMinutes(summary.uncategorizedMinutes).padStart(8)}  ${percent(summary.uncategorizedShare).padStart(6)}`);
  out.push('');
  if (summary.inferredMinutes > 0) out.push(`Inferred: ${formatMinutes(summary.inferredMinutes)} (${percent(share(summary.inferredMinutes, summary.totalMinutes))}) categorized from the items' words or their headings ${style.dim('(summary --format json shows why, item by item)')}`);
  out.push(`Priorities: ${summary.priorities.map((p) => `${plain(p.name)} ${percent(p.share)}`).join(' · ')}`);
  out.push(`Low-value: ${formatMinutes(summary.lowValueMinutes)} (${percent(summary.lowValueShare)}) in ${summary.lowValue.length} ${summary.lowValue.length === 1 ? 'item' : 'items'}`);
  if (combined) return out.join('\n');
  for (const item of summary.lowValue) {
    out.push(`  ${style.dim(`L${item.line}`.padEnd(5))} ${formatMinutes(item.minutes).padStart(7)}  ${plain(item.text)}  ${style.dim(`(score ${item.score.toFixed(2)}; fails ${item.failed.join(', ')})`)}`);
  }
  if (summary.borderline.length > 0) {
    out.push(`Borderline: ${formatMinutes(summary.borderlineMinutes)} in ${summary.borderline.length} ${summary.borderline.length === 1 ? 'item' : 'items'} ${style.dim('(careful readers disagree; not counted as low-value)')}`);
    for (const item of summary.borderline) out.push(`  ${style.dim(`L${item.line}`.padEnd(5))} ${formatMinutes(item.minutes).padStart(7)}  ${plain(item.text)}`);
  }
  if (summary.uncategorized.length > 0) {
    out.push(`Uncategorized: ${formatMinutes(summary.uncategorizedMinutes)} in ${summary.uncategorized.length} ${summary.uncategorized.length === 1 ? 'item' : 'items'}`);
    for (const item of summary.uncategorized) out.push(`  ${style.dim(`L${item.line}`.padEnd(5))} ${formatMinutes(item.minutes).padStart(7)}  ${plain(item.text)}`);
  }
  return out.join('\n');
}

function trendArrow(trend: CategoryTrend): string {
  return trend.direction === 'up' ? '↗' : trend.direction === 'down' ? '↘' : '→';
}

/** Category shares week by week; `rubric` names the rubric when weeks judged by several are shown apart. */
export function reportTrendsText(multi: MultiWeekSummary, style: Style, rubric?: string): string {
  const judged = rubric !== undefined ? ` judged by rubric ${plain(rubric)}` : '';
  const out = [style.bold(`Trends over ${multi.weeks.length} weeks${judged} (${multi.weeks.map((w) => plain(w.week ?? w.file)).join(', ')})`)];
  const nameWidth = Math.max(...multi.trends.map((t) => t.name.length), 10);
  for (const trend of multi.trends) {
    out.push(`  ${plain(trend.name).padEnd(nameWidth)}  ${trend.shares.map((s) => percent(s).padStart(6)).join(' ')}  ${trendArrow(trend)} ${formatPp(trend.changePp, 1)}  ${style.dim(`target ${percent(trend.target)}`)}`);
  }
  return out.join('\n');
}

export function reportSummaryMarkdown(summary: WeekSummary): string {
  return plain(renderSummaryTable(summary));
}
