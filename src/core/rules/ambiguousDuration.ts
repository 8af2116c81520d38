// ambiguous-duration: a leading `10m` before a word that could be counted in
// millions ("10m users") is counted as minutes; a hint says so, so time is
// never dropped silently and never counted without a word.

import { defineRule } from './rule';

export const ambiguousDuration = defineRule({
  id: 'ambiguous-duration',
  scope: 'section',
  defaultSeverity: 'hint',
  summary: 'A duration that could also be read as a quantity ("10m users") is counted as time; write "10min" to make it plain.',
  examples: {
    ok: ['## Operations\n- 10min users call\n- 45m Events team sync\n'],
    notOk: ['## Operations\n- 10m users migrated to the new login\n'],
  },
  check(document) {
    return document.durationNotes.map((note) => ({
      range: note.range,
      // The parser's note says what was read and what to write instead.
      message: `${note.note.charAt(0).toUpperCase()}${note.note.slice(1)}.`,
    }));
  },
});
