// Runs every test layer in order — types, lint, build, unit tests, then the
// integration and end-to-end suites in a real VS Code (offline runner) — and
// ends with one line `N passed, N failed` summing the layers that count tests.
// `--unit-only` skips the VS Code layer (for machines without Chromium).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const unitOnly = process.argv.includes('--unit-only');
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, { count } = {}) {
  return new Promise((resolve) => {
    process.stdout.write(`\n━━ ${label} ━━\n`);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
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

await run('types', 'npx', ['tsc', '-p', '.', '--noEmit']);
await run('lint', 'npx', ['eslint', 'src', 'test', 'scripts', 'media/src']);
await run('build', 'node', ['scripts/build.mjs']);
// Node 20's runner does not expand globs nor look for .ts files by itself: list
// every *.test.ts under test/unit (with its feature and history folders), test/cli and test/lsp.
const testFiles = ['test/unit', 'test/cli', 'test/lsp'].flatMap((dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.test.ts')).map((f) => path.join(dir, String(f))).sort() : []));
await run('unit tests', 'node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles], { count: nodeTestCounts });
// Pack, install the tarball into a temporary prefix and run it from another
// folder (issue 22): proves the CLI installs outside the clone.
await run('pack and install', 'node', ['--test', '--test-reporter=spec', 'test/install/pack.test.mjs'], { count: nodeTestCounts });

if (!unitOnly) {
  if (existsSync('scripts/test-vscode.mjs')) {
    await run('VS Code integration and e2e tests', 'node', ['scripts/test-vscode.mjs'], { count: plainCounts });
  } else {
    failures.push('VS Code tests (scripts/test-vscode.mjs missing)');
  }
}

if (failures.length > 0) process.stdout.write(`\nFailed layers: ${failures.join('; ')}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exitCode = failures.length > 0 || totals.failed > 0 ? 1 : 0;
