// Install works outside the clone (issue 22): `npm pack`, install the tarball
// into a temporary prefix, and run the installed `weekly-review` from another
// folder. dist/cli.js is an esbuild bundle, so the package has no dependencies
// and the install needs no registry. Everything happens under the OS temp
// folder, so the work tree stays as it was.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const repo = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'weekly-review-install-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function npm(args, cwd) {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function installed(args, cwd) {
  const bin = path.join(scratch, 'prefix', 'bin', 'weekly-review');
  try {
    return { code: 0, stdout: execFileSync(bin, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { code: error.status, stdout: String(error.stdout) };
  }
}

test('npm pack, then install -g into a temporary prefix: weekly-review runs from another folder', () => {
  const { version } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const listed = JSON.parse(npm(['pack', '--pack-destination', scratch, '--json'], repo).replace(/^[^[]*/s, ''));
  // The bundle, its docs and licence: no sources, tests or examples.
  assert.deepEqual(listed[0].files.map((file) => file.path).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'package.json']);
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  assert.equal(tarball, `weekly-review-${version}.tgz`);
  npm(['install', '-g', '--offline', '--prefix', path.join(scratch, 'prefix'), path.join(scratch, tarball)], scratch);
  const elsewhere = mkdtempSync(path.join(scratch, 'elsewhere-'));
  copyFileSync(path.join(repo, 'examples', '2026-W47.md'), path.join(elsewhere, '2026-W47.md'));
  assert.deepEqual(installed(['--version'], elsewhere), { code: 0, stdout: `${version}\n` });
  const check = installed(['check', '2026-W47.md'], elsewhere);
  assert.match(check.stdout, /^2026-W47\.md/);
  assert.match(check.stdout, / in 1 file\n$/);
  assert.notEqual(check.code, 2);
});
