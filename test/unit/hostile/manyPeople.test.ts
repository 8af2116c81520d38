// Hostile input 10: a people file of thousands of people, and reviews with as
// many items naming them. Mentions were found by one expression of every
// handle and name, which V8 tried at each place a name may start, so the
// people report cost people × text: 8,000 people and 8,000 asks took 34 s
// (0.54 s now). The names are found by walks over tries
// (src/core/history/nameTrie.ts), and the report counts each ask once.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPeopleReport, createReviewIndex, createReviewService, type Person } from '../../../src/core';
import { assertLinear } from './timing';

const FIRST = ['Ana', 'Bo', 'Dana', 'Li', 'Marcus', 'Sam', 'Will', 'Jo', 'Kai', 'Noor'];

/** `count` people, and a review of as many items: each a done 1:1 or an open ask naming two of them by handle and by name. */
async function workspaceOf(count: number) {
  const people: Person[] = Array.from({ length: count }, (_, i) => ({ name: `${FIRST[i % 10]}${i} Surname${i}`, handle: `@p${i}`, aliases: [`P. ${i}`], cadence: '2w', cadenceWeeks: 2 }));
  const items = Array.from({ length: count }, (_, i) => {
    const other = (i * 3) % count;
    return i % 2 ? `- [ ] 30m #ask @p${(i * 7) % count} for the budget numbers, then ${FIRST[other % 10]}${other} surname${other} reviews it` : `- [x] 1h 1:1 with ${FIRST[i % 10]}${i} and p. ${other}`;
  });
  const index = createReviewIndex(createReviewService({ readFile: async () => undefined }));
  await index.setFiles([{ path: '/r/2026-W47.md', text: `---\nweek: 2026-W47\n---\n# Ops\n${items.join('\n')}\n` }]);
  return { people, reviews: index.reviews() };
}

describe('a people file of thousands (hostile input 10)', () => {
  it('finds the people named, by handle, name, alias and unique first name', async () => {
    const { people, reviews } = await workspaceOf(40);
    const report = buildPeopleReport(reviews, people);
    assert.equal(report.openAsks.length, 20);
    assert.deepEqual(report.openAsks.find((ask) => ask.text.startsWith('#ask @p7 '))?.handles, ['@p3', '@p7']);
    assert.deepEqual(report.people.filter((p) => p.lastOneOnOne !== null).map((p) => p.handle).slice(0, 4), ['@p0', '@p2', '@p4', '@p6']);
  });

  it('the people report costs time linear in people and text (300 or 3,000 of each; was quadratic)', async () => {
    const workspaces = new Map([[300, await workspaceOf(300)], [3000, await workspaceOf(3000)]]);
    await assertLinear('people report', (n) => {
      const { people, reviews } = workspaces.get(n) as Awaited<ReturnType<typeof workspaceOf>>;
      return buildPeopleReport(reviews, people);
    }, 300);
  });
});
