// Compares the CLI's outputs (stdout, stderr, exit code) of two builds over
// the examples and the test fixtures, command by command: the check that a
// refactor left every output byte-identical, or the list of what changed.
// Usage: node scripts/cli-identity.mjs BASE_CLI_JS [NEW_CLI_JS]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const [baseCli, newCli = 'dist/cli.js'] = process.argv.slice(2);
if (!baseCli) {
  console.error('usage: node scripts/cli-identity.mjs BASE_CLI_JS [NEW_CLI_JS]');
  process.exit(2);
}

const targets = ['examples', ...readdirSync('examples', { recursive: true }).map((f) => path.join('examples', String(f))).filter((f) => f.endsWith('.md'))];
for (const dir of ['test/fixtures/categories', 'test/fixtures/example-w45', 'test/fixtures/judgment']) {
  try {
    if (statSync(dir).isDirectory()) targets.push(dir);
  } catch {
    // A fixture folder another branch removed is simply not compared.
  }
}
const commands = [
  ['check', '--format', 'json'], ['check'], ['summary'], ['summary', '--format', 'json'], ['summary', '--format', 'markdown'],
  ['trends'], ['trends', '--format', 'json'], ['people'], ['people', '--format', 'json'],
];
let same = 0;
const differ = [];
for (const target of targets) {
  for (const command of commands) {
    const args = [...command, '--no-color', target];
    const run = (cli) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    const a = run(baseCli);
    const b = run(newCli);
    if (a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status) same++;
    else differ.push(`weekly-review ${args.join(' ')}: ${a.stdout !== b.stdout ? 'stdout ' : ''}${a.stderr !== b.stderr ? 'stderr ' : ''}${a.status !== b.status ? `exit ${a.status}→${b.status}` : ''}`);
  }
}
console.log(`${same} identical, ${differ.length} different`);
for (const line of differ) console.log(`  ${line}`);
process.exit(differ.length === 0 ? 0 : 1);
