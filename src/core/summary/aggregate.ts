// The summary of several reviews as one: what `summary --format json` prints
// at its top level for any number of files (one file: exactly that week's
// summary, plus the file on each entry). Shares, gaps and statuses are
// recomputed from the summed minutes with the same rules as one week.

import { pp, share, statusOf, totals, type WeekSummary } from './allocation';

export interface AggregateSummary extends Omit<WeekSummary, 'lowValue' | 'borderline' | 'uncategorized' | 'activities'> {
  lowValue: (WeekSummary['lowValue'][number] & { file: string })[];
  borderline: (WeekSummary['borderline'][number] & { file: string })[];
  uncategorized: (WeekSummary['uncategorized'][number] & { file: string })[];
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
function sumRows<Row extends { id: string; minutes: number; inferredMinutes?: number }>(weeks: readonly WeekSummary[], rows: (week: WeekSummary) => readonly Row[]): Row[] {
  const byId = new Map<string, Row>();
  for (const week of weeks) {
    for (const row of rows(week)) {
      const known = byId.get(row.id);
      if (!known) byId.set(row.id, { ...row });
      else {
        known.minutes += row.minutes;
        if (known.inferredMinutes !== undefined) known.inferredMinutes += row.inferredMinutes ?? 0;
      }
    }
  }
  return [...byId.values()];
}

/** One summary of several weeks: minutes added up, shares recomputed, entries tagged with their file. */
export function aggregateWeeks(weeks: readonly WeekSummary[]): AggregateSummary {
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
    ...totals(total, uncategorizedMinutes, lowValueMinutes),
    inferredMinutes: weeks.reduce((sum, week) => sum + week.inferredMinutes, 0),
    plannedMinutes: weeks.reduce((sum, week) => sum + week.plannedMinutes, 0),
    expectedMinutes: expected,
    activityCount: weeks.reduce((sum, week) => sum + week.activityCount, 0),
    tolerance,
    categories,
    groups,
    priorities,
    lowValue: weeks.flatMap((week) => week.lowValue.map((entry) => ({ ...entry, file: week.file }))),
    borderline: weeks.flatMap((week) => week.borderline.map((entry) => ({ ...entry, file: week.file }))),
    borderlineMinutes: weeks.reduce((sum, week) => sum + week.borderlineMinutes, 0),
    uncategorized: weeks.flatMap((week) => week.uncategorized.map((entry) => ({ ...entry, file: week.file }))),
  };
}

