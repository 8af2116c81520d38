// no-activities: a review in which nothing is an activity (an empty file, a
// page of prose, a file that only looks like a review) says so, instead of
// "no issues found" (issue 22: junk passed silently).

import { defineRule, lineRange } from './rule';

export const noActivities = defineRule({
  id: 'no-activities',
  scope: 'document',
  defaultSeverity: 'info',
  summary: 'The review holds no activity (an item that starts with a duration, done or planned), so nothing is counted.',
  examples: {
    ok: ['## Recruiting\n- 1h Phone screen\n', '## Plan\n- [ ] 1h Write the job description\n'],
    notOk: ['', '# Week 47\n\nJust some prose, no list.\n'],
  },
  check(document) {
    if (document.activities.length > 0) return [];
    return [{ range: lineRange(document, 1), message: 'This review has no activities, so nothing is counted. Start each item with the time it took, e.g. "- 1h Hiring sync".' }];
  },
});
