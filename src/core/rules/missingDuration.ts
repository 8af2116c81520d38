// missing-duration: a top-level item in a category section with no duration.

import type { Rule } from './rule';

export const missingDuration: Rule = {
  id: 'missing-duration',
  defaultSeverity: 'hint',
  summary: 'A top-level item under a category heading has no duration, so its time is not counted.',
  check(document) {
    return document.notes
      .filter((note) => note.depth === 1 && note.categoryFromHeading && !note.containsActivities && !note.isOutcomeNote && note.checked !== false && note.text !== '')
      .map((note) => ({
        range: note.range,
        message: 'This item has no duration, so it is a note and its time is not counted. Start it with a duration such as "1h30m" if it was work.',
      }));
  },
};
