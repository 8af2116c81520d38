// Hostile input 9: an item whose line holds thousands of clause breaks that
// do not end a clause ("so so so …", "x) x) …", "a - b - c …"). A plain
// outcome (an outcome with no arrow) is looked for after each break, and each
// look read the clause to its end and the text on both sides, so the cost
// grew with the square of the line's length (20 lines of 19,000 characters
// of "so ": 18 s). The look now stops after MAX_OUTCOME_BREAKS breaks; an
// item of real sentences has fewer than 20.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_OUTCOME_BREAKS } from '../../../src/core/analysis/outcomeReading';
import { activityAt, analyze, fixture } from '../helpers';
import { assertLinear } from './timing';

/** 20 items, each of `length` characters of `run` after its duration. */
function review(run: string, length: number): string {
  const line = `- 1h x ${run.repeat(Math.ceil(length / run.length)).slice(0, length)}`;
  return `# Ops\n${`${line}\n`.repeat(20)}`;
}

describe('clause breaks in an item (hostile input 9)', () => {
  it(`a plain outcome after ${MAX_OUTCOME_BREAKS} breaks is still read; one past them is not looked for`, async () => {
    const item = (dashes: number) => `## Finance\n- 2h Budget review${' - a'.repeat(dashes)}, capex approved\n`;
    const within = activityAt(await analyze(item(MAX_OUTCOME_BREAKS - 1)), 2);
    assert.equal(within.outcome?.text, 'capex approved');
    assert.equal(within.outcome?.plain, true);
    assert.equal(activityAt(await analyze(item(MAX_OUTCOME_BREAKS)), 2).outcome, undefined);
  });

  for (const run of ['so ', 'x) ', 'which ', 'a - ', ' so capex approved']) {
    it(`items of "${run.trim()}" cost time linear in their length (was quadratic)`, async () => {
      await assertLinear(run, (n) => fixture().service.analyze('/r/2026-W47.md', review(run, n)), 1900);
    });
  }
});
