// Hostile input 9: a workspace of thousands of reviews that claim one week
// (a folder of copies, a generated repository). Each review's duplicate-week
// finding named every other one, so the findings grew with the square of the
// reviews: 4,000 copies took 2.2 s and 570 MB of messages, every time the
// run's findings were made, in the language server or the extension host.
// A finding names the first MAX_NAMED_DUPLICATES others and counts the rest.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReviewIndex, createReviewService } from '../../../src/core';
import { MAX_NAMED_DUPLICATES } from '../../../src/core/history/reviewIndex';
import { assertLinear } from './timing';

const TEXT = '---\nweek: 2026-W47\n---\n# Ops\n- 1h x\n';

async function indexOf(count: number) {
  const index = createReviewIndex(createReviewService({ readFile: async () => undefined }));
  await index.setFiles(Array.from({ length: count }, (_, i) => ({ path: `/r/${String(i).padStart(5, '0')}.md`, text: TEXT })));
  return index;
}

describe('many reviews of one week (hostile input 9)', () => {
  it(`a finding names up to ${MAX_NAMED_DUPLICATES} others as before, and counts the rest`, async () => {
    const few = (await indexOf(MAX_NAMED_DUPLICATES + 1)).duplicateWeekFindings();
    assert.match(few[0]?.message ?? '', /^Week 2026-W47 is also claimed by \/r\/00001\.md, \/r\/00002\.md, \/r\/00003\.md, \/r\/00004\.md, \/r\/00005\.md\. Give each review its own week; trends use \/r\/00000\.md\.$/);
    const many = (await indexOf(1200)).duplicateWeekFindings();
    assert.equal(many.length, 1200);
    assert.equal(many[3]?.message, 'Week 2026-W47 is also claimed by /r/00000.md, /r/00001.md, /r/00002.md, /r/00004.md, /r/00005.md and 1,194 more. Give each review its own week; trends use /r/00000.md.');
  });

  it('the findings cost time linear in the reviews (300 or 3,000; was quadratic)', async () => {
    const indexes = new Map([[300, await indexOf(300)], [3000, await indexOf(3000)]]);
    await assertLinear('duplicate weeks', (n) => indexes.get(n)?.duplicateWeekFindings(), 300);
  });
});
