// The hostile corpus: every pathological input of issue 8 at 10 MB (and one
// at 50 MB), each checked by the built CLI in its own process. Prints the
// wall time, CPU time and peak memory per input; it is a report, not a timed
// test. Goal: every input within 10 s of CPU and 1 GB of memory.
// `--issue23` instead runs each class of issue 23 (patterns, YAML, extends,
// special files, encodings, structure) at 1×, 10× and 100× its size, so the
// growth shows: linear is 10× per step (`npm run bench -- --hostile`).
//
//   node scripts/hostile-corpus.mjs            # builds dist/cli.js first
//   node scripts/hostile-corpus.mjs --skip-build --size 1   # 1 MB inputs
//   node scripts/hostile-corpus.mjs --only attention,links
//   node scripts/hostile-corpus.mjs --issue23 --scales 1,10 --only worthy

import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

// ---------------------------------------------------------------------------
// Issue 23: each class is a folder of files and the command run on it, at a
// scale of 1, 10 or 100 (100× is about the issue's own reproduction).

const lines = (count, line) => `${line}\n`.repeat(count);
const review = (body) => `# Ops\n${body}`;
const W = '2026-W47.md';

/** `{ files, args, stdin? }` per class and scale; a file's content `null` makes a FIFO, a string starting `->` a symlink. */
const classes = {
  'worthy: <!-- worthy: + 5,000 spaces, ×2n': (n) => ({ files: { [W]: lines(2 * n, `## Recruiting\n- 1h foo\n  <!-- worthy:${' '.repeat(5000)}x`) } }),
  'brackets: - ( + 19,990 spaces, ×n': (n) => ({ files: { [W]: lines(n, `- (${' '.repeat(LONG)}x`) } }),
  'digits: - 1h x → 19,980 digits, ×n/2': (n) => ({ files: { [W]: lines(Math.max(1, n / 2), `- 1h x → ${'1'.repeat(19_980)}`) } }),
  'keywords: a*a*…a*b (20 wildcards) vs 35 a\'s, ×10n': (n) => ({ files: { '.weekly-review.yaml': `extends: cto\ncriteria:\n  strategic:\n    pass:\n      keywords: ["${'a*'.repeat(20)}b"]\n`, [W]: review(lines(10 * n, `- 1h ${'a'.repeat(35)}`)) } }),
  'keywords: *-year vs a-a-a… (built-in), ×n': (n) => ({ files: { [W]: review(lines(n, `- 1h ${'a-'.repeat(9995)}`)) } }),
  'front matter: 500n keys': (n) => ({ files: { [W]: `---\n${Array.from({ length: 500 * n }, (_, i) => `k${i}: v`).join('\n')}\nweek: 2026-W47\n---\n# Ops\n- 1h x\n` } }),
  'rubric: 570n categories': (n) => ({ files: { '.weekly-review.yaml': `extends: cto\ncategories:\n${Array.from({ length: 570 * n }, (_, i) => `  c${i}: {name: c${i}, target: 0%, priority: people}\n`).join('')}`, [W]: review('- 1h x\n') } }),
  'rubric: 5,000n keywords': (n) => ({ files: { '.weekly-review.yaml': `extends: cto\ncriteria:\n  strategic:\n    pass:\n      keywords: [${Array.from({ length: 5000 * n }, (_, i) => `w${i}`).join(', ')}]\n`, [W]: review('- 1h x\n') } }),
  'extends: a chain of 200n files': (n) => ({ files: Object.fromEntries([...Array.from({ length: 200 * n }, (_, i) => [`r${i}.yaml`, `extends: ./r${i + 1}.yaml\n`]), [`r${200 * n}.yaml`, 'extends: cto\n'], [W, review('- 1h x\n')]]), args: ['--rubric', 'r0.yaml'] }),
  'YAML alias bomb in the rubric': () => ({ files: { '.weekly-review.yaml': `extends: cto\nvocabulary:\n${['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...[1, 2, 3, 4, 5, 6].map((i) => `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`)].map((l) => `  ${l}`).join('\n')}\n`, [W]: review('- 1h x\n') } }),
  'special: a FIFO review': () => ({ files: { [W]: null } }),
  'special: a FIFO .weekly-review.yaml': () => ({ files: { '.weekly-review.yaml': null, [W]: review('- 1h x\n') } }),
  'special: --rubric /dev/zero': () => ({ files: { [W]: review('- 1h x\n') }, args: ['--rubric', '/dev/zero'] }),
  'special: extends: /dev/urandom via a symlink': () => ({ files: { 'random.yaml': '->/dev/urandom', '.weekly-review.yaml': 'extends: ./random.yaml\n', [W]: review('- 1h x\n') } }),
  'special: standard input from /dev/zero': () => ({ files: {}, args: ['-'], stdin: '/dev/zero' }),
  'UTF-16 LE review, ×n KB': (n) => ({ files: { [W]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(review(lines(10 * n, '- 1h Fixed CSS → shipped 3.2, 40% faster')), 'utf16le')]) } }),
  'escapes: items with terminal escapes, ×100n': (n) => ({ files: { [W]: review(lines(100 * n, '- 1h x \u001b]0;title\u0007\u001b[2J')) } }),
  'structure: 1,000n lines nested 30 deep': (n) => ({ files: { [W]: review(Array.from({ length: 1000 * n }, (_, i) => `${'  '.repeat(i % 30)}- 1h x`).join('\n')) } }),
  'structure: 1,000n lazily continued lines': (n) => ({ files: { [W]: review(`- 1h x\n${lines(1000 * n, 'lazy continuation text')}`) } }),
  'structure: 600n disable/enable comments': (n) => ({ files: { [W]: review(lines(300 * n, '<!-- weekly-review-disable -->\n- 1h x\n<!-- weekly-review-enable -->')) } }),
  'structure: 2,000n headings with items': (n) => ({ files: { [W]: lines(2000 * n, '## Ops\n- 1h x') } }),
  'structure: 1,200n bare list items': (n) => ({ files: { [W]: lines(1200 * n, '- a') } }),
  'structure: 900n activities under one heading': (n) => ({ files: { [W]: review(lines(900 * n, '- 1h Fixed CSS alignment')) } }),
  'invalid UTF-8: 100n KB of random bytes': (n) => ({ files: { [W]: Buffer.from(randomText(100 * 1024 * n, 7).split('\u0000').join(' ')) } }),
};

/** Writes a class's files into a fresh folder. */
function writeClass(folder, files) {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (content === null) execFileSync('mkfifo', [file]);
    else if (typeof content === 'string' && content.startsWith('->')) symlinkSync(content.slice(2), file);
    else writeFileSync(file, content);
  }
}

/** Runs `check` on a class at one scale, in its own process under a 120 s timeout. */
function runClass(name, make, scale) {
  const folder = mkdtempSync(path.join(tmpdir(), 'weekly-review-hostile23-'));
  try {
    const { files, args: extra = [], stdin } = make(scale);
    writeClass(folder, files);
    const bytes = Object.values(files).reduce((sum, content) => sum + (content === null ? 0 : Buffer.byteLength(content)), 0);
    const paths = extra.includes('-') ? [] : [W];
    const input = stdin ? openSync(stdin, 'r') : 'ignore';
    const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, cli, 'check', '--format', 'json', ...extra, ...paths], {
      cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000, killSignal: 'SIGKILL',
      stdio: [input, 'pipe', 'pipe'],
    });
    if (typeof input === 'number') closeSync(input);
    const [wall = NaN, user = NaN, system = NaN, kilobytes = NaN] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    const said = run.stderr.split('\n').find((line) => line.startsWith('weekly-review:')) ?? '';
    return { name, scale: `${scale}×`, size: `${(bytes / 1024).toFixed(0)} KB`, cpu: run.signal ? `killed (${run.signal})` : `${(user + system).toFixed(2)} s`, wall: `${wall.toFixed(2)} s`, memory: `${Math.round(kilobytes / 1024)} MB`, exit: String(run.status), said: said.slice(0, 90) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function runIssue23() {
  const scales = (option('--scales') ?? '1,10,100').split(',').map(Number);
  const rows = [];
  for (const [name, make] of Object.entries(classes)) {
    if (only && !only.some((word) => name.includes(word))) continue;
    // A class without a size runs once.
    for (const scale of make.length === 0 ? [1] : scales) {
      const row = runClass(name, make, scale);
      rows.push(row);
      console.error(`${name} ${row.scale}: ${row.cpu} CPU, ${row.memory}`);
    }
  }
  const header = ['class', 'scale', 'input', 'CPU', 'wall', 'peak memory', 'exit', 'stderr'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`);
  for (const r of rows) console.log(`| ${[r.name, r.scale, r.size, r.cpu, r.wall, r.memory, r.exit, r.said.replace(/\|/g, '\\|')].join(' | ')} |`);
  console.log(`\nNode ${process.version}; goal: ≤ 10 s CPU and ≤ 1 GB each, growing about 10× per 10× of input (linear).`);
}

if (!args.includes('--skip-build') || !existsSync(cli)) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (args.includes('--issue23')) {
  runIssue23();
  process.exit(0);
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
