// Hostile input 11: a large verdicts file against a large review. Each item
// was compared with every remembered entry, so judging cost items × entries:
// 10,000 entries (735 KB, under the 1 MB a verdicts file may be) took 11.3 s
// to judge 2,000 items (1.9 s now, most of it reading the file). An item is
// compared only with the entries that can reach the lowest threshold, found
// by their rarest stems (src/core/memory/recallIndex.ts), at most
// MAX_RECALL_CANDIDATES of them; the answer is the one the walk over every
// entry gave, which a property test checks on random files. A stem written
// twice in a hand-edited entry was also counted twice.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { contentStems, recall, similarity, type RecalledVerdict, type RememberedVerdict, type VerdictMemory } from '../../../src/core';
import { MAX_RECALL_CANDIDATES, recallCandidates } from '../../../src/core/memory/recallIndex';
import { SAME_CATEGORY_SIMILARITY, OTHER_CATEGORY_SIMILARITY } from '../../../src/core/memory/verdicts';
import { assertLinear } from './timing';

/** The walk over every entry, as recall was written before. */
function recallByWalk(memory: VerdictMemory, text: string, category: string | undefined): RecalledVerdict | undefined {
  const stems = contentStems(text);
  let best: RecalledVerdict | undefined;
  for (const entry of memory.entries) {
    const score = similarity(stems, entry.stems);
    const sameCategory = entry.category === undefined || category === undefined || entry.category === category;
    if (score < (sameCategory ? SAME_CATEGORY_SIMILARITY : OTHER_CATEGORY_SIMILARITY) || (best && score < best.similarity)) continue;
    best = { verdict: entry.verdict, text: entry.text, similarity: Math.round(score * 100) / 100, ...(entry.week !== undefined ? { week: entry.week } : {}) };
  }
  return best;
}

const WORDS = ['board', 'deck', 'ops', 'review', 'hiring', 'plan', 'budget', 'vendor', 'offsite', 'roadmap', 'incident', 'retro'];

/** `count` entries of four stems, one their own and three shared by all (every entry is a neighbour of every other). */
function crowdedMemory(count: number): VerdictMemory {
  const entries: RememberedVerdict[] = Array.from({ length: count }, (_, i) => ({ verdict: i % 2 ? 'low' : 'worthy', text: `entry ${i}`, stems: [`own${i}`, 'meet', 'review', WORDS[i % WORDS.length] as string], ...(i % 3 ? { category: 'operations' } : {}) }));
  return { file: 'v', entries };
}

describe('a large verdicts file against a large review (hostile input 11)', () => {
  it('recalls what the walk over every entry recalled, on random files and items', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 }).map((words) => words.join(' '));
    const entry = fc.record({ verdict: fc.constantFrom('worthy' as const, 'low' as const), text, category: fc.option(fc.constantFrom('operations', 'culture'), { nil: undefined }), week: fc.option(fc.constant('2027-W01'), { nil: undefined }) });
    fc.assert(fc.property(fc.array(entry, { maxLength: 60 }), fc.array(fc.tuple(text, fc.option(fc.constantFrom('operations', 'culture'), { nil: undefined })), { maxLength: 20 }), (raw, items) => {
      const memory: VerdictMemory = { file: 'v', entries: raw.map(({ category, week, ...e }) => ({ ...e, stems: contentStems(e.text), ...(category !== undefined ? { category } : {}), ...(week !== undefined ? { week } : {}) })) };
      for (const [itemText, category] of items) assert.deepEqual(recall(memory, itemText, category), recallByWalk(memory, itemText, category));
    }), { numRuns: 300 });
  });

  it('finds the one entry an item repeats among 10,000 neighbours, early in the file or late', () => {
    const memory = crowdedMemory(10_000);
    for (const at of [2001, 9997]) {
      const item = `own${at} meeting review ${WORDS[at % WORDS.length] as string}`;
      assert.deepEqual(recall(memory, item, 'operations'), { verdict: 'low', text: `entry ${at}`, similarity: 1 });
      assert.deepEqual(recall(memory, item, 'operations'), recallByWalk(memory, item, 'operations'));
    }
  });

  it('a stem written twice in an entry counts once (it made a similarity over 1, or Infinity)', () => {
    const memory: VerdictMemory = { file: 'v', entries: [{ verdict: 'low', text: 'Ops', stems: ['op', 'op'] }, { verdict: 'worthy', text: 'Ops sync', stems: ['op', 'op', 'op', 'sync'] }] };
    assert.deepEqual(recall(memory, 'ops', undefined), { verdict: 'low', text: 'Ops', similarity: 1 });
    assert.deepEqual(recall(memory, 'ops sync', undefined), { verdict: 'worthy', text: 'Ops sync', similarity: 1 });
    assert.equal(similarity(['op'], ['op', 'op']), 1);
  });

  it('costs time linear in items and entries together (300 or 3,000 of each; was quadratic: 49 ms and 4.8 s)', async () => {
    // Every entry holds the stems all hold and one shared by ten: what a year of verdicts looks like, larger.
    const memoryOf = (n: number): VerdictMemory => ({ file: 'v', entries: Array.from({ length: n }, (_, i) => ({ verdict: 'low' as const, text: `entry ${i}`, stems: [`own${i}`, 'meet', 'review', `topic${Math.floor(i / 10)}`] })) });
    const memories = new Map([[300, memoryOf(300)], [3000, memoryOf(3000)]]);
    await assertLinear('recall', (n) => {
      const memory = memories.get(n) as VerdictMemory;
      for (let i = 0; i < n; i++) recall(memory, `own${(i * 7) % n} meeting review topic${i % (n / 10)} and more`, 'operations');
    }, 300);
  });

  it(`an item whose rarest stems hundreds of entries share is compared with ${MAX_RECALL_CANDIDATES} of them`, () => {
    const memory = crowdedMemory(10_000);
    assert.equal(recallCandidates(memory, contentStems('meeting review deck')).length, MAX_RECALL_CANDIDATES);
    const candidates = recallCandidates(memory, contentStems('own2001 meeting review roadmap'));
    assert.deepEqual([candidates.length, candidates.some((entry) => entry.text === 'entry 2001')], [MAX_RECALL_CANDIDATES, true]);
  });
});
