// The unit layer in one process: imports every *.test.ts under test/unit and
// test/cli, so node:test runs them together. One process instead of one per
// file: starting node and tsx fifty times cost more than the tests
// themselves. Property tests try a tenth of their cases here
// (test/unit/propertyRuns.ts); scripts/test-all.mjs also runs them in full,
// one process per file, as the deep layer (`npm run test:deep`). The timing
// tests of test/unit/hostile/ are left out: they compare run times, which a
// heap shared with every other test makes noisy, so test-all runs them in
// processes of their own.

import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const roots = ['test/unit', 'test/cli'].map((dir) => new URL(`../${dir}/`, import.meta.url));
const timed = new URL('../test/unit/hostile/', import.meta.url).href;
const files = roots
  .flatMap((root) => readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.test.ts')).sort().map((f) => new URL(f, root)))
  .filter((file) => !file.href.startsWith(timed));
// In order, one after another (the files are CommonJS here: no top-level await).
void (async () => {
  for (const file of files) await import(pathToFileURL(file.pathname).href);
})().catch((error: unknown) => {
  process.exitCode = 1;
  throw error;
});
