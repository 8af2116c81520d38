#!/usr/bin/env node
// Offline integration-test runner: starts the real VS Code server (from
// code-server's npm package), opens its web workbench in headless Chromium
// with the extension under development and the compiled Mocha suite, waits
// for the suite's results file, prints them and exits non-zero on failure.
//
//   node test/runner/runIntegration.mjs --extension <dir> --tests <dir>
//        [--workspace <dir>] [--timeout-ms 600000] [--results <file>]
//        [--settings <json>] [--disable-extension <id>]…
//
// --disable-extension (repeatable) keeps a built-in extension (publisher.name)
// out of the extension hosts: the editor measurement uses it to time our
// extension without the built-in markdown language features.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';
import { isGreen, printResults, readResults, summaryLine } from './results.mjs';
import { cleanupAll, ensureProvisioned, openWorkbench, startServer, tail } from './vscodeServer.mjs';

// Browser console lines this offline build always produces; they never explain a failure.
const NOISE = /status of 404|response code \(404\)|serviceWorker|same-origin iframe|allow-scripts and allow-same-origin|Overwriting extension/i;
const EXIT_LINE = /Extension Host Process exited with code:?\s*(-?\d+|null)/;

function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error('usage: node test/runner/runIntegration.mjs --extension <dir> --tests <dir> [--workspace <dir>] [--timeout-ms N] [--results <file>] [--settings <json>] [--disable-extension <id>]...');
  process.exit(2);
}

const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        extension: { type: 'string' },
        tests: { type: 'string' },
        workspace: { type: 'string' },
        'timeout-ms': { type: 'string', default: process.env.WEEKLY_REVIEW_TEST_TIMEOUT || '600000' },
        results: { type: 'string' },
        settings: { type: 'string' },
        'disable-extension': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usage(err.message);
  }
})();
if (args.help) usage();
for (const k of ['extension', 'tests']) if (!args[k]) usage(`--${k} is required`);

const extensionPath = path.resolve(args.extension);
const testsPath = path.resolve(args.tests);
// Without --workspace the window opens an empty scratch folder (removed at exit).
const workspacePath = args.workspace
  ? path.resolve(args.workspace)
  : mkdtempSync(path.join(os.tmpdir(), 'wr-workspace-'));
if (!args.workspace) process.on('exit', () => rmSync(workspacePath, { recursive: true, force: true }));
const timeoutMs = Number(args['timeout-ms']);
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) usage('--timeout-ms must be a positive number');
if (!existsSync(path.join(extensionPath, 'package.json'))) usage(`no package.json in --extension ${extensionPath}`);
if (!existsSync(path.join(testsPath, 'index.js')) && !existsSync(`${testsPath}.js`)) {
  usage(`no index.js in --tests ${testsPath} (did you run node scripts/build-tests.mjs?)`);
}
if (!existsSync(workspacePath)) usage(`--workspace ${workspacePath} does not exist`);
let userSettings = {};
if (args.settings) {
  try { userSettings = JSON.parse(args.settings); } catch (err) { usage(`--settings is not JSON: ${err.message}`); }
}

const resultsFile = path.resolve(args.results
  || path.join(os.tmpdir(), `weekly-review-results-${process.pid}.json`));
mkdirSync(path.dirname(resultsFile), { recursive: true });
// A leftover file from an earlier run would be mistaken for this run's results.
rmSync(resultsFile, { force: true });

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
// Workbench-side errors (e.g. a bad extensionTestsPath) and the extension
// host's console only show in the browser console; kept for failure reports.
let consoleLog = [];

async function main() {
  // Provisioning (minutes on a fresh machine) is not part of the test budget.
  const serverMain = ensureProvisioned();
  const deadline = Date.now() + timeoutMs;
  // Last resort if something awaits forever (e.g. a wedged browser): the
  // 'exit' hook in vscodeServer.mjs still SIGKILLs what we started.
  setTimeout(() => {
    console.error(`[runner] hard timeout (${timeoutMs} ms + grace) reached; killing everything`);
    console.log(summaryLine(0, 0));
    process.exit(1);
  }, timeoutMs + 60_000).unref();
  const server = await startServer({
    serverMain, extensionPath, workspacePath, userSettings,
    disableExtensions: args['disable-extension'],
    // The server's environment is inherited by the remote extension host.
    env: { WEEKLY_REVIEW_TEST_RESULTS: resultsFile },
  });
  console.error(`[runner] VS Code server on ${server.url} (log: ${server.logPath}) after ${elapsed()}`);

  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(extensionPath)],
    ['extensionTestsPath', server.remoteUri(testsPath)],
  ];
  const { page, consoleLog: log } = await openWorkbench({ server, folder: workspacePath, payload });
  consoleLog = log;
  let pageCrashed = false;
  page.on('crash', () => { pageCrashed = true; });
  console.error(`[runner] workbench opened after ${elapsed()}; waiting for the suite…`);

  let exitCode = null;
  for (;;) {
    if (existsSync(resultsFile)) break;
    const m = EXIT_LINE.exec(tail(server.logPath, 200));
    if (m) { exitCode = m[1]; break; }
    if (server.exited) return fail(server, `VS Code server exited unexpectedly (${server.exited.code ?? server.exited.sig})`);
    if (pageCrashed) return fail(server, 'the workbench page crashed');
    if (Date.now() > deadline) return fail(server, `timed out after ${timeoutMs} ms without results`);
    await delay(250);
  }

  if (!existsSync(resultsFile)) {
    return fail(server, `extension host exited with code ${exitCode} without writing ${resultsFile}`);
  }
  const results = readResults(resultsFile);
  const ok = isGreen(results);
  // Diagnostics first so the test list and the summary end the output.
  if (!ok) printDiagnostics(server);
  printResults(results);
  console.error(`[runner] finished in ${elapsed()}`);
  return { code: ok ? 0 : 1, passed: results.passed, failed: results.failed };
}

function printDiagnostics(server) {
  console.error(`--- server log tail (${server.logPath}) ---\n${tail(server.logPath, 60)}`);
  const interesting = consoleLog
    .filter((l) => /^\[(error|warning)\]|Extension Host|exthost/i.test(l) && !NOISE.test(l))
    .slice(-40);
  if (interesting.length) console.error(`--- browser console (errors, warnings, extension host; WEEKLY_REVIEW_VERBOSE=1 for all) ---\n${interesting.join('\n')}`);
}

function fail(server, message) {
  printDiagnostics(server);
  console.error(`[runner] ${message}`);
  return { code: 1, passed: 0, failed: 0 };
}

let outcome = { code: 1, passed: 0, failed: 0 };
try {
  outcome = await main();
} catch (err) {
  console.error(`[runner] ${err.stack || err}`);
} finally {
  await cleanupAll();
}
// Always the last line, also on crashes and timeouts, for CI log scrapers.
console.log(summaryLine(outcome.passed, outcome.failed));
process.exit(outcome.code);
