// unclosed-fence: a code fence that is never closed turns the rest of the
// section into code, so its items silently stop counting; say so at the fence.

import { defineRule, lineRange } from './rule';

export const unclosedFence = defineRule({
  id: 'unclosed-fence',
  scope: 'section',
  defaultSeverity: 'warning',
  summary: 'A code fence is never closed, so everything after it is code and its items are not counted.',
  examples: {
    ok: ['## Recruiting\n```sh\nmake hire\n```\n- 1h Phone screen\n'],
    notOk: ['## Recruiting\n```sh\nmake hire\n- 1h Phone screen\n- 2h Hiring committee\n'],
  },
  check(document) {
    return document.parseErrors.filter((error) => error.kind === 'unclosed-fence').map((error) => ({
      range: lineRange(document, error.line),
      message: `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`,
    }));
  },
});
