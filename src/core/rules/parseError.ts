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
    // Unclosed fences are reported by their own rule, unclosed-fence.
    return document.parseErrors.filter((error) => error.kind !== 'unclosed-fence').map((error) => {
      const end = lineRange(document, Math.max(error.endLine ?? error.line, error.line)).end;
      return { range: { start: lineRange(document, error.line).start, end }, message: `Not read as markdown: ${error.message}.` };
    });
  },
});
