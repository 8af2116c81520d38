// Benchmark, all measured in one process after a warm-up, median and p95 over
// repeated runs, for deterministic 10 KB, 100 KB and 1 MB reviews:
//   (a) a bare remark parse (unified + remark-parse + remark-gfm +
//       remark-frontmatter) of the whole document: the floor reference;
//   (b) our cold full check (a new service, empty caches);
//   (c) our update after a one-character edit in the middle;
//   (d) our update after pasting a 20-line block in the middle;
//   (e) markdownlint's `lint` of the same document (default rules): the peer;
//   (f) memory the service retains after the check (heap delta after GC).
// Updates are analysis plus summary, what the editor computes per change, on
// one long-lived service. The incremental and from-scratch summaries are
// compared after every size. `--history` instead times issue 10's run of 520
// reviews (`weekly-review trends`, in process) against a bare parse of them. `--lsp` measures the
// language server from a protocol client (scripts/benchLsp.ts: heap over 1,000 edits, keystroke to
// diagnostics at 1 MB). `--hostile` runs issue 23's
// hostile corpus (scripts/hostile-corpus.mjs --issue23: CPU seconds and peak memory per class at 1×, 10×
// and 100×, each in its own process; `--scales` and `--only` pass through). `--json` prints the numbers only; `--readme`
// writes the table into docs/PERFORMANCE.md between the bench markers. `--calendar` runs only the
// calendar import (scripts/lib/calendarBench.ts), which the default run includes after the table.
// `--cold-compare REF` times (b) for this tree and for git REF (a build from before a change) against (e),
// all three in one process taking turns (coldCompare below). Run with
// `node --expose-gc` (npm run bench does) so (f) can collect garbage first.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { lint } from 'markdownlint/sync';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { runCli } from '../src/cli/main';
import type * as engine from '../src/core';
import { createReviewService, type ReviewService, type RubricResolution } from '../src/core';
import { makeReview } from './lib/makeReview.mjs';
import { benchCalendar, calendarLine } from './lib/calendarBench';
import { benchLsp, lspReport } from './benchLsp';

interface Stat {
  median: number;
  p95: number;
}

interface DocResult {
  bytes: number;
  remarkParseMs: Stat;
  coldCheckMs: Stat;
  keystrokeMs: Stat;
  pasteMs: Stat;
  markdownlintMs: Stat;
  retainedBytes: number;
}

function stat(samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
  const round = (value: number) => Math.round(value * 100) / 100;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}

/** Times `work` per run; `prepare` runs first, untimed (the editor's part of an update, such as making the new text). */
function measure(runs: number, work: (run: number) => void, warmup = 1, prepare?: (run: number) => void): Stat {
  for (let run = 0; run < warmup; run++) {
    prepare?.(-1 - run);
    work(-1 - run);
  }
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    prepare?.(run);
    const start = performance.now();
    work(run);
    samples.push(performance.now() - start);
  }
  return stat(samples);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const host = { readFile: async () => undefined };
const PATH = '/bench/2026-W47.md';

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** A 20-line block of realistic items, different for every run so nothing is served from a cache. */
function pastedBlock(run: number): string {
  const lines = Array.from({ length: 20 }, (_, i) => `- ${(i % 4) + 1}h Pasted item ${run}-${i} → decision ${i} agreed with ${i + 2} teams`);
  return `${lines.join('\n')}\n`;
}

function summaryTotals(service: ReviewService, text: string, rubric: RubricResolution): string {
  const summary = service.summarize(service.analyzeWith(PATH, text, rubric));
  return JSON.stringify(summary ? [summary.totalMinutes, summary.lowValueMinutes, summary.categories.map((c) => c.minutes)] : null);
}

/**
 * A service that has checked `text`. Its own function, so that nothing but
 * the service outlives the check: in the async caller, the check's result
 * would stay in the suspended frame and be counted as retained.
 */
function checkedService(text: string, rubric: RubricResolution): ReviewService {
  const service = createReviewService(host);
  service.summarize(service.analyzeWith(PATH, text, rubric));
  return service;
}

async function benchDocument(bytes: number, runs: { slow: number; fast: number; paste: number }): Promise<DocResult> {
  const text = makeReview(bytes);
  const rubric = await createReviewService(host).resolveRubric(PATH, text);
  const remarkParseMs = measure(runs.slow, () => processor.parse(text));
  const markdownlintMs = measure(runs.slow, () => lint({ strings: { [PATH]: text } }));
  const coldCheckMs = measure(runs.slow, () => {
    const fresh = createReviewService(host);
    fresh.summarize(fresh.analyzeWith(PATH, text, rubric));
  });
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const service = checkedService(text, rubric);
  collectGarbage();
  const retainedBytes = Math.max(0, process.memoryUsage().heapUsed - before);
  // A keystroke: one more character typed at the same place in the middle of an item.
  // The edited text is made before the timer starts, by a join, as the
  // editor's `getText()` joins its lines: a flat string. (Made by `+`, the
  // engine's first look at it would copy the whole document into a flat
  // string, a cost of how this script builds text, not of the update.)
  const middle = text.indexOf('- 45m Tweaked', Math.floor(text.length / 2)) + 6;
  let typed = text;
  const typeOne = (run: number) => {
    typed = [typed.slice(0, middle), String.fromCharCode(97 + (Math.abs(run) % 26)), typed.slice(middle)].join('');
  };
  const keystrokeMs = measure(runs.fast, () => service.summarize(service.analyzeWith(PATH, typed, rubric)), 10, typeOne);
  const lineStart = text.indexOf('\n- ', Math.floor(text.length / 2)) + 1;
  let pasted = typed;
  const pasteOne = (run: number) => {
    pasted = [pasted.slice(0, lineStart), pastedBlock(run), pasted.slice(lineStart)].join('');
  };
  const pasteMs = measure(runs.paste, () => service.summarize(service.analyzeWith(PATH, pasted, rubric)), 10, pasteOne);
  const incremental = summaryTotals(service, pasted, rubric);
  // From scratch twice: a new service (empty caches), and one parsing the text whole.
  for (const scratchService of [createReviewService(host), createReviewService(host, { sectioned: false })]) {
    const scratch = summaryTotals(scratchService, pasted, rubric);
    if (incremental !== scratch) throw new Error(`incremental and from-scratch summaries differ at ${bytes} bytes:\n${incremental}\n${scratch}`);
  }
  process.stderr.write(`${bytes} bytes: incremental and from-scratch summary totals are identical (${incremental.slice(0, 60)}…)\n`);
  return { bytes: text.length, remarkParseMs, coldCheckMs, keystrokeMs, pasteMs, markdownlintMs, retainedBytes };
}

/** `part / whole` as 1/N, N rounded down (one decimal under 20), so a ratio just short of a goal never reads as meeting it. */
function fraction(part: number, whole: number): string {
  const n = whole / part;
  return `1/${n < 20 ? (Math.floor(n * 10) / 10).toString() : Math.floor(n).toLocaleString('en-US')}`;
}

function tableOf(docs: DocResult[]): string {
  const ms = (s: Stat) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
  const rows = [
    '| size | (a) bare remark parse | (b) our cold check | (c) keystroke | (d) paste 20 lines | (e) markdownlint | (f) retained | keystroke p95 / parse | keystroke p95 / markdownlint | cold / markdownlint |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const d of docs) {
    const kb = d.bytes >= 1_000_000 ? `${(d.bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(d.bytes / 1000)} KB`;
    rows.push(`| ${kb} | ${ms(d.remarkParseMs)} | ${ms(d.coldCheckMs)} | ${ms(d.keystrokeMs)} | ${ms(d.pasteMs)} | ${ms(d.markdownlintMs)} | ${(d.retainedBytes / 1e6).toFixed(1)} MB (${(d.retainedBytes / d.bytes).toFixed(1)}×) | ${fraction(d.keystrokeMs.p95, d.remarkParseMs.median)} | ${fraction(d.keystrokeMs.p95, d.markdownlintMs.median)} | ${(d.coldCheckMs.median / d.markdownlintMs.median).toFixed(2)}× |`);
  }
  return `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}; milliseconds as median / p95, all in one run):\n\n${rows.join('\n')}`;
}

/**
 * Issue 10's scale check: ten years of weekly reviews (520 distinct files of
 * about 3 KB, written to a temporary folder) summarised by `weekly-review
 * trends`, run in this process through the CLI's own entry point (reading the
 * files, resolving rubrics, indexing, trends, the printed table), against a
 * bare remark parse of the same files read from disk. The two alternate, run
 * by run, after one warm-up each; medians of 5.
 */
async function benchHistory(): Promise<{ files: number; bytes: number; remarkParseMs: Stat; trendsMs: Stat }> {
  const base = makeReview(3000);
  const folder = mkdtempSync(path.join(tmpdir(), 'weekly-review-bench-'));
  let bytes = 0;
  try {
    for (let k = 0; k < 520; k++) {
      const week = `${2016 + Math.floor(k / 52)}-W${String((k % 52) + 1).padStart(2, '0')}`;
      const text = base.replace('week: 2026-W47', `week: ${week}`).replace(/#n(\d+)-(\d+)/g, `#n${k}x$1-$2`);
      writeFileSync(path.join(folder, `${week}.md`), text);
      bytes += text.length;
    }
    const names = readdirSync(folder).map((name) => path.join(folder, name));
    const parseAll = () => names.forEach((file) => processor.parse(readFileSync(file, 'utf8')));
    const trends = async () => {
      const printed: string[] = [];
      const code = await runCli(['trends', folder], { stdout: (text) => printed.push(text), stderr: (text) => printed.push(text), color: false });
      if (code !== 0) throw new Error(`weekly-review trends exited ${code}: ${printed.join('\n')}`);
    };
    const parseSamples: number[] = [];
    const trendSamples: number[] = [];
    for (let run = -1; run < 5; run++) {
      let start = performance.now();
      parseAll();
      if (run >= 0) parseSamples.push(performance.now() - start);
      start = performance.now();
      await trends();
      if (run >= 0) trendSamples.push(performance.now() - start);
    }
    return { files: names.length, bytes, remarkParseMs: stat(parseSamples), trendsMs: stat(trendSamples) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

type Core = typeof engine;

/** The engine of the tree at `root`, bundled as the build bundles it (the built-in rubric as JSON) and loaded. */
async function bundledCore(root: string): Promise<Core> {
  const here = process.cwd();
  // The tree's own helper reads its rubric YAML with its own loader, from the working directory.
  process.chdir(root);
  try {
    const { builtinRubricDefine } = (await import(pathToFileURL(path.join(root, 'scripts/lib/builtinRubricJson.mjs')).href)) as { builtinRubricDefine(): Promise<Record<string, string>> };
    const built = await esbuild.build({ entryPoints: [path.join(root, 'src/core/index.ts')], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', define: await builtinRubricDefine() });
    const module = { exports: {} as Core };
    new Function('module', 'exports', 'require', built.outputFiles[0]?.text ?? '')(module, module.exports, createRequire(path.join(root, 'package.json')));
    return module.exports;
  } finally {
    process.chdir(here);
  }
}

/**
 * The cold check (b) of this tree and of git `ref`, and markdownlint's lint
 * (e), in one process: each run times the three in turn, in an order that
 * rotates from run to run, so both builds and the peer meet the same load
 * and none always follows the same one (so none always pays for the
 * garbage of the same one before it; a full collection forced before each
 * turn made all three several times slower). Both builds are bundled here the
 * same way. Medians of wall time, and of CPU time (less moved by other work
 * on the machine); the load average before and after each size.
 */
async function coldCompare(ref: string): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'weekly-review-cold-'));
  try {
    execFileSync('sh', ['-c', `git archive --format=tar "$1" | tar -x -C "$2"`, 'sh', ref, folder]);
    symlinkSync(path.resolve('node_modules'), path.join(folder, 'node_modules'));
    const builds = [{ name: ref, core: await bundledCore(folder) }, { name: 'this tree', core: await bundledCore(process.cwd()) }];
    const rows = ['| size | runs | load before → after | ' + builds.map((b) => `${b.name} (ms, wall / CPU)`).join(' | ') + ' | markdownlint (ms) | ' + builds.map((b) => `${b.name} / markdownlint`).join(' | ') + ' |', '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |'];
    for (const [bytes, runs] of [[10_000, 60], [100_000, 10], [1_000_000, 3]] as const) {
      const text = makeReview(bytes);
      const load = loadavg()[0]?.toFixed(2);
      const checks = await Promise.all(builds.map(async ({ core }) => {
        const rubric = await core.createReviewService(host).resolveRubric(PATH, text);
        return () => {
          const fresh = core.createReviewService(host);
          fresh.summarize(fresh.analyzeWith(PATH, text, rubric));
        };
      }));
      const [wall, cpu] = takeTurns([...checks, () => lint({ strings: { [PATH]: text } })], runs);
      const lintWall = wall[2] as number;
      const lintCpu = cpu[2] as number;
      const cell = (at: number) => `${(wall[at] as number).toFixed(1)} / ${(cpu[at] as number).toFixed(1)}`;
      const ratio = (at: number) => `${((wall[at] as number) / lintWall).toFixed(2)}× / ${((cpu[at] as number) / lintCpu).toFixed(2)}×`;
      rows.push(`| ${Math.round(text.length / 1000)} KB | ${runs} | ${load} → ${loadavg()[0]?.toFixed(2)} | ${cell(0)} | ${cell(1)} | ${cell(2)} | ${ratio(0)} | ${ratio(1)} |`);
      process.stderr.write(`${rows[rows.length - 1]}\n`);
    }
    return `Cold check against markdownlint's lint, both builds in one process (Node ${process.version}, ${new Date().toISOString()}; medians, wall / CPU):\n\n${rows.join('\n')}`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Medians of wall and CPU milliseconds of each of `works`, run in turn `runs` times (after one warm-up turn), the order rotating. */
function takeTurns(works: (() => void)[], runs: number): [number[], number[]] {
  const wall: number[][] = works.map(() => []);
  const cpu: number[][] = works.map(() => []);
  for (let run = -1; run < runs; run++) {
    for (let turn = 0; turn < works.length; turn++) {
      const at = (turn + run + 1) % works.length;
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      (works[at] as () => void)();
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuBefore);
      if (run < 0) continue;
      wall[at]?.push(elapsed);
      cpu[at]?.push((used.user + used.system) / 1000);
    }
  }
  const median = (samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  return [wall.map(median), cpu.map(median)];
}

async function main(): Promise<void> {
  if (process.argv.includes('--hostile')) {
    const rest = process.argv.slice(2).filter((arg) => arg !== '--hostile');
    const run = spawnSync(process.execPath, ['scripts/hostile-corpus.mjs', '--issue23', ...rest], { stdio: 'inherit' });
    process.exitCode = run.status ?? 1;
    return;
  }
  const compareAt = process.argv.indexOf('--cold-compare');
  if (compareAt >= 0) {
    const ref = process.argv[compareAt + 1];
    if (!ref) throw new Error('--cold-compare needs a git commit or branch to compare with, e.g. --cold-compare main');
    process.stdout.write(`${await coldCompare(ref)}\n`);
    return;
  }
  if (process.argv.includes('--calendar')) {
    process.stdout.write(`${calendarLine(await benchCalendar())}\n`);
    return;
  }
  if (process.argv.includes('--lsp')) {
    const result = await benchLsp();
    process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify({ lsp: result })}\n` : `${lspReport(result)}\n`);
    return;
  }
  if (process.argv.includes('--history')) {
    const h = await benchHistory();
    process.stdout.write(`${h.files} reviews, ${(h.bytes / 1e6).toFixed(1)} MB: bare remark parse ${h.remarkParseMs.median.toFixed(0)} ms, weekly-review trends ${h.trendsMs.median.toFixed(0)} ms (medians of 5, alternating): ${(h.trendsMs.median / h.remarkParseMs.median).toFixed(2)}× the parse\n`);
    return;
  }
  // Keystrokes are cheap: enough of them for a p95 that one garbage collection does not decide. Pastes stay
  // few enough that the review stays under the size limit (MAX_DOCUMENT_CHARS), where whole equals sectioned.
  const sizes = [[10_000, { slow: 20, fast: 200, paste: 60 }], [100_000, { slow: 7, fast: 100, paste: 40 }], [1_000_000, { slow: 3, fast: 100, paste: 30 }]] as const;
  const docs: DocResult[] = [];
  for (const [bytes, runs] of sizes) docs.push(await benchDocument(bytes, runs));
  const calendar = await benchCalendar();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ docs, calendar })}\n`);
    return;
  }
  const table = tableOf(docs);
  process.stdout.write(`${table}\n\n${calendarLine(calendar)}\n`);
  if (process.argv.includes('--readme')) {
    const page = readFileSync('docs/PERFORMANCE.md', 'utf8');
    writeFileSync('docs/PERFORMANCE.md', page.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  }
}

void main();
