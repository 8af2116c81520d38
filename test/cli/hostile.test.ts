// Issue 23: special files and encodings. The CLI reads only regular files,
// with their size checked first; anything else is one exact sentence naming
// the path and what it is, exit 2, and never a hang or a stack trace.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { decodeText, readStdin } from '../../src/cli/files';
import { plain } from '../../src/cli/reporters';
import { cli, workspace } from './harness';

const REVIEW = '# Recruiting\n- 2h Interviews → 3 offers\n';
const posix = process.platform !== 'win32';

/** A folder with a review, plus a FIFO at each of `fifos`. */
function withFifos(fifos: string[], files: Record<string, string> = {}): string {
  const dir = workspace({ '2026-W47.md': REVIEW, ...files });
  for (const fifo of fifos) {
    mkdirSync(path.dirname(path.join(dir, fifo)), { recursive: true });
    execFileSync('mkfifo', [path.join(dir, fifo)]);
  }
  return dir;
}

/** Three levels of ten aliases each: 1,000 copies, past the 100 the YAML reader allows. */
const ALIAS_BOMB = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...[1, 2, 3].map((i) => `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`)];

describe('special files (issue 23)', { skip: !posix && 'FIFOs and /dev are POSIX' }, () => {
  it('a FIFO review, a device review: the path and what it is, exit 2', async () => {
    const dir = withFifos(['fifo.md']);
    assert.deepEqual(await cli(['check', 'fifo.md'], dir), { code: 2, stdout: '', stderr: 'weekly-review: fifo.md is a FIFO, not a file.' });
    symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    assert.deepEqual(await cli(['check', 'zero.md'], dir), { code: 2, stdout: '', stderr: 'weekly-review: zero.md is a device, not a file.' });
  });

  it('--rubric naming a FIFO, a device or a directory: the path and what it is, exit 2', async () => {
    const dir = withFifos(['fifo.yaml']);
    mkdirSync(path.join(dir, 'folder.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    const usage = ' Run "weekly-review --help" for usage.';
    assert.equal((await cli(['check', '--rubric', 'fifo.yaml', '2026-W47.md'], dir)).stderr, `weekly-review: rubric fifo.yaml is a FIFO, not a file.${usage}`);
    assert.equal((await cli(['check', '--rubric', 'zero.yaml', '2026-W47.md'], dir)).stderr, `weekly-review: rubric zero.yaml is a device, not a file.${usage}`);
    const run = await cli(['check', '--rubric', 'folder.yaml', '2026-W47.md'], dir);
    assert.deepEqual(run, { code: 2, stdout: '', stderr: `weekly-review: rubric folder.yaml is a directory, not a file.${usage}` });
    assert.equal((await cli(['check', '--rubric', 'nope.yaml', '2026-W47.md'], dir)).stderr, `weekly-review: rubric nope.yaml not found: no such file. Check the path or use --rubric cto.${usage}`);
  });

  it('an extends target, the nearest rubric or people.yaml that is not a file: a rubric error at its line, exit 2', async () => {
    const dir = withFifos(['fifo.yaml', 'near/.weekly-review.yaml', 'people/people.yaml'], {
      'a/2026-W47.md': REVIEW,
      'a/.weekly-review.yaml': 'name: a\nextends: ../fifo.yaml\n',
      'b/2026-W47.md': REVIEW,
      'b/.weekly-review.yaml': 'extends: ./folder\n',
      'near/2026-W47.md': REVIEW,
      'people/2026-W47.md': REVIEW,
      'people/.weekly-review.yaml': 'extends: cto\n',
    });
    mkdirSync(path.join(dir, 'b/folder'));
    const first = (run: { stdout: string }) => run.stdout.split('\n').slice(0, 2).join('\n');
    const a = await cli(['check', 'a/2026-W47.md'], dir);
    assert.equal(a.code, 2);
    assert.equal(first(a), 'a/.weekly-review.yaml\n  2:10-2:22  error  "extends" names "../fifo.yaml": fifo.yaml is a FIFO, not a file  rubric-error');
    assert.equal(first(await cli(['check', 'b/2026-W47.md'], dir)), 'b/.weekly-review.yaml\n  1:10-1:18  error  "extends" names "./folder": b/folder is a directory, not a file  rubric-error');
    assert.equal(first(await cli(['check', 'near/2026-W47.md'], dir)), 'near/.weekly-review.yaml\n  1:1-1:1  error  near/.weekly-review.yaml is a FIFO, not a file  rubric-error');
    assert.equal(first(await cli(['check', 'people/2026-W47.md'], dir)), 'people/people.yaml\n  1:1-1:1  error  people/people.yaml is a FIFO, not a file  rubric-error');
  });
});

describe('encodings and sizes (issue 23)', () => {
  it('UTF-16 LE and BE reviews with a byte-order mark are decoded and counted', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REVIEW, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
    const dir = workspace({});
    writeFileSync(path.join(dir, 'le-2026-W47.md'), le);
    writeFileSync(path.join(dir, 'be-2026-W47.md'), be);
    for (const file of ['le-2026-W47.md', 'be-2026-W47.md']) {
      const run = await cli(['summary', '--format', 'json', file], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).totalMinutes, 120);
    }
  });

  it('ASCII, UTF-8 with and without a byte-order mark decode to the same text', () => {
    assert.deepEqual(decodeText(Buffer.from('- 1h Plan\n', 'ascii')), { text: '- 1h Plan\n' });
    assert.deepEqual(decodeText(Buffer.from('- 1h Café → ✓\n', 'utf8')), { text: '- 1h Café → ✓\n' });
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('- 1h Plan\n')])), { text: '- 1h Plan\n' });
  });

  it('a file that is not text (a PNG) says so, exit 2', async () => {
    const dir = workspace({});
    writeFileSync(path.join(dir, '2026-W47.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assert.deepEqual(await cli(['check', '2026-W47.md'], dir), { code: 2, stdout: '', stderr: 'weekly-review: 2026-W47.md is not a text file (it holds NUL bytes).' });
  });

  it('a review over 16 MB is not read; standard input stops at the limit', async () => {
    const dir = workspace({});
    writeFileSync(path.join(dir, '2026-W47.md'), Buffer.alloc(17 * 1024 * 1024, 0x61));
    assert.deepEqual(await cli(['check', '2026-W47.md'], dir), { code: 2, stdout: '', stderr: 'weekly-review: 2026-W47.md is 17 MB, more than a review may be (16 MB).' });
    let pulled = 0;
    const endless = Readable.from((function* () {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1024, 0x61);
      }
    })());
    await assert.rejects(readStdin(endless, 10 * 1024), { message: 'standard input holds more than 0.01 MB, more than a review may be.' });
    assert.ok(pulled < 20);
  });

  it('a YAML alias bomb in a rubric or people.yaml is a rubric error at its line, no stack trace', async () => {
    const dir = workspace({
      'r/2026-W47.md': REVIEW,
      'r/.weekly-review.yaml': `extends: cto\nvocabulary:\n${ALIAS_BOMB.map((line) => `  ${line}`).join('\n')}\n`,
      'p/2026-W47.md': REVIEW,
      'p/.weekly-review.yaml': 'extends: cto\n',
      'p/people.yaml': `x:\n${ALIAS_BOMB.map((line) => `  ${line}`).join('\n')}\n`,
    });
    const rubric = await cli(['check', 'r/2026-W47.md'], dir);
    assert.equal(rubric.code, 2);
    assert.equal(rubric.stdout.split('\n').slice(0, 2).join('\n'), 'r/.weekly-review.yaml\n  4:12-4:15  error  YAML aliases (*name) expand to more than 100 copies; write the values out instead  rubric-error');
    const people = await cli(['check', 'p/2026-W47.md'], dir);
    assert.equal(people.stdout.split('\n').slice(0, 2).join('\n'), 'p/people.yaml\n  3:12-3:15  error  YAML aliases (*name) expand to more than 100 copies; write the values out instead  rubric-error');
    assert.doesNotMatch(rubric.stderr + people.stderr, /internal error|ReferenceError/);
  });

  it('summary --format json with a broken rubric prints JSON holding the error, exit 2', async () => {
    const dir = workspace({ '2026-W47.md': REVIEW, '.weekly-review.yaml': 'extends: cto\nthreshold: 2\n' });
    const run = await cli(['summary', '--format', 'json', '2026-W47.md'], dir);
    assert.equal(run.code, 2);
    assert.deepEqual(JSON.parse(run.stdout), {
      error: 'the rubric is broken, so no summary can be computed',
      diagnostics: [{ file: '.weekly-review.yaml', line: 2, column: 12, endLine: 2, endColumn: 13, severity: 'error', ruleId: 'rubric-error', message: '"threshold" must be a number between 0 and 1 (the built-in is 0.5), found 2' }],
    });
  });
});

describe('terminal escapes (issue 23)', () => {
  it('plain() strips escape sequences and control characters, keeping tabs and newlines', () => {
    assert.equal(plain('a\u001b]0;pwned\u0007b\u001b[2J\u001b[31mc\u001b[0m\td\r\n\u009b1;2He\u0000f\u007fg\u001bch\u001b]2;unterminated'), 'ab' + 'c\td\nefgch');
  });

  it('summary and check text print item text and messages without escapes; JSON keeps them, escaped', async () => {
    const dir = workspace({ '2026-W47.md': '# Recruiting\n- 2h Fixed CSS \u001b]0;pwned\u0007now\u001b[2J done\n' });
    const summary = await cli(['summary', '2026-W47.md'], dir);
    assert.ok(summary.stdout.includes('2h  Fixed CSS now done  (score'), summary.stdout);
    const check = await cli(['check', '2026-W47.md'], dir);
    assert.equal(plain(summary.stdout + summary.stderr + check.stdout + check.stderr), summary.stdout + summary.stderr + check.stdout + check.stderr);
    const json = await cli(['summary', '--format', 'json', '2026-W47.md'], dir);
    assert.equal(JSON.parse(json.stdout).lowValue[0].text, 'Fixed CSS \u001b]0;pwned\u0007now\u001b[2J done');
  });
});

describe('a reader that stops early (hostile input 7)', () => {
  it('`check | head` closing the pipe ends the CLI quietly with its exit code, not an EPIPE stack trace', async () => {
    const root = path.resolve(__dirname, '../..');
    const dir = workspace({ '2026-W47.md': `# Ops\n${'- 1h Fixed CSS\n'.repeat(3000)}` });
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'check', '--frail', '--format', 'json', path.join(dir, '2026-W47.md')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the CLI writes a byte: its first write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });
});
