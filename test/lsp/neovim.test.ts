// End to end from Neovim: Debian's neovim (0.7.2 in bookworm), headless with a
// minimal config (neovim.lua), starts `weekly-review lsp`, opens each example
// review, and writes what it received. Its diagnostics equal the CLI's JSON
// (lines, UTF-8 byte columns as Neovim keeps them, severities, codes,
// messages), and one hover equals the engine's. Neovim is installed with apt
// when missing (CI runs as root on Debian); only if that is impossible is the
// test skipped, saying why. Helix is not packaged in bookworm, so there is no
// Helix smoke test.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { activityHover, createReviewService } from '../../src/core';
import { cli } from '../cli/harness';
import { serverBundle } from './client';

/** Why Neovim cannot be had, or undefined once `nvim` runs. */
function neovimProblem(): string | undefined {
  const runs = () => spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
  if (runs()) return undefined;
  if (process.getuid?.() !== 0) return 'nvim is not installed and this user cannot install it (not root); run: apt-get install -y neovim';
  const install = () => spawnSync('apt-get', ['install', '-y', 'neovim'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  let result = install();
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { encoding: 'utf8' });
    result = install();
  }
  if (result.status !== 0 || !runs()) return `apt-get install -y neovim failed (apt unreachable?): ${(result.stderr || result.stdout || '').trim().split('\n').slice(-2).join(' ')}`;
  return undefined;
}

interface NeovimResult {
  error?: string;
  diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string; source: string; code: string }[];
  hover: string | null;
}

const utf8Column = (line: string, column: number): number => Buffer.byteLength(line.slice(0, column - 1));

const problem = neovimProblem();
if (problem) process.stderr.write(`\n*** SKIPPING the Neovim end-to-end test: ${problem} ***\n\n`);

describe('Neovim (headless, vim.lsp.start_client) against weekly-review lsp', { skip: problem }, () => {
  for (const file of ['examples/2026-W46.md', 'examples/2026-W47.md', 'examples/vp-engineering/2026-W47.md']) {
    it(`${file}: the diagnostics Neovim shows equal the CLI's, and a hover equals the engine's`, async () => {
      const expected = JSON.parse((await cli(['check', '--format', 'json', file], process.cwd())).stdout) as { line: number; column: number; endLine: number; endColumn: number; severity: string; ruleId: string; message: string }[];
      const low = expected.find((d) => d.ruleId === 'low-value-item') ?? expected[0];
      assert.ok(low, 'the example has findings');
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'weekly-review-nvim-')), 'result.json');
      const env = { ...process.env, WR_SERVER: await serverBundle(), WR_REVIEW: path.resolve(file), WR_ROOT: path.resolve('examples'), WR_OUT: out, WR_HOVER_LINE: String(low.line - 1), WR_HOVER_CHARACTER: String(low.column - 1) };
      execFileSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'test/lsp/neovim.lua'], { env, timeout: 120_000, stdio: 'ignore' });
      const result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
      assert.equal(result.error, undefined);
      const lines = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
      const severities: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
      const want = expected.map((d) => ({ lnum: d.line - 1, col: utf8Column(lines[d.line - 1] ?? '', d.column), end_lnum: d.endLine - 1, end_col: utf8Column(lines[d.endLine - 1] ?? '', d.endColumn), severity: severities[d.severity], message: d.message, source: 'weekly-review', code: d.ruleId }));
      const order = (a: { lnum: number; col: number; message: string }, b: { lnum: number; col: number; message: string }) => a.lnum - b.lnum || a.col - b.col || a.message.localeCompare(b.message);
      assert.deepEqual([...result.diagnostics].sort(order), [...want].sort(order));
      const text = readFileSync(file, 'utf8');
      const analysis = await createReviewService({ readFile: async (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } }).analyze(path.resolve(file), text);
      assert.equal(result.hover, activityHover(analysis, { line: low.line, column: low.column })?.parts.join('\n\n---\n\n'));
    });
  }
});
