// invalid-duration: something in duration position that cannot be counted.
// The repair it suggests ("2h30" → "2h 30m", "2h-3h" → one value) comes from
// the parser when it knows one, else from the durations module's
// suggestDuration; the quick fix offers it through the diagnostic's data.

import { suggestDuration } from '../parse/durations';
import { defineRule } from './rule';

export const invalidDuration = defineRule({
  id: 'invalid-duration',
  scope: 'section',
  defaultSeverity: 'warning',
  summary: 'A duration that cannot be read (e.g. "2h75m", "1:5", "2h30"): the item is not counted until it is fixed.',
  examples: {
    ok: ['## Recruiting\n- 2h30m Interviews\n- 1:30 Hiring committee\n'],
    notOk: ['## Recruiting\n- 2h75m Interviews\n', '## Recruiting\n- 2h30 Interviews\n'],
  },
  check(document) {
    return document.durationIssues.map((issue) => {
      const replacement = issue.replacement ?? (issue.kind === 'malformed' ? suggestDuration(issue.text) : undefined);
      const fix = replacement !== undefined ? ` Did you mean "${replacement}"?` : '';
      return {
        range: issue.range,
        message: `"${issue.text}" is not a valid duration: ${issue.problem}.${fix} Use forms like 2h, 2.5h, 2h30m, 45m, 90min or 1:30.`,
        ...(replacement !== undefined ? { data: { replacement } } : {}),
      };
    });
  },
});
