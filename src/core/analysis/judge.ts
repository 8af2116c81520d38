// Stage 5 of the analysis: judging each counted activity against the rubric.
// Scores are cached by the facts that decide them (text, tags, category,
// outcome), so retyping one line re-judges only that line.

import type { Rubric } from '../rubric/model';
import { flatText } from '../text';
import type { Activity, CriterionResult } from '../types';
import { CACHE_LIMITS, remember, rubricId, store, type Caches, type InternedCriterion } from './cache';
import { scoreActivity, type ScoringInput, type ScoringResult } from './scoring';

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
    const key = [rubricKey, JSON.stringify(input)].join('\u0000');
    const scored = remember(caches.scores, key, CACHE_LIMITS.scores, () => shared(scoreActivity(rubric, input, caches.keywords), caches));
    activity.criteria = scored.criteria;
    if (scored.score !== undefined) activity.score = scored.score;
    activity.lowValue = activity.worthyReason === undefined && scored.score !== undefined && scored.score < rubric.threshold;
  }
}

function sameCriterion(a: CriterionResult, b: CriterionResult): boolean {
  if (a.id !== b.id || a.verdict !== b.verdict || a.weight !== b.weight || a.words?.length !== b.words?.length) return false;
  return (a.words ?? []).every((word, index) => word === b.words?.[index]);
}

/**
 * The held criterion equal to `criterion`, held from now on if there is none.
 * Held by evidence, the text that tells criteria apart, so no key string is
 * built: a key repeating the evidence doubled the memory the criteria take.
 */
function heldCriterion(criterion: CriterionResult, caches: Caches): InternedCriterion {
  const bucket = caches.criteria.get(criterion.evidence);
  const found = bucket?.find((entry) => sameCriterion(entry.criterion, criterion));
  if (found) return found;
  // Flat: evidence built with `+` is held as a tree of its pieces, several times the size of its text.
  const evidence = flatText(criterion.evidence);
  const entry: InternedCriterion = { criterion: { ...criterion, evidence }, id: caches.nextCriterionId++ };
  if (bucket) bucket.push(entry);
  else store(caches.criteria, evidence, CACHE_LIMITS.criteria, [entry]);
  return entry;
}

/**
 * The result with its criteria replaced by equal ones already held, when
 * there are. Verdicts are never changed after judging, and most items of a
 * long review share verdicts with other items ("no signal either way", "no
 * outcome"), so a 1 MB review holds a few hundred criterion objects and a few
 * thousand lists instead of ten objects per item (issue 11's memory goal).
 * Lists are keyed by the numbers of their interned criteria: short keys.
 */
function shared(result: ScoringResult, caches: Caches): ScoringResult {
  const { criteriaLists } = caches;
  const criteria = result.criteria.map((criterion) => heldCriterion(criterion, caches));
  const listKey = criteria.map((entry) => entry.id).join(',');
  const list = remember(criteriaLists, listKey, CACHE_LIMITS.criteriaLists, () => criteria.map((entry) => entry.criterion));
  return { ...result, criteria: list };
}
