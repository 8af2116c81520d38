// duration-mismatch: a parent's own duration differs from its nested activities' sum.

import { canonicalDuration, formatMinutes } from '../parse/durations';
import { tokenRange } from '../types';
import { defineRule } from './rule';

export const durationMismatch = defineRule({
  id: 'duration-mismatch',
  scope: 'section',
  defaultSeverity: 'warning',
  summary: "An item's own duration differs from the sum of its nested activities (the nested ones are what counts).",
  examples: {
    ok: ['## Architecture\n- 3h Data platform strategy\n  - 2h Interviews with the ML team\n  - 1h Cost model\n'],
    notOk: ['## Architecture\n- 5h Data platform strategy\n  - 2h Interviews with the ML team\n  - 1h Cost model\n'],
  },
  check(document) {
    return document.activities
      .filter((activity) => activity.hasChildActivities && activity.declaredMinutes > 0 && activity.declaredMinutes !== activity.minutes)
      .map((activity) => {
        const token = activity.leading ?? activity.bracketed;
        return {
          range: token ? tokenRange(token) : activity.itemRange,
          message: `This item says ${formatMinutes(activity.declaredMinutes)} but its nested activities add up to ${formatMinutes(activity.minutes)}; the nested ones are counted. Change it to ${canonicalDuration(activity.minutes)} or fix the nested durations.`,
          data: { activityLine: activity.line, replacement: canonicalDuration(activity.minutes) },
        };
      });
  },
});
