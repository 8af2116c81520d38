// uncategorized: logged time that belongs to no rubric category.

import { formatMinutes } from '../parse/durations';
import { defineRule } from './rule';

export const uncategorized = defineRule({
  id: 'uncategorized',
  scope: 'section',
  defaultSeverity: 'info',
  summary: 'Logged time that no tag, heading or word puts in a rubric category.',
  examples: {
    ok: ['## Recruiting\n- 1h Phone screen\n\n## Misc\n- 30m Security questionnaire #sales\n', '## Tuesday\n- 1h Onsite loop for a backend candidate\n'],
    notOk: ['## Misc\n- 1h Cleaned up my inbox\n', '## Tuesday\n- 1h Call with the vendor about the customer\n'],
  },
  check(document) {
    // Without a rubric (it is broken) there are no categories to miss; rubric-error says why.
    if (!document.rubric) return [];
    const rubric = document.rubric;
    const examples = rubric.categories.slice(0, 3).map((c) => `#${c.id}`).join(', ');
    const nameOf = (id: string) => rubric.categories.find((c) => c.id === id)?.name ?? id;
    return document.activities
      .filter((activity) => activity.counted && activity.categoryId === undefined)
      .map((activity) => {
        const [first, second] = (activity.categoryCandidates ?? []).map((candidate) => candidate.id);
        const message = first !== undefined && second !== undefined
          ? `${formatMinutes(activity.minutes)} could be ${nameOf(first)} or ${nameOf(second)}: its words fit both. Tag it #${first} or #${second}.`
          : `${formatMinutes(activity.minutes)} belongs to no category. Tag it (${examples}, …) or move it under a category heading.`;
        return { range: activity.itemRange, message };
      });
  },
});
