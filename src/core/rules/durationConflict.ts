// duration-conflict: leading and bracketed durations on one item disagree.

import { formatMinutes } from '../parse/durations';
import { tokenRange } from '../types';
import { defineRule } from './rule';

export const durationConflict = defineRule({
  id: 'duration-conflict',
  scope: 'section',
  defaultSeverity: 'warning',
  summary: 'An item has a leading and a bracketed duration that disagree; the leading one counts.',
  examples: {
    ok: ['## Recruiting\n- 1h Phone screen (1h)\n- 30m Phone screen (30min)\n'],
    notOk: ['## Recruiting\n- 1h Phone screen (2h)\n'],
  },
  check(document) {
    return document.activities
      .filter((activity) => activity.leading && activity.bracketed && activity.leading.minutes !== activity.bracketed.minutes)
      .map((activity) => ({
        range: activity.bracketed ? tokenRange(activity.bracketed) : activity.itemRange,
        message: `Leading duration ${formatMinutes(activity.leading?.minutes ?? 0)} and bracketed ${activity.bracketed?.text} disagree; the leading one counts. Remove one or make them equal.`,
        data: { activityLine: activity.line, replacement: '' },
      }));
  },
});
