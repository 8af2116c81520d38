// The summary JSON of one open review, as `weekly-review summary --format json
// FILE` prints it (report/summaryJson.ts): the week's allocation with every
// activity and why, the trends (none for one week) and the error count; or,
// when the rubric is broken, the error and the rubric's problems.

import { activityRows } from '../summary/activities';
import { summaryJson, type SummaryJson } from '../report/summaryJson';
import type { RubricProblem } from '../rubric/model';
import type { ReviewService } from '../service';
import type { ReviewState } from './documents';

export type ReviewSummaryJson = SummaryJson | { error: string; problems: RubricProblem[] };

export function summaryJsonOf(service: ReviewService, state: ReviewState): ReviewSummaryJson {
  if (!state.rubric.ok || !state.summary) {
    return { error: 'the rubric is broken, so no summary can be computed', problems: state.rubric.ok ? [] : state.rubric.problems };
  }
  // Errors, and the unclosed fence: each leaves items out of the totals (as the CLI counts them).
  const errors = state.analysis.diagnostics.filter((d) => d.severity === 'error' || d.ruleId === 'unclosed-fence').length;
  return summaryJson(service.summarizeWeeks([{ ...state.summary, activities: activityRows(state.analysis) }]), errors);
}
