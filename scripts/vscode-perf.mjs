#!/usr/bin/env node
// What a person feels in the editor (issue 11), measured in the real offline
// VS Code the tests use: a generated 1 MB review (scripts/lib/makeReview.mjs,
// the benchmark's text) is opened, then edited 30 times. Prints extension
// activation time, the first check, edit-to-diagnostics (minus the debounce)
// p50 and p95, and the extension host's heap before and after opening the
// file. A script, not a test: it reports numbers and asserts none.
//
//   node scripts/vscode-perf.mjs [--bytes 1000000] [--json]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeReview } from './lib/makeReview.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { bytes: { type: 'string', default: '1000000' }, json: { type: 'boolean', default: false } } });

function run(label, command, argv, env = {}) {
  const r = spawnSync(command, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
}

function percentile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'wr-perf-'));
try {
  run('build extension', process.execPath, ['scripts/build.mjs']);
  run('build integration tests', process.execPath, ['scripts/build-tests.mjs']);
  run('provision VS Code', 'bash', ['scripts/vscode-server/provision.sh']);
  const workspace = path.join(scratch, 'workspace');
  mkdirSync(path.join(workspace, 'perf'), { recursive: true });
  writeFileSync(path.join(workspace, 'perf', '2026-W47.md'), makeReview(Number(args.bytes)));
  const out = path.join(scratch, 'perf.json');
  run('measure in VS Code', process.execPath, [path.join('test', 'runner', 'runIntegration.mjs'), '--extension', root, '--tests', path.join(root, 'out', 'test', 'integration'),
    '--workspace', workspace, '--results', path.join(scratch, 'results.json'), '--timeout-ms', '900000'], { WEEKLY_REVIEW_PERF_OUT: out, WEEKLY_REVIEW_TEST_GREP: '@perf', WEEKLY_REVIEW_TEST_TIMEOUT_MS: '600000' });
  const m = JSON.parse(readFileSync(out, 'utf8'));
  const report = {
    bytes: m.bytes,
    activationMs: Math.round(m.activationMs),
    firstCheckMs: Math.round(m.firstCheckMs),
    debounceMs: m.debounceMs,
    editToDiagnosticsMs: { p50: Math.round(percentile(m.editToDiagnosticsMs, 0.5)), p95: Math.round(percentile(m.editToDiagnosticsMs, 0.95)) },
    heapBeforeMB: Math.round(m.heapBeforeBytes / 1e5) / 10,
    heapAfterOpenMB: Math.round(m.heapAfterOpenBytes / 1e5) / 10,
  };
  if (args.json) console.log(JSON.stringify(report));
  else {
    console.log(`| review | activation | first check | edit → diagnostics beyond the ${report.debounceMs} ms debounce, p50 / p95 | extension host heap before / after opening |`);
    console.log('| ---: | ---: | ---: | ---: | ---: |');
    console.log(`| ${(report.bytes / 1e6).toFixed(1)} MB | ${report.activationMs} ms | ${report.firstCheckMs} ms | ${report.editToDiagnosticsMs.p50} / ${report.editToDiagnosticsMs.p95} ms | ${report.heapBeforeMB} / ${report.heapAfterOpenMB} MB |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
