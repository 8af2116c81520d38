// A run's trends as a summary view shows them for one review: the trend data
// cut to the half year that ends at the review's week (the run may span ten
// years), with each series' drift recomputed for that week, and the run's
// people report. Plain data in, plain data out.

import type { PeopleReport } from './peopleTypes';
import type { TrendData, TrendDrift, TrendSeries } from './trendTypes';

/** Weeks of trend a summary view draws: half a year. */
export const PANEL_TREND_WEEKS = 26;

export interface RunHistoryView {
  /** Trend data cut to the weeks that end at this review's week; every series' `drift` is this week's. */
  trends: TrendData;
  /** This review's ISO week (`2026-W47`). */
  week: string;
  /** Reviews in the run. */
  runReviews: number;
  people: PeopleReport;
}

const roundPp = (share: number): number => Math.round(share * 1000) / 10;

function driftAt(series: TrendSeries, at: number, week: string): TrendDrift | null {
  const share = series.shares[at];
  const average = series.rolling[at];
  if (share === null || share === undefined || average === null || average === undefined) return null;
  return { week, share, rollingAverage: average, driftPp: roundPp(share - average) };
}

function cutSeries(series: TrendSeries, from: number, to: number, weeks: Set<string>, week: string): TrendSeries {
  return {
    ...series,
    minutes: series.minutes.slice(from, to),
    shares: series.shares.slice(from, to),
    rolling: series.rolling.slice(from, to),
    rollingDiffPp: series.rollingDiffPp.slice(from, to),
    rollingStatus: series.rollingStatus.slice(from, to),
    noTimeWeeks: series.noTimeWeeks.filter((label) => weeks.has(label)),
    drift: driftAt(series, to - 1, week),
  };
}

/** The trend data of the `count` weeks ending at `week`; undefined when `week` is not in the run. */
export function cutTrends(trends: TrendData, week: string, count = PANEL_TREND_WEEKS): TrendData | undefined {
  const end = trends.weeks.findIndex((entry) => entry.week === week);
  if (end < 0) return undefined;
  const from = Math.max(0, end - count + 1);
  const weeks = trends.weeks.slice(from, end + 1);
  const labels = new Set(weeks.map((entry) => entry.week));
  return {
    ...trends,
    firstWeek: weeks[0]?.week ?? null,
    latestWeek: week,
    weeks,
    gaps: trends.gaps.filter((label) => labels.has(label)),
    categories: trends.categories.map((series) => cutSeries(series, from, end + 1, labels, week)),
    groups: trends.groups.map((series) => cutSeries(series, from, end + 1, labels, week)),
  };
}

export function runHistoryView(trends: TrendData, people: PeopleReport, week: string): RunHistoryView | undefined {
  const cut = cutTrends(trends, week);
  if (!cut) return undefined;
  return { trends: cut, week, runReviews: trends.weeks.length - trends.gaps.length, people };
}
