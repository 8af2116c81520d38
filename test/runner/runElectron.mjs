#!/usr/bin/env node
// Desktop alternative to runIntegration.mjs for machines WITH internet:
// @vscode/test-electron downloads VS Code (into .vscode-test/) and runs the
// same compiled suite in it. Not usable offline; the CI here uses
// runIntegration.mjs. On headless Linux wrap it in `xvfb-run -a`.
//
//   node test/runner/runElectron.mjs --extension <dir> --tests <dir> --workspace <dir>
//        [--results <file>] [--vscode-version 1.100.3]
import { runTests } from '@vscode/test-electron';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isGreen, printResults, readResults, summaryLine } from './results.mjs';

const { values: args } = parseArgs({
  options: {
    extension: { type: 'string' },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    results: { type: 'string' },
    // Pinned to the offline server's VS Code so both runners test the same API.
    'vscode-version': { type: 'string', default: process.env.VSCODE_TEST_VERSION || '1.100.3' },
  },
});
for (const k of ['extension', 'tests', 'workspace']) {
  if (!args[k]) {
    console.error(`error: --${k} is required`);
    process.exit(2);
  }
}
const resultsFile = path.resolve(args.results || path.join(os.tmpdir(), `weekly-review-results-${process.pid}.json`));
rmSync(resultsFile, { force: true });

let passed = 0;
let failed = 0;
let code = 1;
try {
  await runTests({
    version: args['vscode-version'],
    extensionDevelopmentPath: path.resolve(args.extension),
    extensionTestsPath: path.resolve(args.tests),
    // Same contract as the offline runner: index.ts writes results here.
    extensionTestsEnv: { WEEKLY_REVIEW_TEST_RESULTS: resultsFile },
    launchArgs: [path.resolve(args.workspace), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (err) {
  // run() resolves on test failures, so a rejection here means VS Code or Mocha broke.
  console.error(`[runner] VS Code test run failed: ${err.message ?? err}`);
}
if (existsSync(resultsFile)) {
  const results = readResults(resultsFile);
  printResults(results);
  ({ passed, failed } = results);
  code = isGreen(results) ? 0 : 1;
} else {
  console.error(`[runner] no results file at ${resultsFile}`);
}
console.log(summaryLine(passed, failed));
process.exit(code);
