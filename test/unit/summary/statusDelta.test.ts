// Issue 22: the summary panel's Δ beside a status shows the figure that
// decided the status, so "−5 pp Under" never sits beside "−5 pp On target".

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusDelta, statusOf } from '../../../src/core';

describe('statusDelta', () => {
  it('keeps the decimal that tells −5.5 (under) from −4.7 (on target) at a 5-point tolerance', () => {
    assert.deepEqual([-5.5, -4.7].map((pp) => [statusDelta(pp), statusOf(0.3 + pp / 100, 0.3, 0.05)]), [['\u22125.5 pp', 'under'], ['\u22124.7 pp', 'on']]);
  });

  it('reads +2.9, ±0 and −12 as the table does', () => {
    assert.deepEqual([2.9, 0, -12].map(statusDelta), ['+2.9 pp', '±0 pp', '\u221212 pp']);
  });
});
