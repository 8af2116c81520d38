// invalid-duration: something in duration position that cannot be counted.

import type { Rule } from './rule';

export const invalidDuration: Rule = {
  id: 'invalid-duration',
  defaultSeverity: 'warning',
  summary: 'A duration that cannot be read (e.g. "2h75m", "1:5", "2h30"): the item is not counted until it is fixed.',
  check(document) {
    return document.durationIssues.map((issue) => {
      const data = issue.replacement !== undefined ? { replacement: issue.replacement } : undefined;
      const fix = issue.replacement !== undefined ? ` Did you mean "${issue.replacement}"?` : '';
      return {
        range: issue.range,
        message: `"${issue.text}" is not a valid duration: ${issue.problem}.${fix} Use forms like 2h, 2.5h, 2h30m, 45m, 90min or 1:30.`,
        ...(data ? { data } : {}),
      };
    });
  },
};
