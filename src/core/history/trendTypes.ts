// The trend data's shape: what `weekly-review trends --format json` prints and
// what the summary panel draws. Stable and documented field by field; every
// per-week array is aligned with `weeks` (same length, same order).

import type { AllocationStatus } from '../summary/allocation';

/** `weekly-review trends --format json` prints one `TrendData`. */
export interface TrendData {
  /** Shape version; bumped only on an incompatible change. */
  version: 1;
  /** Weeks in the rolling average (4). */
  window: number;
  /** First and latest ISO week with a review (`2026-W47`), null when there is none. */
  firstWeek: string | null;
  latestWeek: string | null;
  /** EVERY ISO week from `firstWeek` to `latestWeek`, in order, gaps included. */
  weeks: TrendWeek[];
  /** The weeks without a review (the `gap: true` entries of `weeks`). */
  gaps: string[];
  /** One series per rubric category (the latest review's rubric order first). */
  categories: TrendSeries[];
  /** One series per rubric group (external, internal, …). */
  groups: TrendSeries[];
}

export interface TrendWeek {
  /** ISO week, `2026-W47`. */
  week: string;
  /** The review file of that week; null for a gap. */
  path: string | null;
  /** No review this week: every value of the week is null, never 0. */
  gap: boolean;
  /** Logged minutes; null for a gap or a review whose rubric is broken. */
  totalMinutes: number | null;
  lowValueMinutes: number | null;
  /** Low-value minutes / logged minutes (0–1, 4 decimals); null for a gap or no logged time. */
  lowValueShare: number | null;
  /** Rolling 4-week mean of `lowValueShare` (gaps skipped, see `TrendSeries.rolling`). */
  lowValueRolling: number | null;
}

export interface TrendSeries {
  kind: 'category' | 'group';
  id: string;
  name: string;
  /** The category's group id; null for a group. */
  group: string | null;
  /** Target share (0–1) from the latest rubric that has it. */
  target: number;
  /** Minutes per week; null for a gap. */
  minutes: (number | null)[];
  /** Share of the week's logged minutes (0–1, 4 decimals); null for a gap or a week with no logged time. */
  shares: (number | null)[];
  /**
   * Rolling 4-week average of `shares` ending at each week: the mean of the
   * non-null shares among that week and the 3 before it (each week weighs the
   * same; gaps are skipped, not counted as 0); null when all 4 are null.
   */
  rolling: (number | null)[];
  /** `rolling` minus `target`, in percentage points (1 decimal). */
  rollingDiffPp: (number | null)[];
  /** `rolling` against `target` ± the rubric tolerance. */
  rollingStatus: (AllocationStatus | null)[];
  /** Weeks with a review in which this series got 0 minutes although its target is above 0. */
  noTimeWeeks: string[];
  /** The latest week against its own rolling average; null when that week has no share. */
  drift: TrendDrift | null;
}

export interface TrendDrift {
  week: string;
  share: number;
  /** `rolling` of that week (it includes the week itself). */
  rollingAverage: number;
  /** `share − rollingAverage` in percentage points (1 decimal); positive: more time than usual. */
  driftPp: number;
}

/** "A category heading's last 8 weeks": what the hover shows. */
export interface SeriesHistory {
  kind: 'category' | 'group';
  id: string;
  name: string;
  target: number;
  /** Oldest first, ending at the requested week; weeks outside the indexed range are gaps. */
  weeks: { week: string; path: string | null; gap: boolean; minutes: number | null; share: number | null; rolling: number | null }[];
}
