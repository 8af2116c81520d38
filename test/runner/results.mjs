// Reads and prints the results file written by test/integration/index.ts.
// Shared by the offline runner (runIntegration.mjs) and the desktop one
// (runElectron.mjs) so both report and judge a run the same way.
import { readFileSync } from 'node:fs';

/** Parses the results JSON; throws with the path in the message if unreadable. */
export function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read test results ${file}: ${err.message}`);
  }
}

/** A run is green only if something ran, nothing failed and Mocha finished. */
export function isGreen(results) {
  return results.failed === 0 && !results.crashed && results.passed + results.failed > 0;
}

const indent = (s) => String(s).split('\n').map((l) => `      ${l}`).join('\n');

/** Prints one line per test (failures with their error), but not the summary line. */
export function printResults(results, out = console.log) {
  for (const t of results.tests) {
    const mark = t.state === 'passed' ? 'PASS' : t.state === 'failed' ? 'FAIL' : 'SKIP';
    out(`${mark}  ${t.fullTitle}`);
    if (t.error) out(indent(t.error));
  }
  if (results.crashed) out(`Mocha crashed before finishing:\n${indent(results.crashed)}`);
  if (results.passed + results.failed === 0 && !results.crashed) {
    out('No tests ran: is the suite empty or filtered out (WEEKLY_REVIEW_TEST_GREP)?');
  }
}

export const summaryLine = (passed, failed) => `${passed} passed, ${failed} failed`;
