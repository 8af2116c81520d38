#!/usr/bin/env node
// The VS Code layer of `npm test` (called by scripts/test-all.mjs): builds the
// extension and the integration suite, provisions the offline VS Code
// (cached), prepares throw-away fixture workspaces, then runs
//   1. the integration suite in the real extension host (workspace trust off,
//      the runner's default),
//   2. its untrusted-workspace subset again with workspace trust ON, so the
//      folder really opens in Restricted Mode,
//   3. the browser-level e2e tests (test/e2e/run.mjs),
//   4. the browser extension host (test/web/run.mjs): the `browser` bundle in
//      VS Code's web worker, its diagnostics against the CLI's, hover, the
//      panel, and a remembered verdict written through workspace.fs,
// and ends with ONE line `N passed, N failed` summing every run, because
// test-all.mjs parses the last such line. Exits non-zero when any run fails
// or runs no test.
//
//   node scripts/test-vscode.mjs [--skip-build] [--only integration|untrusted|e2e|web] [--update-screenshots]
//   node scripts/test-vscode.mjs --prepare-only DIR   # just write a fixture workspace
//
// The fixture workspace = test/integration/fixtures/workspace/ + the public
// example review (test/fixtures/example-w45/2026-W45.md, or
// $WEEKLY_REVIEW_EXAMPLES) + the engine's own JSON verdicts for it, which the
// tests use as the oracle so the extension must agree with the CLI exactly.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test', 'integration', 'fixtures', 'workspace');
const examples = process.env.WEEKLY_REVIEW_EXAMPLES || path.join(root, 'test', 'fixtures', 'example-w45');

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    'prepare-only': { type: 'string' },
    // Forwarded to the e2e run: rewrite docs/images/*.png (else screenshots go to an ignored folder).
    'update-screenshots': { type: 'boolean', default: false },
  },
});

const started = Date.now();
const seconds = (t0 = started) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (msg) => console.error(`[test-vscode] ${msg}`);

/** Fills `dir` with the fixture workspace; returns it. */
export function prepareWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  cpSync(fixtures, dir, { recursive: true });
  const review = path.join(examples, '2026-W45.md');
  if (!existsSync(review)) throw new Error(`missing ${review}: restore test/fixtures/example-w45 or set WEEKLY_REVIEW_EXAMPLES`);
  cpSync(review, path.join(dir, '2026-W45.md'));
  const expected = path.join(dir, 'expected');
  mkdirSync(expected, { recursive: true });
  cpSync(path.join(examples, 'labels.json'), path.join(expected, 'labels.json'));
  // The CLI is the oracle: the editor must show exactly what `check`/`summary` report.
  for (const command of ['check', 'summary']) {
    const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), command, '--format', 'json', '2026-W45.md'], { cwd: dir, encoding: 'utf8' });
    // `check` exits 1 when it finds warnings; only a missing/invalid JSON is fatal.
    try {
      JSON.parse(r.stdout);
    } catch {
      throw new Error(`weekly-review ${command} gave no JSON (exit ${r.status}): ${r.stderr}`);
    }
    writeFileSync(path.join(expected, `2026-W45.${command}.json`), r.stdout);
  }
  return dir;
}

function step(label, command, argv) {
  const t0 = Date.now();
  const r = spawnSync(command, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
  log(`${label} done in ${seconds(t0)}`);
}

/** Runs a child that ends with `N passed, N failed`; echoes its output and returns the counts. */
function runLayer(label, argv, env = {}) {
  const t0 = Date.now();
  log(`▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; process.stdout.write(chunk); });
    // Forward Ctrl-C so the runners tear down their servers and browsers.
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('close', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      const m = [...out.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
      const passed = m ? Number(m[1]) : 0;
      const failed = m ? Number(m[2]) : 0;
      const ok = code === 0 && passed > 0 && failed === 0;
      log(`${ok ? '✓' : '✗'} ${label}: ${passed} passed, ${failed} failed, exit ${code}, ${seconds(t0)}`);
      resolve({ label, passed, failed, ok });
    });
  });
}

if (args['prepare-only']) {
  console.log(prepareWorkspace(path.resolve(args['prepare-only'])));
  process.exit(0);
}

const only = args.only;
if (only && !['integration', 'untrusted', 'e2e', 'web'].includes(only)) {
  console.error('--only must be integration, untrusted, e2e or web');
  process.exit(2);
}
const want = (layer) => !only || only === layer;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wr-test-vscode-'));
const results = [];
let exitCode = 0;
try {
  if (!args['skip-build']) {
    step('build extension', process.execPath, ['scripts/build.mjs']);
    step('build integration tests', process.execPath, ['scripts/build-tests.mjs']);
  }
  // provision.sh is idempotent and prints "cached" in ~0.1 s once done; its
  // first run (apt + npm + native rebuilds) is outside the test budget.
  step('provision VS Code', 'bash', ['scripts/vscode-server/provision.sh']);
  const runner = path.join('test', 'runner', 'runIntegration.mjs');
  const tests = path.join(root, 'out', 'test', 'integration');
  if (want('integration')) {
    const ws = prepareWorkspace(path.join(scratch, 'integration'));
    results.push(await runLayer('integration (trust off)', [runner, '--extension', root, '--tests', tests, '--workspace', ws,
      '--results', path.join(root, 'test-results', 'integration.json')]));
  }
  if (want('untrusted')) {
    // Trust on + a never-trusted temp folder = Restricted Mode (the test host refuses trust prompts).
    const ws = prepareWorkspace(path.join(scratch, 'untrusted'));
    results.push(await runLayer('integration (Restricted Mode)', [runner, '--extension', root, '--tests', tests, '--workspace', ws,
      '--results', path.join(root, 'test-results', 'integration-untrusted.json'),
      '--settings', JSON.stringify({ 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' })],
    { WEEKLY_REVIEW_TEST_GREP: '@untrusted', WEEKLY_REVIEW_EXPECT_UNTRUSTED: '1' }));
  }
  if (want('e2e')) {
    const ws = prepareWorkspace(path.join(scratch, 'e2e'));
    const e2eArgs = [path.join('test', 'e2e', 'run.mjs'), '--workspace', ws, ...(args['update-screenshots'] ? ['--update-screenshots'] : [])];
    results.push(await runLayer('e2e (browser)', e2eArgs));
  }
  if (want('web')) results.push(await runLayer('web extension host (browser bundle)', [path.join('test', 'web', 'run.mjs')]));
  exitCode = results.every((r) => r.ok) && results.length > 0 ? 0 : 1;
} catch (err) {
  log(String(err.message ?? err));
  exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const r of results) log(`${r.label}: ${r.passed} passed, ${r.failed} failed${r.ok ? '' : ' (FAILED)'}`);
log(`total wall time ${seconds()}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
// test-all.mjs reads this last line; a layer that failed without failing tests still turns the exit code red.
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
