// `npm run bench -- --lsp`: the language server measured from a protocol
// client (test/lsp/client.ts) over stdio, as an editor would see it:
//   (g) memory: the server's heap (after a collection) before and after
//       1,000 edits to a 100 KB review, each checked (debounce 0);
//   (h) keystroke to diagnostics on a 1 MB review, beyond the debounce: the
//       time from sending `didChange` (one character) to receiving the
//       `publishDiagnostics` of that version, with `debounceMs` 0; median
//       and p95 over 100 keystrokes (goal: p95 ≤ 50 ms).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startClient, type TestClient } from '../test/lsp/client';
import { makeReview } from './lib/makeReview.mjs';

export interface LspBench {
  heapBeforeBytes: number;
  heapAfterBytes: number;
  edits: number;
  keystrokeMs: { median: number; p95: number; runs: number };
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Types one character at `offset` (as a line/character position) and resolves when that version's diagnostics arrive. */
async function typeAt(client: TestClient, uri: string, text: string, offset: number, version: number, insert: boolean): Promise<number> {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  const range = insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
  const started = performance.now();
  const published = client.waitForDiagnostics(uri, (p) => p.version === version);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
  await published;
  return performance.now() - started;
}

async function openReview(client: TestClient, folder: string, bytes: number): Promise<{ uri: string; text: string; middle: number }> {
  const text = makeReview(bytes) as string;
  const file = path.join(folder, `2026-W${bytes > 500_000 ? 47 : 46}.md`);
  writeFileSync(file, text);
  const uri = client.open(file, text, 1);
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
  return { uri, text, middle: text.indexOf('- 45m Tweaked', Math.floor(text.length / 2)) + 6 };
}

export async function benchLsp(): Promise<LspBench> {
  const folder = mkdtempSync(path.join(tmpdir(), 'weekly-review-lsp-bench-'));
  const client = await startClient({ rootPath: folder, settings: { debounceMs: 0 }, nodeArgs: ['--expose-gc'], env: { WEEKLY_REVIEW_LSP_BENCH: '1' } });
  try {
    const small = await openReview(client, folder, 100_000);
    const heapBeforeBytes = (await client.connection.sendRequest('weeklyReview/heapUsed')) as number;
    const edits = 1000;
    // Type a character, then take it out again: the text ends as it began, so any growth is kept garbage.
    for (let i = 0; i < edits; i++) await typeAt(client, small.uri, small.text, small.middle, i + 2, i % 2 === 0);
    const heapAfterBytes = (await client.connection.sendRequest('weeklyReview/heapUsed')) as number;
    const large = await openReview(client, folder, 1_000_000);
    const samples: number[] = [];
    for (let i = 0; i < 110; i++) {
      const ms = await typeAt(client, large.uri, large.text, large.middle, i + 2, i % 2 === 0);
      if (i >= 10) samples.push(ms);
    }
    return { heapBeforeBytes, heapAfterBytes, edits, keystrokeMs: { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), runs: samples.length } };
  } finally {
    await client.close();
  }
}

export function lspReport(result: LspBench): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    `(g) language server heap, 100 KB review: ${mb(result.heapBeforeBytes)} before, ${mb(result.heapAfterBytes)} after ${result.edits} edits (${result.heapAfterBytes >= result.heapBeforeBytes ? '+' : '−'}${mb(Math.abs(result.heapAfterBytes - result.heapBeforeBytes))})`,
    `(h) language server keystroke → diagnostics, 1 MB review, beyond the debounce: median ${result.keystrokeMs.median.toFixed(1)} ms, p95 ${result.keystrokeMs.p95.toFixed(1)} ms over ${result.keystrokeMs.runs} keystrokes (goal p95 ≤ 50 ms)`,
  ].join('\n');
}
