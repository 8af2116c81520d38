// duration-mismatch: a parent's own duration differs from its nested activities' sum.

import { canonicalDuration, formatMinutes } from '../parse/durations';
import type { Rule } from './rule';

export const durationMismatch: Rule = {
  id: 'duration-mismatch',
  defaultSeverity: 'warning',
  summary: "An item's own duration differs from the sum of its nested activities (the nested ones are what counts).",
  check(document) {
    return document.activities
      .filter((activity) => activity.hasChildActivities && activity.declaredMinutes > 0 && activity.declaredMinutes !== activity.minutes)
      .map((activity) => {
        const token = activity.leading ?? activity.bracketed;
        return {
          range: token?.range ?? activity.itemRange,
          message: `This item says ${formatMinutes(activity.declaredMinutes)} but its nested activities add up to ${formatMinutes(activity.minutes)}; the nested ones are counted. Change it to ${canonicalDuration(activity.minutes)} or fix the nested durations.`,
          data: { activityLine: activity.line, replacement: canonicalDuration(activity.minutes) },
        };
      });
  },
};
