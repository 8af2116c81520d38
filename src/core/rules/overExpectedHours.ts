// over-expected-hours: the week logs more hours than expected.

import { formatMinutes } from '../parse/durations';
import { defineRule, lineRange } from './rule';

export const overExpectedHours = defineRule({
  id: 'over-expected-hours',
  scope: 'document',
  defaultSeverity: 'warning',
  summary: "The week logs more time than expected (front matter `hours:` or the rubric's `expectedHours`).",
  examples: {
    ok: ['---\nhours: 2\n---\n## Recruiting\n- 2h Interviews\n'],
    notOk: ['---\nhours: 1\n---\n## Recruiting\n- 2h Interviews\n'],
  },
  check(document) {
    const expected = document.expectedMinutes;
    if (expected === undefined || document.totalMinutes <= expected) return [];
    const line = document.expectedSource === 'front matter' ? (document.frontMatter?.hoursLine ?? 1) : 1;
    return [{
      range: lineRange(document, line),
      message: `Logged ${formatMinutes(document.totalMinutes)}, more than the ${formatMinutes(expected)} expected (${document.expectedSource}). Protect your time, or raise "hours" if this week really was longer.`,
    }];
  },
});
