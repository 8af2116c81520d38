// low-value-item: a counted activity whose rubric score is below the threshold.

import { formatMinutes } from '../parse/durations';
import { defineRule } from './rule';

/** Advice for a rubric that gives none: rubric-neutral, so a team's own rubric never reads like the CTO one. */
const GENERIC_ADVICE = 'Note the outcome it produced, or justify it with <!-- worthy: reason -->.';

export const lowValueItem = defineRule({
  id: 'low-value-item',
  scope: 'section',
  defaultSeverity: 'warning',
  summary: 'An activity scores below the rubric threshold: it fails more of the "worthy of my time" criteria than it passes.',
  examples: {
    ok: ['## Recruiting\n- 3h Interviewed two staff engineer candidates → one offer extended; hiring plan at 9 of 12\n', '## Misc\n- 1h Cleaned up my inbox <!-- worthy: inbox zero before the board meeting -->\n'],
    notOk: ['## Engineering culture\n- 1h Reviewed two small PRs in the billing service\n', '## Misc\n- 2h Cleaned up my inbox\n'],
  },
  check(document) {
    const threshold = document.rubric?.threshold ?? 0.5;
    const advice = document.rubric?.advice ?? GENERIC_ADVICE;
    return document.activities
      .filter((activity) => activity.lowValue)
      .map((activity) => {
        const failed = (activity.criteria ?? []).filter((c) => c.verdict === 'fail');
        // One list of the words that failed it, then any other reasons (a missing outcome), each once.
        const words = [...new Set(failed.flatMap((c) => c.words ?? []))];
        const reasons = [...new Set(failed.filter((c) => !c.words).map((c) => c.evidence))];
        const evidence = [...(words.length > 0 ? [words.slice(0, 6).map((w) => `"${w}"`).join(', ')] : []), ...reasons.slice(0, 2)].join('; ');
        return {
          range: activity.itemRange,
          message: `Low-value item (${formatMinutes(activity.minutes)}, score ${(activity.score ?? 0).toFixed(2)} < ${threshold}): fails ${failed.map((c) => c.id).join(', ')}. Evidence: ${evidence}. ${advice}`,
        };
      });
  },
});
