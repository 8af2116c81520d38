// Hostile input 9: code actions asked for a whole review (select all, then
// the light bulb; a client's "fix all" over the document). Each finding's
// fixes split the review's text into lines again and searched its
// activities from the top, so the request cost the square of the review:
// 20,000 items (700 KB) blocked the language server or the extension host
// for 105 s. The text is split and the activities placed by line once per
// request.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quickFixes } from '../../../src/core/features/quickFixes';
import { openReview, setup } from '../workspace/helpers';
import { assertLinear } from './timing';

const R = '/ws/reviews/2026-W47.md';
const review = (n: number) => `# Ops\n${Array.from({ length: n }, (_, i) => `- 1h Cleaned up my inbox ${i} (2h)\n`).join('')}`;
const everything = (n: number) => ({ start: { line: 1, column: 1 }, end: { line: n + 2, column: 1 } });

describe('code actions over a whole review (hostile input 9)', () => {
  it('are the fixes of every finding, in order, as asked one by one', async () => {
    const s = setup({ files: { [R]: review(30) } });
    const state = await openReview(s, R);
    const all = s.workspace.codeActions(R, everything(30), ['quickfix']);
    const one = state.analysis.diagnostics.flatMap((diagnostic) => quickFixes(state.analysis, state.text, diagnostic).map((action) => ({ ...action, diagnostic })));
    assert.deepEqual(all.filter((action) => !action.teach && !action.remember), one);
    assert.ok(one.length >= 60);
    s.workspace.dispose();
  });

  it('cost time linear in the review (1,000 or 10,000 items; was quadratic)', async () => {
    const opened = new Map<number, ReturnType<typeof setup>>();
    for (const n of [1000, 10_000]) {
      const s = setup({ files: { [R]: review(n) } });
      await openReview(s, R);
      opened.set(n, s);
    }
    await assertLinear('code actions', (n) => (opened.get(n) as ReturnType<typeof setup>).workspace.codeActions(R, everything(n)), 1000);
    for (const s of opened.values()) s.workspace.dispose();
  });
});
