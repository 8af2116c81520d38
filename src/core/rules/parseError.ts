// parse-error: a part of the file the markdown parser could not read.

import { defineRule, lineRange } from './rule';

export const parseError = defineRule({
  id: 'parse-error',
  scope: 'section',
  defaultSeverity: 'error',
  summary: 'A part of the file could not be parsed as markdown (for example, lists nested thousands deep); it is skipped.',
  examples: {
    ok: ['## Recruiting\n- 1h Phone screen\n  - 30m Notes\n'],
    notOk: [`## Recruiting\n- 1h ${'x'.repeat(20_001)}\n`],
  },
  check(document) {
    return document.parseErrors.map((error) => ({
      range: lineRange(document, error.line),
      message: `Not read as markdown: ${error.message}. Items there are not counted; shorten the line or flatten the nesting.`,
    }));
  },
});
