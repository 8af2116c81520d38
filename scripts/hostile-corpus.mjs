// The hostile corpus: every pathological input of issue 8 at 10 MB (and one
// at 50 MB), each checked by the built CLI in its own process. Prints the
// wall time, CPU time and peak memory per input; it is a report, not a timed
// test. Goal: every input within 10 s of CPU and 1 GB of memory.
//
//   node scripts/hostile-corpus.mjs            # builds dist/cli.js first
//   node scripts/hostile-corpus.mjs --skip-build --size 1   # 1 MB inputs
//   node scripts/hostile-corpus.mjs --only attention,links

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDecoder } from 'node:util';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const megabytes = Number(option('--size') ?? 10);
const only = option('--only')?.split(',');
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli.js');
const SIZE = Math.round(megabytes * 1024 * 1024);

/** Repeats `line` (plus a newline) until the text reaches `size` characters. */
function fill(line, size = SIZE, header = '') {
  const count = Math.max(1, Math.floor((size - header.length) / (line.length + 1)));
  return header + `${line}\n`.repeat(count);
}

function randomText(size, seed) {
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return new TextDecoder().decode(bytes);
}

const LONG = 19_990; // just under the 20,000-character line guard
const REVIEW = [
  '## Recruiting',
  '- 4h Hiring committee for the platform team → 3 offers approved',
  '- 1h Phone screen with a backend candidate',
  '  - Outcome: moved to onsite on Nov 26',
  '## Engineering culture',
  '- [x] 3h Career ladder calibration with all managers → ladder v2 adopted',
  '- 2h Pairing on a small CSS fix in the admin UI',
  '- 1:1 with Sam (30m)',
  '- 45m Events team sync',
  '',
].join('\n');

const inputs = {
  'attention: - 1h *a*a*a… lines': () => fill(`- 1h ${'*a'.repeat(LONG / 2)}`),
  'links: - 1h [a]([a](… lines': () => fill(`- 1h ${'[a]('.repeat(LONG / 4)}`),
  'code spans: `a`a… lines': () => fill('`a'.repeat(LONG / 2)),
  'brackets: [[[[… lines': () => fill('['.repeat(LONG)),
  'strikethrough: - 1h ~a~a… lines': () => fill(`- 1h ${'~a'.repeat(LONG / 2)}`),
  'comments: - 1h <!--<!--… lines': () => fill(`- 1h ${'<!--'.repeat(LONG / 4)}`),
  'trailing spaces: - 1h + 19,990 spaces': () => fill(`- 1h${' '.repeat(LONG)}`),
  'one paragraph of *a lines': () => fill('*a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *a'),
  'no headings: - a items': () => fill('- a'),
  'no headings: - 1h activities': () => fill('- 1h Fixed CSS alignment on the admin page'),
  'many diagnostics: 80,000 items in 580 KB': () => fill('- 1h Fixed CSS', 580 * 1024),
  'normal review with headings': () => fill(REVIEW.trimEnd()),
  'normal review without headings': () => fill(REVIEW.split('\n').filter((l) => !l.startsWith('#')).join('\n')),
  'deep nesting: 1,000-level lists': () => fill(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i % 200)}- 1h x`).join('\n')),
  'one 10 MB line': () => `# Ops\n- 1h ${'word '.repeat(Math.floor(SIZE / 5))}\n`,
  'random bytes': () => randomText(SIZE, 7),
  'BOM + review': () => `\ufeff${fill(REVIEW.trimEnd())}`,
  'unclosed fence at the top': () => `# Ops\n\`\`\`sh\n${fill('- 1h x')}`,
  '50 MB review': () => fill(REVIEW.trimEnd(), 50 * 1024 * 1024),
};

if (!args.includes('--skip-build') || !existsSync(cli)) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dir = mkdtempSync(path.join(tmpdir(), 'weekly-review-hostile-'));
const rows = [];
try {
  for (const [name, make] of Object.entries(inputs)) {
    if (only && !only.some((word) => name.includes(word))) continue;
    const file = path.join(dir, '2026-W47.md');
    const text = make();
    writeFileSync(file, text);
    const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, cli, 'summary', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
    const stats = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    const [wall, user, system, kilobytes] = stats;
    let total = '';
    try {
      total = String(JSON.parse(run.stdout).totalMinutes);
    } catch {
      total = run.signal ? `killed (${run.signal})` : 'no JSON';
    }
    const row = { name, size: `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`, wall: `${wall.toFixed(1)} s`, cpu: `${(user + system).toFixed(1)} s`, memory: `${Math.round(kilobytes / 1024)} MB`, exit: String(run.status), total };
    rows.push(row);
    console.error(`${row.name}: ${row.cpu} CPU, ${row.memory}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const header = ['input', 'size', 'wall', 'CPU', 'peak memory', 'exit', 'totalMinutes'];
const table = rows.map((r) => [r.name, r.size, r.wall, r.cpu, r.memory, r.exit, r.total]);
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
for (const row of table) console.log(`| ${row.join(' | ')} |`);
console.log(`\nNode ${process.version}, ${megabytes} MB inputs; goal: every input within 10 s CPU and 1 GB.`);
