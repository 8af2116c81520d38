// `summary --format json` prints one shape for any number of files: the
// single-week summary of the aggregate of all inputs, plus `weeks` (one
// summary per file, in ISO-week order), `trends` and `errors`.

import type { MultiWeekSummary, WeekSummary } from '../core';

export interface SummaryJson extends Omit<WeekSummary, 'lowValue' | 'uncategorized'> {
  lowValue: (WeekSummary['lowValue'][number] & { file: string })[];
  uncategorized: (WeekSummary['uncategorized'][number] & { file: string })[];
  weeks: WeekSummary[];
  trends: MultiWeekSummary['trends'];
  /** Error diagnostics in the inputs: each left something out of these totals. */
  errors: number;
}

function share(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 10_000) / 10_000 : 0;
}

function pp(actual: number, target: number): number {
  return Math.round((actual - target) * 1000) / 10;
}

function statusOf(actual: number, target: number, tolerance: number): 'under' | 'on' | 'over' {
  if (actual - target > tolerance + 1e-9) return 'over';
  if (actual - target < -tolerance - 1e-9) return 'under';
  return 'on';
}

/** The folder all files share (`reviews`), or `.`. */
export function commonFolder(files: readonly string[]): string {
  const parts = files.map((file) => file.split('/').slice(0, -1));
  const first = parts[0] ?? [];
  let length = first.length;
  for (const other of parts) {
    let same = 0;
    while (same < Math.min(length, other.length) && other[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join('/') || (files[0]?.startsWith('/') ? '/' : '.');
}

/** Sums rows by id across weeks, keeping the first week's metadata. */
function sumRows<Row extends { id: string; minutes: number }>(weeks: readonly WeekSummary[], rows: (week: WeekSummary) => readonly Row[]): Row[] {
  const byId = new Map<string, Row>();
  for (const week of weeks) {
    for (const row of rows(week)) {
      const known = byId.get(row.id);
      if (known) known.minutes += row.minutes;
      else byId.set(row.id, { ...row });
    }
  }
  return [...byId.values()];
}

function aggregate(weeks: readonly WeekSummary[]): Omit<SummaryJson, 'weeks' | 'trends' | 'errors'> {
  const first = weeks[0] as WeekSummary;
  const total = weeks.reduce((sum, week) => sum + week.totalMinutes, 0);
  const tolerance = first.tolerance;
  const categories = sumRows(weeks, (week) => week.categories).map((c) => ({ ...c, share: share(c.minutes, total), diffPp: pp(share(c.minutes, total), c.target), status: statusOf(share(c.minutes, total), c.target, tolerance) }));
  const groups = sumRows(weeks, (week) => week.groups).map((g) => ({ ...g, share: share(g.minutes, total), diffPp: pp(share(g.minutes, total), g.target), status: statusOf(share(g.minutes, total), g.target, tolerance) }));
  const priorities = sumRows(weeks, (week) => week.priorities).map((p) => ({ ...p, share: share(p.minutes, total) }));
  const uncategorizedMinutes = weeks.reduce((sum, week) => sum + week.uncategorizedMinutes, 0);
  const lowValueMinutes = weeks.reduce((sum, week) => sum + week.lowValueMinutes, 0);
  const labels = weeks.map((week) => week.week).filter((week): week is string => week !== null);
  const expected = weeks.every((week) => week.expectedMinutes !== null) ? weeks.reduce((sum, week) => sum + (week.expectedMinutes ?? 0), 0) : null;
  return {
    week: labels.length === 0 ? null : labels.length === 1 || weeks.length === 1 ? (labels[0] as string) : `${labels[0]}..${labels[labels.length - 1]}`,
    file: weeks.length === 1 ? first.file : commonFolder(weeks.map((week) => week.file)),
    rubric: [...new Set(weeks.map((week) => week.rubric))].join(', '),
    totalMinutes: total,
    totalHours: Math.round((total / 60) * 100) / 100,
    uncategorizedMinutes,
    uncategorizedShare: share(uncategorizedMinutes, total),
    lowValueMinutes,
    lowValueShare: share(lowValueMinutes, total),
    plannedMinutes: weeks.reduce((sum, week) => sum + week.plannedMinutes, 0),
    expectedMinutes: expected,
    activityCount: weeks.reduce((sum, week) => sum + week.activityCount, 0),
    tolerance,
    categories,
    groups,
    priorities,
    lowValue: weeks.flatMap((week) => week.lowValue.map((entry) => ({ ...entry, file: week.file }))),
    uncategorized: weeks.flatMap((week) => week.uncategorized.map((entry) => ({ ...entry, file: week.file }))),
  };
}

/** The JSON of `summary`: the aggregate, then every week, the trends and the error count. */
export function summaryJson(multi: MultiWeekSummary, errors: number): SummaryJson {
  const weeks = multi.weeks;
  return { ...aggregate(weeks), weeks, trends: weeks.length > 1 ? multi.trends : [], errors };
}

/** JSON text with every number finite (a non-finite number would print as null). */
export function finiteJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? 0 : item), 2);
}
