// The editor publishes a review's diagnostics in parts of the document
// (src/extension/diagnosticParts.ts): after an edit, only the parts whose
// diagnostic objects changed are sent to VS Code again. Tested with the real
// engine: a keystroke in a long review changes exactly one part.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReviewService } from '../../../src/core';
import { changedParts, partsOf, shownParts } from '../../../src/extension/diagnosticParts';
import { makeReview } from '../../../scripts/lib/makeReview.mjs';

const at = (line: number) => ({ range: { start: { line } } });

describe('diagnostics in parts of the document', () => {
  it('cuts by first line, keeping line order and leaving gaps empty', () => {
    const [a, b, c, d] = [at(0), at(9), at(10), at(35)];
    assert.deepEqual(partsOf([a, b, c, d], 10), [[a, b], [c], [], [d]]);
    assert.deepEqual(partsOf([], 10), []);
  });

  it('reports the parts whose objects changed, including parts that emptied', () => {
    const [a, b, c] = [at(0), at(12), at(25)];
    assert.deepEqual(changedParts([[a], [b], [c]], [[a], [b], [c]]), []);
    assert.deepEqual(changedParts([[a], [b], [c]], [[a], [at(12)], [c]]), [1]);
    assert.deepEqual(changedParts([[a], [b], [c]], [[a], [b]]), [2]);
    assert.deepEqual(changedParts([], [[a], [], [c]]), [0, 2]);
    assert.deepEqual(changedParts([[a]], [[at(0)]], (x, y) => x.range.start.line === y.range.start.line), []);
  });

  it('changes one part of a long review on a keystroke', async () => {
    const service = createReviewService({ readFile: async () => undefined });
    const text = makeReview(200_000);
    const path = '/parts/2026-W47.md';
    const rubric = await service.resolveRubric(path, text);
    const before = partsOf(service.analyzeWith(path, text, rubric).diagnostics);
    const middle = text.indexOf('- 45m Tweaked', text.length / 2) + 6;
    const typed = `${text.slice(0, middle)}x${text.slice(middle)}`;
    const after = partsOf(service.analyzeWith(path, typed, rubric).diagnostics);
    assert.equal(before.length, after.length);
    assert.ok(before.length >= 10, `${before.length} parts`);
    const line = typed.slice(0, middle).split('\n').length - 1;
    // The totals finding in the front matter is made anew by each check, but equal: not a change.
    const equal = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    assert.deepEqual(changedParts(before, after, equal), [Math.floor(line / 512)]);
  });

  it('shows every part when few enough, else the parts on screen and their neighbours', () => {
    const parts = [[1, 2], [3], [4, 5, 6], [7, 8], [9]];
    assert.deepEqual(shownParts(parts, [], 9), parts);
    assert.deepEqual(shownParts(parts, [2], 6), [[], [3], [4, 5, 6], [7, 8], []]);
    assert.deepEqual(shownParts(parts, [], 4), [[1, 2], [3], [], [], []]);
    // The parts on screen are shown whole even beyond the limit.
    assert.deepEqual(shownParts(parts, [2, 3], 2), [[], [], [4, 5, 6], [7, 8], []]);
  });
});
