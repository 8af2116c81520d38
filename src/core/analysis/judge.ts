// Stage 5 of the analysis: judging each counted activity against the rubric.
// Scores are cached by the facts that decide them (text, tags, category,
// outcome), so retyping one line re-judges only that line.

import type { Rubric } from '../rubric/model';
import type { Activity } from '../types';
import { CACHE_LIMITS, remember, rubricId, type Caches } from './cache';
import { scoreActivity, type ScoringInput } from './scoring';

function scoringInput(activity: Activity): ScoringInput {
  const outcome = activity.outcome;
  return {
    text: activity.text,
    tags: activity.tags,
    ...(activity.categoryId !== undefined ? { categoryId: activity.categoryId } : {}),
    ...(outcome ? { outcome: { text: outcome.text, ...(outcome.inheritedFromLine !== undefined ? { inheritedFromLine: outcome.inheritedFromLine } : {}) } } : {}),
  };
}

export function judgeActivities(activities: readonly Activity[], rubric: Rubric, caches: Caches): void {
  const rubricKey = String(rubricId(caches, rubric));
  for (const activity of activities) {
    if (!activity.counted) continue;
    const input = scoringInput(activity);
    const key = `${rubricKey}\u0000${JSON.stringify(input)}`;
    const scored = remember(caches.scores, key, CACHE_LIMITS.scores, () => scoreActivity(rubric, input, caches.keywords));
    activity.criteria = scored.criteria;
    if (scored.score !== undefined) activity.score = scored.score;
    activity.lowValue = activity.worthyReason === undefined && scored.score !== undefined && scored.score < rubric.threshold;
  }
}
