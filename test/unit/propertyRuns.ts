// How many generated cases a property test tries: one place reads it. The
// unit layer tries a tenth of each property's full count (at least 10) so it
// stays quick; `npm run test:deep` sets WEEKLY_REVIEW_DEEP=1 and tries them
// all, and scripts/test-all.mjs (npm test, CI) runs both. WR_RUNS=N tries
// exactly N, to chase one failure.

const DEEP = process.env.WEEKLY_REVIEW_DEEP === '1';
const EXACT = process.env.WR_RUNS === undefined ? undefined : Number(process.env.WR_RUNS);

/** fast-check's `numRuns` for a property whose full count is `full`. */
export function runs(full: number): number {
  if (EXACT !== undefined && Number.isInteger(EXACT) && EXACT > 0) return EXACT;
  return DEEP ? full : Math.max(10, Math.ceil(full / 10));
}
