// front-matter-error: the front matter cannot be read or holds a bad value.

import { defineRule } from './rule';

export const frontMatterError = defineRule({
  id: 'front-matter-error',
  scope: 'document',
  defaultSeverity: 'error',
  summary: 'The front matter is not valid YAML, or `week`, `hours` or `rubric` holds a value that cannot be used.',
  examples: {
    ok: ['---\nweek: 2026-W47\nhours: 40\n---\n## Recruiting\n- 1h Phone screen\n'],
    notOk: ['---\nweek: next week\n---\n## Recruiting\n- 1h Phone screen\n', '---\nweek: [unclosed\n---\n'],
  },
  check(document) {
    return document.frontMatterProblems.map((problem) => ({ range: problem.range, message: problem.message }));
  },
});
