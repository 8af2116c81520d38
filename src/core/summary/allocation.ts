// The allocation summary of SPEC §3: where the week's minutes went, per
// category, group and priority, against the rubric's targets; plus the
// low-value and uncategorized time. And the same over several weeks, in order.

import type { ReviewAnalysis } from '../analysis/analyze';
import { formatIsoWeek } from '../parse/isoWeek';
import type { Rubric } from '../rubric/model';

export type AllocationStatus = 'under' | 'on' | 'over';

export interface CategoryAllocation {
  id: string;
  name: string;
  group: string;
  priority: string;
  minutes: number;
  share: number;
  target: number;
  /** Share minus target, in percentage points (one decimal). */
  diffPp: number;
  status: AllocationStatus;
}

export interface GroupAllocation {
  id: string;
  name: string;
  minutes: number;
  share: number;
  target: number;
  diffPp: number;
  status: AllocationStatus;
}

export interface PriorityAllocation {
  id: string;
  name: string;
  minutes: number;
  share: number;
}

export interface LowValueEntry {
  line: number;
  text: string;
  minutes: number;
  score: number;
  failed: string[];
}

export interface UncategorizedEntry {
  line: number;
  text: string;
  minutes: number;
}

export interface WeekSummary {
  week: string | null;
  file: string;
  rubric: string;
  totalMinutes: number;
  totalHours: number;
  uncategorizedMinutes: number;
  uncategorizedShare: number;
  lowValueMinutes: number;
  lowValueShare: number;
  plannedMinutes: number;
  expectedMinutes: number | null;
  activityCount: number;
  tolerance: number;
  categories: CategoryAllocation[];
  groups: GroupAllocation[];
  priorities: PriorityAllocation[];
  lowValue: LowValueEntry[];
  uncategorized: UncategorizedEntry[];
}

export interface CategoryTrend {
  id: string;
  name: string;
  target: number;
  weeks: string[];
  minutes: number[];
  shares: number[];
  /** Change of share from the first to the last week, in percentage points. */
  changePp: number;
  direction: 'up' | 'down' | 'flat';
}

export interface MultiWeekSummary {
  weeks: WeekSummary[];
  trends: CategoryTrend[];
}

function share(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 10_000) / 10_000 : 0;
}

function statusOf(actual: number, target: number, tolerance: number): AllocationStatus {
  const diff = actual - target;
  if (diff > tolerance + 1e-9) return 'over';
  if (diff < -tolerance - 1e-9) return 'under';
  return 'on';
}

function pp(actual: number, target: number): number {
  return Math.round((actual - target) * 1000) / 10;
}

export function summarizeReview(analysis: ReviewAnalysis, rubric: Rubric): WeekSummary {
  const { document } = analysis;
  const counted = document.activities.filter((a) => a.counted);
  const total = document.totalMinutes;
  const minutesBy = (key: (a: (typeof counted)[number]) => string | undefined) => {
    const map = new Map<string, number>();
    for (const activity of counted) {
      const id = key(activity);
      if (id !== undefined) map.set(id, (map.get(id) ?? 0) + activity.minutes);
    }
    return map;
  };
  const byCategory = minutesBy((a) => a.categoryId);
  const byPriority = minutesBy((a) => a.priorityId);
  const categories: CategoryAllocation[] = rubric.categories.map((category) => {
    const minutes = byCategory.get(category.id) ?? 0;
    const actual = share(minutes, total);
    return { id: category.id, name: category.name, group: category.groupId, priority: category.priorityId, minutes, share: actual, target: category.target, diffPp: pp(actual, category.target), status: statusOf(actual, category.target, rubric.tolerance) };
  });
  const groups: GroupAllocation[] = rubric.groups.map((group) => {
    const minutes = categories.filter((c) => c.group === group.id).reduce((sum, c) => sum + c.minutes, 0);
    const actual = share(minutes, total);
    return { id: group.id, name: group.name, minutes, share: actual, target: group.target, diffPp: pp(actual, group.target), status: statusOf(actual, group.target, rubric.tolerance) };
  });
  const priorities: PriorityAllocation[] = rubric.priorities.map((priority) => {
    const minutes = byPriority.get(priority.id) ?? 0;
    return { id: priority.id, name: priority.name, minutes, share: share(minutes, total) };
  });
  const lowValue = counted.filter((a) => a.lowValue).map((a) => ({
    line: a.line,
    text: a.text,
    minutes: a.minutes,
    score: a.score ?? 0,
    failed: (a.criteria ?? []).filter((c) => c.verdict === 'fail').map((c) => c.id),
  }));
  const uncategorized = counted.filter((a) => a.categoryId === undefined).map((a) => ({ line: a.line, text: a.text, minutes: a.minutes }));
  const uncategorizedMinutes = uncategorized.reduce((sum, a) => sum + a.minutes, 0);
  const lowValueMinutes = lowValue.reduce((sum, a) => sum + a.minutes, 0);
  const plannedMinutes = document.activities.filter((a) => !a.counted && !a.hasChildActivities).reduce((sum, a) => sum + a.minutes, 0);
  return {
    week: document.week ? formatIsoWeek(document.week) : null,
    file: document.path,
    rubric: rubric.name,
    totalMinutes: total,
    totalHours: Math.round((total / 60) * 100) / 100,
    uncategorizedMinutes,
    uncategorizedShare: share(uncategorizedMinutes, total),
    lowValueMinutes,
    lowValueShare: share(lowValueMinutes, total),
    plannedMinutes,
    expectedMinutes: document.expectedMinutes ?? null,
    activityCount: counted.length,
    tolerance: rubric.tolerance,
    categories,
    groups,
    priorities,
    lowValue,
    uncategorized,
  };
}

export function summarizeWeeks(summaries: WeekSummary[]): MultiWeekSummary {
  const weeks = [...summaries].sort((a, b) => (a.week ?? '').localeCompare(b.week ?? '') || a.file.localeCompare(b.file));
  const ids = new Map<string, { name: string; target: number }>();
  for (const week of weeks) for (const category of week.categories) if (!ids.has(category.id)) ids.set(category.id, { name: category.name, target: category.target });
  const trends = [...ids].map(([id, { name, target }]) => {
    const rows = weeks.map((week) => week.categories.find((c) => c.id === id));
    const shares = rows.map((row) => row?.share ?? 0);
    const changePp = shares.length > 1 ? Math.round(((shares[shares.length - 1] as number) - (shares[0] as number)) * 1000) / 10 : 0;
    return {
      id,
      name,
      target,
      weeks: weeks.map((week) => week.week ?? week.file),
      minutes: rows.map((row) => row?.minutes ?? 0),
      shares,
      changePp,
      direction: (changePp > 1 ? 'up' : changePp < -1 ? 'down' : 'flat') as CategoryTrend['direction'],
    };
  });
  return { weeks, trends };
}
