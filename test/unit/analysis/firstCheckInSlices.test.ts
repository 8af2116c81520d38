// The first check of a large review in slices (ReviewService.prepare,
// analysis/analyze.ts prepareReview): it gives exactly the analysis a plain
// first check gives, leaves the synchronous analysis nothing to parse, pauses
// between batches, stops when told to and resumes without redoing sections.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRubric, createReviewService } from '../../../src/core';
import { createCaches } from '../../../src/core/analysis/cache';
import { makeReview } from '../../../scripts/lib/makeReview.mjs';

const resolution = { ok: true as const, rubric: builtinRubric(), file: 'built-in' };
const PATH = '/r/2026-W47.md';
const text = makeReview(100_000);

function counted() {
  const parsed: string[] = [];
  const service = createReviewService({ readFile: async () => undefined }, { caches: createCaches((section) => parsed.push(section)) });
  return { service, parsed };
}

describe('first check in slices', () => {
  it('equals a plain first check, and leaves the synchronous analysis nothing to parse', async () => {
    const plain = counted();
    const expected = plain.service.analyzeWith(PATH, text, resolution);
    const sliced = counted();
    let pauses = 0;
    await sliced.service.prepare(PATH, text, resolution, undefined, async () => {
      pauses++;
      return true;
    });
    assert.equal(sliced.parsed.length, plain.parsed.length);
    sliced.parsed.length = 0;
    const analysis = sliced.service.analyzeWith(PATH, text, resolution);
    assert.deepEqual(sliced.parsed, []);
    assert.deepEqual(analysis.diagnostics, expected.diagnostics);
    assert.deepEqual(sliced.service.summarize(analysis), plain.service.summarize(expected));
    // 100 KB takes well over one 20 ms batch.
    assert.ok(pauses > 0, `${pauses} pauses`);
  });

  it('stops when the pause says so, and a second try redoes none of the sections done', async () => {
    const plain = counted();
    plain.service.analyzeWith(PATH, text, resolution);
    const { service, parsed } = counted();
    await service.prepare(PATH, text, resolution, undefined, async () => false);
    const done = parsed.length;
    // One 20 ms batch, out of a check that takes hundreds of milliseconds.
    assert.ok(done > 0 && done < plain.parsed.length, `${done} of ${plain.parsed.length} sections before stopping`);
    await service.prepare(PATH, text, resolution, undefined, async () => true);
    assert.equal(parsed.length, plain.parsed.length, 'every section parsed once');
    assert.equal(new Set(parsed).size, parsed.length);
  });

  it('does nothing once the review was analysed (later checks are updates)', async () => {
    const { service, parsed } = counted();
    service.analyzeWith(PATH, text, resolution);
    parsed.length = 0;
    await service.prepare(PATH, text.replace('Tweaked', 'Tuned'), resolution, undefined, async () => true);
    assert.deepEqual(parsed, []);
  });
});
