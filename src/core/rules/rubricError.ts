// rubric-error: the rubric in effect is broken, so nothing is judged.

import { defineRule, lineRange } from './rule';

export const rubricError = defineRule({
  id: 'rubric-error',
  scope: 'document',
  defaultSeverity: 'error',
  summary: 'The rubric in effect for this review cannot be loaded; the problem is also reported in the rubric file itself.',
  examples: {
    ok: ['---\nrubric: cto\n---\n## Recruiting\n- 1h Phone screen\n'],
    notOk: ['---\nrubric: no-such-rubric.yaml\n---\n## Recruiting\n- 1h Phone screen\n'],
  },
  check(document) {
    const failure = document.rubricFailure;
    if (!failure) return [];
    const first = failure.problems[0];
    const where = first ? `${first.file === failure.file ? '' : `${first.file}:`}${first.line}:${first.column}: ${first.message}` : '';
    const more = failure.problems.length > 1 ? ` (and ${failure.problems.length - 1} more)` : '';
    return [{
      range: lineRange(document, document.frontMatter?.rubricLine ?? 1),
      message: `Rubric ${failure.file} is broken, so this review is not judged. ${where}${more}. Fix the rubric file; its problems are listed there.`,
      data: { rubricFile: failure.file },
    }];
  },
});
