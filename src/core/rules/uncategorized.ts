// uncategorized: logged time that belongs to no rubric category.

import { formatMinutes } from '../parse/durations';
import type { Rule } from './rule';

export const uncategorized: Rule = {
  id: 'uncategorized',
  defaultSeverity: 'info',
  summary: 'Logged time that no tag or heading puts in a rubric category.',
  check(document) {
    // Without a rubric (it is broken) there are no categories to miss; rubric-error says why.
    if (!document.rubric) return [];
    const examples = (document.rubric?.categories ?? []).slice(0, 3).map((c) => `#${c.id}`).join(', ');
    return document.activities
      .filter((activity) => activity.counted && activity.categoryId === undefined)
      .map((activity) => ({
        range: activity.itemRange,
        message: `${formatMinutes(activity.minutes)} belongs to no category. Tag it (${examples}, …) or move it under a category heading.`,
        data: { activityLine: activity.line },
      }));
  },
};
