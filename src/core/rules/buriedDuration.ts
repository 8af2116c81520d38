// buried-duration: an item that mentions a duration inside its text but has
// no leading or bracketed one (`- spent 2h in jira cleaning up`) is a note,
// so its time is not counted; under any heading, a hint names the mention
// and a quick fix moves it to the front (issue 22: nothing silently lost).

import { findMentionedDuration } from '../parse/mentionedDuration';
import { defineRule } from './rule';

export const buriedDuration = defineRule({
  id: 'buried-duration',
  scope: 'section',
  defaultSeverity: 'hint',
  summary: 'An item mentions a duration inside its text ("spent 2h in…") but does not start with one, so its time is not counted.',
  examples: {
    ok: ['## Misc\n- 2h spent in jira cleaning up the backlog\n- Lunch with the team\n- Standup at 10:30\n', '## Operations\n- 3h Incident review\n  - spent 2h on the timeline\n'],
    notOk: ['## Misc\n- spent 2h in jira cleaning up the backlog\n', '## Recruiting\n- Phone screens, about 90m in total\n'],
  },
  check(document) {
    return document.notes
      .filter((note) => note.depth === 1 && !note.containsActivities && !note.isOutcomeNote && note.checked !== false)
      .flatMap((note) => {
        const mention = findMentionedDuration(note.text);
        if (!mention) return [];
        return [{ range: note.range, message: `Mentions ${mention.text}: write it first to count it ("${mention.canonical} …"); as it is, this item is a note and its time is not counted.`, data: { replacement: mention.canonical } }];
      });
  },
});
