// Runs every test layer in order — types, lint, build, unit tests, then the
// integration and end-to-end suites in a real VS Code (offline runner) — and
// ends with one line `N passed, N failed` summing the layers that count tests.
// `--unit-only` skips the VS Code layer (for machines without Chromium).
// The unit layer runs in one process with small property-test counts; the
// deep layer runs the property tests with their full counts, one process per
// file (WEEKLY_REVIEW_DEEP=1). `--deep-only` runs the deep layer alone
// (`npm run test:deep`).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const unitOnly = process.argv.includes('--unit-only');
const deepOnly = process.argv.includes('--deep-only');
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, { count, env } = {}) {
  return new Promise((resolve) => {
    process.stdout.write(`\n━━ ${label} ━━\n`);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    const forward = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code) => {
      let counted;
      if (count) {
        counted = count(output);
        if (counted) {
          totals.passed += counted.passed;
          totals.failed += counted.failed;
        }
      }
      if (code !== 0) failures.push(`${label} (exit ${code})`);
      else if (count && (!counted || counted.passed + counted.failed === 0)) failures.push(`${label} (ran no test)`);
      resolve(code);
    });
  });
}

/** node --test with the spec reporter closes with `ℹ pass N` / `ℹ fail N`. */
function nodeTestCounts(output) {
  const pass = /^ℹ pass (\d+)$/m.exec(output);
  const fail = /^ℹ fail (\d+)$/m.exec(output);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
}

/** Our VS Code runners close with `N passed, N failed`. */
function plainCounts(output) {
  const matches = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)];
  const last = matches[matches.length - 1];
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

// Node 20's runner does not expand globs nor look for .ts files by itself: list
// every *.test.ts under test/unit (with its feature folders) and test/cli.
const testFiles = ['test/unit', 'test/cli'].flatMap((dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.test.ts')).map((f) => path.join(dir, String(f))).sort() : []));
// A property test is one that asks test/unit/propertyRuns.ts how many cases to try.
const propertyFiles = testFiles.filter((file) => readFileSync(file, 'utf8').includes('/propertyRuns'));
const deepLayer = () => run('property tests, full counts (deep)', 'node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...propertyFiles], { count: nodeTestCounts, env: { WEEKLY_REVIEW_DEEP: '1' } });
// The language server's tests (protocol level and Neovim) start the built server: a process of their own.
const lspFiles = existsSync('test/lsp') ? readdirSync('test/lsp').filter((f) => f.endsWith('.test.ts')).map((f) => path.join('test', 'lsp', f)).sort() : [];

if (deepOnly) {
  await deepLayer();
} else {
  await run('types', 'npx', ['tsc', '-p', '.', '--noEmit']);
  await run('lint', 'npx', ['eslint', 'src', 'test', 'scripts', 'media/src']);
  await run('build', 'node', ['scripts/build.mjs']);
  await run('unit tests', 'node', ['--import', 'tsx', '--test-reporter=spec', 'test/unitLayer.ts'], { count: nodeTestCounts });
  // Timing tests (linear-time checks) with a fresh heap each: test/unitLayer.ts leaves them out.
  await run('hostile input, timed', 'node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles.filter((file) => file.startsWith(path.join('test', 'unit', 'hostile')))], { count: nodeTestCounts });
  await deepLayer();
  if (lspFiles.length > 0) await run('language server', 'node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...lspFiles], { count: nodeTestCounts });
  // Pack, install the tarball into a temporary prefix and run it from another
  // folder (issue 22): proves the CLI installs outside the clone.
  await run('pack and install', 'node', ['--test', '--test-reporter=spec', 'test/install/pack.test.mjs'], { count: nodeTestCounts });
}

if (!unitOnly && !deepOnly) {
  if (existsSync('scripts/test-vscode.mjs')) {
    await run('VS Code integration and e2e tests', 'node', ['scripts/test-vscode.mjs'], { count: plainCounts });
  } else {
    failures.push('VS Code tests (scripts/test-vscode.mjs missing)');
  }
}

if (failures.length > 0) process.stdout.write(`\nFailed layers: ${failures.join('; ')}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exitCode = failures.length > 0 || totals.failed > 0 ? 1 : 0;
