// missing-duration: a top-level item in a category section with no duration.
// An item that mentions one inside its text gets buried-duration instead,
// which names the mention: one hint per item, the more precise one.

import { findMentionedDuration } from '../parse/mentionedDuration';
import { defineRule } from './rule';

export const missingDuration = defineRule({
  id: 'missing-duration',
  scope: 'section',
  defaultSeverity: 'hint',
  summary: 'A top-level item under a category heading has no duration, so its time is not counted.',
  examples: {
    ok: ['## Recruiting\n- 1h Phone screen\n  - Outcome: moved to onsite\n- [ ] Write the job description\n'],
    notOk: ['## Recruiting\n- Phone screen with a backend candidate\n'],
  },
  check(document) {
    return document.notes
      .filter((note) => note.depth === 1 && note.categoryFromHeading && !note.containsActivities && !note.isOutcomeNote && note.checked !== false && note.text !== '' && !findMentionedDuration(note.text))
      .map((note) => ({
        range: note.range,
        message: 'This item has no duration, so it is a note and its time is not counted. Start it with a duration such as "1h30m" if it was work.',
      }));
  },
});
