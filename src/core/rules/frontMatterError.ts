// front-matter-error: the front matter cannot be read or holds a bad value.

import type { Rule } from './rule';

export const frontMatterError: Rule = {
  id: 'front-matter-error',
  defaultSeverity: 'error',
  summary: 'The front matter is not valid YAML, or `week`, `hours` or `rubric` holds a value that cannot be used.',
  check(document) {
    return document.frontMatterProblems.map((problem) => ({ range: problem.range, message: problem.message }));
  },
};
