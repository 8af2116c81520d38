// The stems a service works out are memoized in that service alone
// (text.ts `withStems`, cache.ts `stems`): a new service starts with an
// empty memo, so a cold check stems every word again, and the memo is read
// only while its service checks.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCaches } from '../../../src/core/analysis/cache';
import { createReviewService } from '../../../src/core';
import { builtinRubric } from '../../../src/core/rubric/load';
import { STEM_MEMO_LIMIT, stem, withStems } from '../../../src/core/text';

const REVIEW = '---\nweek: 2026-W47\n---\n\n## Recruiting\n\n- 2h Interviewed candidates for the staff SRE → offer out\n- 1h 1:1s with my six team leads\n';

describe('the stem memo', () => {
  it('belongs to one service: empty in a new one, filled by its check, untouched outside it', () => {
    const rubric = builtinRubric();
    const check = () => {
      const caches = createCaches();
      assert.equal(caches.stems.size, 0);
      const service = createReviewService({ readFile: async () => undefined }, { caches });
      const analysis = service.analyzeWith('/r/2026-W47.md', REVIEW, { ok: true, rubric, file: 'builtin' });
      return { caches, out: JSON.stringify([analysis.diagnostics, service.summarize(analysis)]) };
    };
    // The first check with a rubric also compiles it (its word lists' stems land in that check's memo).
    check();
    const first = check();
    const second = check();
    assert.equal(first.out, second.out);
    assert.equal(first.caches.stems.get('interviewed'), 'interview');
    assert.notEqual(first.caches.stems, second.caches.stems);
    assert.deepEqual([...first.caches.stems.keys()].sort(), [...second.caches.stems.keys()].sort());
    const size = first.caches.stems.size;
    assert.equal(stem('Hiring'), 'hire');
    assert.equal(first.caches.stems.size, size);
    assert.equal(first.caches.stems.has('Hiring'), false);
  });

  it('gives the stemmer’s stems, starts over when full, and restores the memo before it', () => {
    const outer = new Map<string, string>();
    const inner = new Map<string, string>();
    withStems(outer, () => {
      assert.equal(stem("Jonas's"), 'jona');
      withStems(inner, () => assert.equal(stem('Scheduled'), 'schedul'));
      assert.equal(stem('schedules'), 'schedul');
    });
    assert.deepEqual([...outer], [["Jonas's", 'jona'], ['schedules', 'schedul']]);
    assert.deepEqual([...inner], [['Scheduled', 'schedul']]);
    const full = new Map(Array.from({ length: STEM_MEMO_LIMIT }, (_, i) => [`w${i}`, `w${i}`] as [string, string]));
    withStems(full, () => assert.equal(stem('Offers'), 'offer'));
    assert.deepEqual([...full], [['Offers', 'offer']]);
  });
});
