// Linear-time checks for the hostile-input tests: time at n and 10n, with a
// generous bound (a quadratic cost is 100 times slower, a cubic one 1,000).

import assert from 'node:assert/strict';

/** The fastest of five runs, in ms: on a loaded machine one run in three can carry a pause of another process's making. */
export async function fastest(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Asserts that `run(10n)` takes at most 30 times `run(n)` (plus 25 ms of noise). */
export async function assertLinear(name: string, run: (n: number) => unknown, n: number): Promise<void> {
  await run(n); // warm up
  const small = await fastest(() => run(n));
  const large = await fastest(() => run(10 * n));
  assert.ok(large < 30 * small + 25, `${name}: ${small.toFixed(1)} ms at ${n}, ${large.toFixed(1)} ms at ${10 * n}`);
}

/** Asserts that `run` takes at most `factor` times `reference`, the same work in a shape known to be cheap (plus 25 ms of noise). */
export async function assertAsCheapAs(name: string, run: () => unknown, reference: () => unknown, factor = 4): Promise<void> {
  await run(); // warm up
  await reference();
  const cheap = await fastest(reference);
  const measured = await fastest(run);
  assert.ok(measured < factor * cheap + 25, `${name}: ${measured.toFixed(1)} ms, ${cheap.toFixed(1)} ms for the reference`);
}
