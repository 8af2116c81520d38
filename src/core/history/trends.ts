// Trends over the run of reviews, per category and per group: the share of
// each week, a rolling 4-week average against the target, the weeks a category
// with a target got no time, the low-value share, and the latest week's drift
// against its 4-week average. The week axis runs over EVERY ISO week from the
// first review to the latest: a week without a review is a gap (null), never 0.
// The axis is at most MAX_TREND_WEEKS long, ending at the latest review: two
// files named 1000-W01 and 9999-W52 would otherwise ask for 470,000 weeks
// (hundreds of megabytes, remade each time the editor's runs settle).
//
// Rolling average: at week W, the mean of the shares of the weeks W-3 … W that
// have a review with logged time, each such week weighing the same. Gaps are
// left out (not counted as 0); it is null only when none of the four weeks has
// one. Shares are computed from minutes and rounded (4 decimals) at the end.

import type { AllocationStatus, WeekSummary } from '../summary/allocation';
import { ordinalOfLabel, weekLabelOfOrdinal } from './weeks';
import type { SeriesHistory, TrendData, TrendDrift, TrendSeries, TrendWeek } from './trendTypes';

export const ROLLING_WINDOW_WEEKS = 4;
/** The longest week axis: about fifty years of weekly reviews. */
export const MAX_TREND_WEEKS = 2_600;

/** One review per week: `index.weekly()` gives exactly this. */
export interface TrendInput {
  path: string;
  weekOrdinal: number | null;
  summary: WeekSummary | undefined;
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
const roundPp = (share: number): number => Math.round(share * 1000) / 10;

/** Mean of the non-null values in the window ending at each index; null when there is none. */
export function rollingMeans(values: readonly (number | null)[], window = ROLLING_WINDOW_WEEKS): (number | null)[] {
  return values.map((_, end) => {
    let sum = 0;
    let count = 0;
    for (let i = Math.max(0, end - window + 1); i <= end; i++) {
      const value = values[i];
      if (value !== null && value !== undefined) {
        sum += value;
        count++;
      }
    }
    return count > 0 ? sum / count : null;
  });
}

function statusOf(share: number, target: number, tolerance: number): AllocationStatus {
  const diff = share - target;
  if (diff > tolerance + 1e-9) return 'over';
  if (diff < -tolerance - 1e-9) return 'under';
  return 'on';
}

interface SeriesSpec {
  kind: 'category' | 'group';
  id: string;
  name: string;
  group: string | null;
  target: number;
}

/** Categories and groups in the latest rubric's order, then any only older weeks know. */
function seriesSpecs(summaries: readonly WeekSummary[]): SeriesSpec[] {
  const specs = new Map<string, SeriesSpec>();
  for (const summary of [...summaries].reverse()) {
    for (const c of summary.categories) if (!specs.has(`category:${c.id}`)) specs.set(`category:${c.id}`, { kind: 'category', id: c.id, name: c.name, group: c.group, target: c.target });
    for (const g of summary.groups) if (!specs.has(`group:${g.id}`)) specs.set(`group:${g.id}`, { kind: 'group', id: g.id, name: g.name, group: null, target: g.target });
  }
  return [...specs.values()];
}

function minutesOf(summary: WeekSummary, spec: SeriesSpec): number {
  const rows: { id: string; minutes: number }[] = spec.kind === 'category' ? summary.categories : summary.groups;
  return rows.find((row) => row.id === spec.id)?.minutes ?? 0;
}

function buildSeries(spec: SeriesSpec, slots: readonly (TrendInput | undefined)[], labels: readonly string[], tolerance: number): TrendSeries {
  const minutes = slots.map((slot) => (slot?.summary ? minutesOf(slot.summary, spec) : null));
  const exactShares = slots.map((slot, i) => {
    const total = slot?.summary?.totalMinutes ?? 0;
    return total > 0 ? (minutes[i] as number) / total : null;
  });
  const rollingExact = rollingMeans(exactShares);
  const rolling = rollingExact.map((value) => (value === null ? null : round4(value)));
  const noTimeWeeks = spec.target > 0 ? labels.filter((_, i) => minutes[i] === 0) : [];
  return {
    kind: spec.kind,
    id: spec.id,
    name: spec.name,
    group: spec.group,
    target: spec.target,
    minutes,
    shares: exactShares.map((value) => (value === null ? null : round4(value))),
    rolling,
    rollingDiffPp: rollingExact.map((value) => (value === null ? null : roundPp(value - spec.target))),
    rollingStatus: rollingExact.map((value) => (value === null ? null : statusOf(value, spec.target, tolerance))),
    noTimeWeeks,
    drift: driftOf(exactShares, rollingExact, labels),
  };
}

function driftOf(shares: readonly (number | null)[], rolling: readonly (number | null)[], labels: readonly string[]): TrendDrift | null {
  const last = shares.length - 1;
  const share = shares[last];
  const average = rolling[last];
  if (share === null || share === undefined || average === null || average === undefined) return null;
  return { week: labels[last] as string, share: round4(share), rollingAverage: round4(average), driftPp: roundPp(share - average) };
}

function buildWeeks(slots: readonly (TrendInput | undefined)[], labels: readonly string[]): TrendWeek[] {
  const lowValueExact = slots.map((slot) => (slot?.summary && slot.summary.totalMinutes > 0 ? slot.summary.lowValueMinutes / slot.summary.totalMinutes : null));
  const lowValueRolling = rollingMeans(lowValueExact);
  return slots.map((slot, i) => ({
    week: labels[i] as string,
    path: slot?.path ?? null,
    gap: slot === undefined,
    totalMinutes: slot?.summary ? slot.summary.totalMinutes : null,
    lowValueMinutes: slot?.summary ? slot.summary.lowValueMinutes : null,
    lowValueShare: lowValueExact[i] === null ? null : round4(lowValueExact[i] as number),
    lowValueRolling: lowValueRolling[i] === null ? null : round4(lowValueRolling[i] as number),
  }));
}

/** Trend data over reviews with a week (one per week; later duplicates of a week are ignored). */
export function computeTrends(reviews: readonly TrendInput[]): TrendData {
  const byOrdinal = new Map<number, TrendInput>();
  for (const review of reviews) if (review.weekOrdinal !== null && !byOrdinal.has(review.weekOrdinal)) byOrdinal.set(review.weekOrdinal, review);
  const ordinals = [...byOrdinal.keys()].sort((a, b) => a - b);
  if (ordinals.length === 0) return { version: 1, window: ROLLING_WINDOW_WEEKS, firstWeek: null, latestWeek: null, weeks: [], gaps: [], categories: [], groups: [] };
  const last = ordinals[ordinals.length - 1] as number;
  // Reviews older than the axis are left out, as weeks before the first review are.
  const first = Math.max(ordinals[0] as number, last - MAX_TREND_WEEKS + 1);
  const slots: (TrendInput | undefined)[] = [];
  const labels: string[] = [];
  for (let ordinal = first; ordinal <= last; ordinal++) {
    slots.push(byOrdinal.get(ordinal));
    labels.push(weekLabelOfOrdinal(ordinal));
  }
  const summaries = slots.flatMap((slot) => (slot?.summary ? [slot.summary] : []));
  const tolerance = summaries.at(-1)?.tolerance ?? 0.05;
  const series = seriesSpecs(summaries).map((spec) => buildSeries(spec, slots, labels, tolerance));
  const weeks = buildWeeks(slots, labels);
  return {
    version: 1,
    window: ROLLING_WINDOW_WEEKS,
    firstWeek: labels[0] as string,
    latestWeek: labels[labels.length - 1] as string,
    weeks,
    gaps: weeks.filter((week) => week.gap).map((week) => week.week),
    categories: series.filter((s) => s.kind === 'category'),
    groups: series.filter((s) => s.kind === 'group'),
  };
}

/**
 * The last `count` weeks (8 by default) of one category (or group) ending at
 * `latestWeek` (`2026-W47`), oldest first: what a category heading's hover
 * shows. Undefined when the trend data has no such series or the week is not a week.
 */
export function seriesLastWeeks(trends: TrendData, id: string, latestWeek: string, count = 8, kind: 'category' | 'group' = 'category'): SeriesHistory | undefined {
  const series = (kind === 'category' ? trends.categories : trends.groups).find((s) => s.id === id);
  const end = ordinalOfLabel(latestWeek);
  const first = trends.firstWeek === null ? undefined : ordinalOfLabel(trends.firstWeek);
  if (!series || end === undefined) return undefined;
  const weeks: SeriesHistory['weeks'] = [];
  for (let ordinal = end - count + 1; ordinal <= end; ordinal++) {
    const at = first === undefined ? -1 : ordinal - first;
    const week = at >= 0 ? trends.weeks[at] : undefined;
    weeks.push({
      week: weekLabelOfOrdinal(ordinal),
      path: week?.path ?? null,
      gap: !week || week.gap,
      minutes: week ? (series.minutes[at] ?? null) : null,
      share: week ? (series.shares[at] ?? null) : null,
      rolling: week ? (series.rolling[at] ?? null) : null,
    });
  }
  return { kind: series.kind, id: series.id, name: series.name, target: series.target, weeks };
}

/** `seriesLastWeeks` for a category: the data of "a category heading's last 8 weeks". */
export function categoryLastWeeks(trends: TrendData, categoryId: string, latestWeek: string, count = 8): SeriesHistory | undefined {
  return seriesLastWeeks(trends, categoryId, latestWeek, count, 'category');
}
