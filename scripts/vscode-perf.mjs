#!/usr/bin/env node
// What a person feels in the editor (issue 11), measured in the real offline
// VS Code the tests use: a generated 1 MB review (scripts/lib/makeReview.mjs,
// the benchmark's text) is opened, then edited 30 times
// (test/integration/perf.test.ts). A script, not a test: it reports numbers
// and asserts none.
//
// Two runs by default. `isolated`: the built-in markdown language features
// are disabled (runner --disable-extension), so the extension host runs our
// extension alone; on a 1 MB file that extension's own work (sending the
// text to its language server) costs far more per edit than ours. And
// `withBuiltinMarkdown`: VS Code as a person has it.
//
//   node scripts/vscode-perf.mjs [--bytes 1000000] [--runs both|isolated|with-markdown]
//                                [--json] [--profile <prefix>] [--profile-open]
//
// Per run it prints activation, the first check (open → our diagnostics),
// edit → our diagnostics beyond the debounce p50 / p95 (onDidChangeDiagnostics,
// which VS Code delivers 50 ms after the change: its own DebounceEmitter),
// the same beyond both debounces (ours and VS Code's 50 ms), edit → our
// collection handed them to VS Code (`publish`), edit → the extension host
// hears of the change (where the debounce starts; the workbench's share),
// change → published beyond the debounce (our extension's share), and the
// extension host heap.
// --json prints one object instead of the table:
//   { bytes, debounceMs,
//     isolated?: Run, withBuiltinMarkdown?: Run }
//   Run = { activationMs, firstCheckMs,
//           editToDiagnosticsMs: { p50, p95, samples: number[] },
//           editToDiagnosticsBeyondEventDelayMs: { p50, p95, samples: number[] },
//           warmupEditToDiagnosticsMs: number[] (the 3 edits made first, not in the above),
//           hoversDuringFirstCheck: { answered, longestWaitMs } (hovers asked one after
//             another while the review's first check runs: is the host answering?),
//           editToPublishMs: { p50, p95, samples: number[] } | null,
//           editToChangeEventMs: { p50, p95, samples: number[] },
//           changeEventToPublishMs: { p50, p95, samples: number[] } | null,
//           heapBeforeMB, heapAfterOpenMB, heapAfterEditsMB, builtinMarkdown: 'active'|'inactive'|'absent' }
// (samples in ms beyond the debounce, in edit order, rounded to 0.1 ms).
// --profile <prefix> writes <prefix>-<run>.cpuprofile, a CPU profile of the
// extension host over the edits; with --profile-open, over the open and first check instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeReview } from './lib/makeReview.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    bytes: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: 'both' },
    json: { type: 'boolean', default: false },
    profile: { type: 'string' },
    'profile-open': { type: 'boolean', default: false },
  },
});
const MARKDOWN = 'vscode.markdown-language-features';
const RUNS = { isolated: [MARKDOWN], withBuiltinMarkdown: [] };
const chosen = { both: ['isolated', 'withBuiltinMarkdown'], isolated: ['isolated'], 'with-markdown': ['withBuiltinMarkdown'] }[args.runs];
if (!chosen) throw new Error(`--runs must be both, isolated or with-markdown (got ${args.runs})`);

function run(label, command, argv, env = {}) {
  const r = spawnSync(command, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
}

function percentile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const round1 = (ms) => Math.round(ms * 10) / 10;
const mb = (bytes) => Math.round(bytes / 1e5) / 10;
/** VS Code's ExtHostDiagnostics fires onDidChangeDiagnostics through a DebounceEmitter with this delay. */
const VSCODE_EVENT_DELAY_MS = 50;
const distribution = (samples) => ({ p50: Math.round(percentile(samples, 0.5)), p95: Math.round(percentile(samples, 0.95)), samples: samples.map(round1) });

/** One VS Code session: open the review, edit it, read what perf.test.ts wrote. */
function measure(scratch, workspace, name) {
  const out = path.join(scratch, `${name}.json`);
  const disable = RUNS[name].flatMap((id) => ['--disable-extension', id]);
  const env = { WEEKLY_REVIEW_PERF_OUT: out, WEEKLY_REVIEW_TEST_GREP: '@perf', WEEKLY_REVIEW_TEST_TIMEOUT_MS: '600000' };
  if (args.profile) env.WEEKLY_REVIEW_PERF_PROFILE = path.resolve(`${args.profile}-${name}.cpuprofile`);
  if (args.profile && args['profile-open']) env.WEEKLY_REVIEW_PERF_PROFILE_SPAN = 'open';
  run(`measure in VS Code (${name})`, process.execPath, [path.join('test', 'runner', 'runIntegration.mjs'), '--extension', root, '--tests', path.join(root, 'out', 'test', 'integration'),
    '--workspace', workspace, '--results', path.join(scratch, `${name}-results.json`), '--timeout-ms', '900000', ...disable], env);
  const m = JSON.parse(readFileSync(out, 'utf8'));
  return {
    bytes: m.bytes,
    debounceMs: m.debounceMs,
    run: {
      activationMs: Math.round(m.activationMs),
      firstCheckMs: Math.round(m.firstCheckMs),
      editToDiagnosticsMs: distribution(m.editToDiagnosticsMs),
      editToDiagnosticsBeyondEventDelayMs: distribution(m.editToDiagnosticsMs.map((ms) => ms - VSCODE_EVENT_DELAY_MS)),
      warmupEditToDiagnosticsMs: (m.warmupEditToDiagnosticsMs ?? []).map(round1),
      hoversDuringFirstCheck: { answered: (m.hoverWaitsDuringFirstCheckMs ?? []).length, longestWaitMs: Math.round(Math.max(0, ...(m.hoverWaitsDuringFirstCheckMs ?? []))) },
      editToPublishMs: m.editToPublishMs ? distribution(m.editToPublishMs) : null,
      editToChangeEventMs: distribution(m.editToChangeEventMs),
      changeEventToPublishMs: m.editToPublishMs ? distribution(m.editToPublishMs.map((ms, i) => ms - m.editToChangeEventMs[i])) : null,
      heapBeforeMB: mb(m.heapBeforeBytes),
      heapAfterOpenMB: mb(m.heapAfterOpenBytes),
      heapAfterEditsMB: mb(m.heapAfterEditsBytes),
      builtinMarkdown: m.builtinMarkdown,
    },
  };
}

function printTable(report) {
  const label = { isolated: 'built-in markdown off', withBuiltinMarkdown: 'built-in markdown on' };
  console.log(`| review | extension host | activation | first check | edit → diagnostics event beyond the ${report.debounceMs} ms debounce, p50 / p95 | beyond it and VS Code's ${VSCODE_EVENT_DELAY_MS} ms event delay | edit → published, p50 / p95 | heap before / after opening / after edits |`);
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const name of chosen) {
    const r = report[name];
    const publish = r.editToPublishMs ? `${r.editToPublishMs.p50} / ${r.editToPublishMs.p95} ms` : 'n/a';
    console.log(`| ${(report.bytes / 1e6).toFixed(1)} MB | ${label[name]} | ${r.activationMs} ms | ${r.firstCheckMs} ms | ${r.editToDiagnosticsMs.p50} / ${r.editToDiagnosticsMs.p95} ms | ${r.editToDiagnosticsBeyondEventDelayMs.p50} / ${r.editToDiagnosticsBeyondEventDelayMs.p95} ms | ${publish} | ${r.heapBeforeMB} / ${r.heapAfterOpenMB} / ${r.heapAfterEditsMB} MB |`);
  }
  for (const name of chosen) {
    const r = report[name];
    const ours = r.changeEventToPublishMs ? `; change event → published beyond the debounce p50 / p95 ${r.changeEventToPublishMs.p50} / ${r.changeEventToPublishMs.p95} ms` : '';
    console.log(`${name}: during the first check the host answered ${r.hoversDuringFirstCheck.answered} hovers, the longest after ${r.hoversDuringFirstCheck.longestWaitMs} ms`);
    console.log(`${name}: edit → change event p50 / p95 ${r.editToChangeEventMs.p50} / ${r.editToChangeEventMs.p95} ms${ours}`);
    console.log(`${name}: edit → diagnostics samples (ms): ${r.editToDiagnosticsMs.samples.join(' ')} (warm-up edits before them: ${r.warmupEditToDiagnosticsMs.join(' ')})`);
  }
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'wr-perf-'));
try {
  run('build extension', process.execPath, ['scripts/build.mjs']);
  run('build integration tests', process.execPath, ['scripts/build-tests.mjs']);
  run('provision VS Code', 'bash', ['scripts/vscode-server/provision.sh']);
  const workspace = path.join(scratch, 'workspace');
  mkdirSync(path.join(workspace, 'perf'), { recursive: true });
  writeFileSync(path.join(workspace, 'perf', '2026-W47.md'), makeReview(Number(args.bytes)));
  const report = {};
  for (const name of chosen) {
    const { bytes, debounceMs, run: measured } = measure(scratch, workspace, name);
    Object.assign(report, { bytes, debounceMs, [name]: measured });
  }
  if (args.json) console.log(JSON.stringify(report));
  else printTable(report);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
