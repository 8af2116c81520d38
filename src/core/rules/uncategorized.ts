// uncategorized: logged time that belongs to no rubric category.

import { formatMinutes } from '../parse/durations';
import { defineRule } from './rule';

export const uncategorized = defineRule({
  id: 'uncategorized',
  scope: 'section',
  defaultSeverity: 'info',
  summary: 'Logged time that no tag or heading puts in a rubric category.',
  examples: {
    ok: ['## Recruiting\n- 1h Phone screen\n\n## Misc\n- 30m Security questionnaire #sales\n'],
    notOk: ['## Misc\n- 1h Cleaned up my inbox\n'],
  },
  check(document) {
    // Without a rubric (it is broken) there are no categories to miss; rubric-error says why.
    if (!document.rubric) return [];
    const examples = document.rubric.categories.slice(0, 3).map((c) => `#${c.id}`).join(', ');
    return document.activities
      .filter((activity) => activity.counted && activity.categoryId === undefined)
      .map((activity) => ({
        range: activity.itemRange,
        message: `${formatMinutes(activity.minutes)} belongs to no category. Tag it (${examples}, …) or move it under a category heading.`,
      }));
  },
});
