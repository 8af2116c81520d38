// Extension-host side of the integration suite. VS Code loads the compiled
// copy of this file (out/test/integration/index.js, via extensionTestsPath)
// and awaits run(). We run every compiled *.test.js beside it with Mocha and
// write a machine-readable summary for test/runner/runIntegration.mjs, which
// decides pass/fail. run() therefore resolves on test failures and rejects
// only when Mocha itself could not run.
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';

interface TestRecord {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

interface Results {
  passed: number;
  failed: number;
  pending: number;
  tests: TestRecord[];
  crashed?: string;
}

// Set by the runner on the server process; the remote extension host inherits it.
const RESULTS_ENV = 'WEEKLY_REVIEW_TEST_RESULTS';

function findTestFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.js'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function writeResults(results: Results): void {
  const file = process.env[RESULTS_ENV];
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  // Write-then-rename so the runner, which polls for this file, never reads half a JSON.
  writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
  renameSync(`${file}.tmp`, file);
}

// The extension host pins its own Error.prepareStackTrace (it cannot be
// replaced), so Node never applies source maps to stacks there; map the
// frames of our bundles by hand. Mocha has already made paths cwd-relative.
function mapStack(stack: string): string {
  return stack.replace(/([^\s()]+\.js):(\d+):(\d+)/g, (frame, file: string, line: string, col: string) => {
    const map = findSourceMap(path.resolve(file));
    const entry = map?.findEntry(Number(line) - 1, Number(col) - 1);
    if (!entry || !('originalSource' in entry)) return frame;
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return `${path.relative(process.cwd(), path.resolve(path.dirname(file), source))}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const stack = err.stack ?? `${err.name}: ${err.message}`;
  try { return mapStack(stack); } catch { return stack; }
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: Number(process.env.WEEKLY_REVIEW_TEST_TIMEOUT_MS) || 20_000,
    color: false,
    // The extension host's stdout ends up in the server log; keep it compact.
    reporter: 'spec',
    ...(process.env.WEEKLY_REVIEW_TEST_GREP ? { grep: process.env.WEEKLY_REVIEW_TEST_GREP } : {}),
  });
  const results: Results = { passed: 0, failed: 0, pending: 0, tests: [] };
  // Lets describeError map stacks to .ts: Node caches the maps of modules
  // loaded from now on (the test files).
  process.setSourceMapsEnabled(true);

  try {
    const files = findTestFiles(__dirname);
    for (const f of files) mocha.addFile(f);
    // mocha.run() requires the files synchronously; a file that throws on load lands in catch.
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      // Also fires for failing hooks, whose "test" is the hook; count those too.
      runner.on('fail', (test, err) => {
        results.failed++;
        results.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: describeError(err) });
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'pending' });
      });
    });
  } catch (err) {
    results.crashed = describeError(err);
    writeResults(results);
    throw err;
  }
  writeResults(results);
}
