// "Worth my time: remember" / "Not worth my time: remember": the verdicts a
// writer can record on an item, and the entry that records one (its text,
// content stems, category and week) for `.weekly-review/verdicts.yaml`. The
// file is written by the host with `rememberVerdict` (memory/verdicts.ts).

import type { ReviewAnalysis } from '../analysis/analyze';
import { contentStems, type RememberedKind, type RememberedVerdict } from '../memory/verdicts';
import { formatIsoWeek } from '../parse/isoWeek';

export interface VerdictChoice {
  verdict: RememberedKind;
  title: string;
  /** Offered first: the verdict that corrects what the tool said. */
  preferred: boolean;
}

/**
 * The choices on a counted item: on a flagged or borderline item, "Worth my
 * time" (and, on a borderline one, "Not worth my time"); on an item the tool
 * judged worthy, "Not worth my time". None on an item whose verdict a worthy
 * comment or an earlier correction already gives.
 */
export function verdictChoices(analysis: ReviewAnalysis, line: number): VerdictChoice[] {
  const activity = analysis.document.activities.find((a) => a.line === line);
  if (!activity?.counted || activity.score === undefined || activity.worthyReason !== undefined || activity.remembered) return [];
  const worthy: VerdictChoice = { verdict: 'worthy', title: 'Worth my time: remember', preferred: activity.lowValue === true };
  const low: VerdictChoice = { verdict: 'low', title: 'Not worth my time: remember', preferred: !activity.lowValue && !activity.borderline };
  if (activity.lowValue) return [worthy];
  return activity.borderline ? [worthy, low] : [low];
}

/** The entry that records `verdict` on the item at `line`, or undefined when there is no counted item there. */
export function verdictEntry(analysis: ReviewAnalysis, line: number, verdict: RememberedKind, reason?: string): RememberedVerdict | undefined {
  const activity = analysis.document.activities.find((a) => a.line === line && a.counted);
  if (!activity) return undefined;
  const entry: RememberedVerdict = { verdict, text: activity.text, stems: contentStems(activity.text) };
  if (activity.categoryId !== undefined) entry.category = activity.categoryId;
  if (analysis.document.week) entry.week = formatIsoWeek(analysis.document.week);
  if (reason) entry.reason = reason;
  return entry;
}
