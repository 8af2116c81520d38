// borderline-item: an activity below the threshold that careful readers
// disagree on (the rubric's `borderline` band: people or evangelism time that
// states no result, or work the writer did themselves that states one). A hint, not a warning, and never counted as low-value:
// the message says why in words, the hover shows the table.

import type { Activity } from '../types';
import { lowValueReasons, MAX_MESSAGE_LENGTH } from './lowValueItem';
import { defineRule } from './rule';

/** Why an item with a result is borderline: the words the judgment matched say the writer did it themselves (the rubric's `borderline.handsOn`). */
function handsOnReason(activity: Activity): string | undefined {
  const said = activity.handsOn?.[0];
  return said === undefined ? undefined : `done yourself (“${said}”), with a result`;
}

export const borderlineItem = defineRule({
  id: 'borderline-item',
  scope: 'section',
  defaultSeverity: 'hint',
  summary: 'An activity where careful readers disagree: people or evangelism time that states no result, or work done yourself that states one. Not counted as low-value.',
  examples: {
    ok: ['## Engineering culture\n- 2h Wrote performance reviews for two directs → both promoted from Jan\n', '## Engineering culture\n- 1h Weekly staff meeting\n'],
    notOk: ['## Engineering culture\n- 2h Wrote performance reviews for two of my directs\n', '## Marketing\n- 1h Recorded a podcast episode on our data platform\n', '## Operations\n- 2h Fixed the flaky CI job myself → queue times from 40 to 12 minutes, 3 reruns a day gone\n'],
  },
  check(document) {
    return document.activities
      .filter((activity) => activity.borderline)
      .map((activity) => {
        const message = `Borderline: ${handsOnReason(activity) ?? lowValueReasons(activity, document.rubric).join(', ')}; a judgment call`;
        return { range: activity.itemRange, message: message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` };
      });
  },
});
