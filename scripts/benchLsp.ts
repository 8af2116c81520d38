// `npm run bench -- --lsp`: the language server measured from a protocol
// client (test/lsp/client.ts) over stdio, as an editor would see it:
//   (g) memory: the server's heap (after a collection) and its buffers
//       before and after 1,000 edits to a 100 KB review, each checked
//       (debounce 0);
//   (h) keystroke to diagnostics on a 1 MB review, beyond the debounce: the
//       time from sending `didChange` (one character) to receiving the
//       `publishDiagnostics` of that version, with `debounceMs` 0; median
//       and p95 over 100 keystrokes (goal: p95 ≤ 50 ms), split into the
//       server's part (to the message's first byte on the client's pipe),
//       the transfer (first to last byte) and the client's (last byte to
//       the parsed notification: decoding and JSON.parse);
//       Load from other processes stretches all of these; the CPU time of
//       each side per keystroke (means) does not depend on it as much;
//   (i) the same for a line break typed and taken out again, which moves
//       every later finding (no goal; what a new line costs).
// `--compare BUNDLE` runs (h) and (i) on another server bundle too (a
// `weekly-review` CLI bundle, e.g. one built from an earlier commit),
// alternating ten keystrokes at a time, so both are measured under the same
// load. `--cpu-prof DIR` writes the servers' CPU profiles there.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startClient, type TestClient } from '../test/lsp/client';
import { makeReview } from './lib/makeReview.mjs';

export interface Stat {
  median: number;
  p95: number;
}

export interface KeystrokeStats {
  runs: number;
  totalMs: Stat;
  serverMs: Stat;
  transferMs: Stat;
  clientMs: Stat;
  /** Mean CPU time per keystroke (user + system) of the server process and of the client (this process). */
  serverCpuMs: number;
  clientCpuMs: number;
  diagnostics: number;
  messageBytes: number;
}

export interface ServerBench {
  server: string;
  keystroke: KeystrokeStats;
  lineBreak: KeystrokeStats;
}

export interface LspBench {
  heapBeforeBytes: number;
  heapAfterBytes: number;
  buffersBeforeBytes: number;
  buffersAfterBytes: number;
  edits: number;
  /** This build first, then `--compare`'s bundle if given. */
  servers: ServerBench[];
}

interface Sample {
  total: number;
  server: number;
  transfer: number;
  client: number;
  clientCpu: number;
  diagnostics: number;
  bytes: number;
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const stat = (samples: number[]): Stat => ({ median: quantile(samples, 0.5), p95: quantile(samples, 0.95) });

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** When the bytes of the server's next message arrive: the first and the last chunk, before the client's reader sees them. */
function watchBytes(client: TestClient): { reset(): void; first(): number; last(): number; bytes(): number } {
  let first = 0;
  let last = 0;
  let bytes = 0;
  client.child.stdout?.prependListener('data', (chunk: Buffer) => {
    last = performance.now();
    if (first === 0) first = last;
    bytes += chunk.length;
  });
  return { reset: () => void (first = last = bytes = 0), first: () => first, last: () => last, bytes: () => bytes };
}

interface Doc {
  client: TestClient;
  bytes: ReturnType<typeof watchBytes>;
  uri: string;
  line: number;
  character: number;
  version: number;
}

/** Types `char` at the document's spot (an odd keystroke takes it out again) and times it to that version's diagnostics. */
async function type(doc: Doc, char: 'x' | '\n'): Promise<Sample> {
  const { line, character } = doc;
  const insert = doc.version % 2 === 1;
  const end = !insert ? (char === '\n' ? { line: line + 1, character: 0 } : { line, character: character + 1 }) : { line, character };
  const version = ++doc.version;
  doc.bytes.reset();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const published = doc.client.waitForDiagnostics(doc.uri, (p) => p.version === version);
  await doc.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [{ range: { start: { line, character }, end }, text: insert ? char : '' }] });
  const params = await published;
  const done = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  const first = doc.bytes.first();
  const last = doc.bytes.last();
  return { total: done - started, server: first - started, transfer: last - first, client: done - last, clientCpu: (user + system) / 1000, diagnostics: params.diagnostics.length, bytes: doc.bytes.bytes() };
}

async function openReview(client: TestClient, folder: string, bytes: number): Promise<Doc> {
  const text = makeReview(bytes) as string;
  const file = path.join(folder, `2026-W${bytes > 500_000 ? 47 : 46}.md`);
  writeFileSync(file, text);
  const watched = watchBytes(client);
  const uri = client.open(file, text, 1);
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
  const middle = text.indexOf('- 45m Tweaked', Math.floor(text.length / 2)) + 6;
  const before = text.slice(0, middle);
  return { client, bytes: watched, uri, line: before.split('\n').length - 1, character: middle - (before.lastIndexOf('\n') + 1), version: 1 };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

function statsOf(samples: Sample[], serverCpu: number[]): KeystrokeStats {
  return {
    runs: samples.length,
    totalMs: stat(samples.map((s) => s.total)),
    serverMs: stat(samples.map((s) => s.server)),
    transferMs: stat(samples.map((s) => s.transfer)),
    clientMs: stat(samples.map((s) => s.client)),
    serverCpuMs: mean(serverCpu),
    clientCpuMs: mean(samples.map((s) => s.clientCpu)),
    diagnostics: samples[0]?.diagnostics ?? 0,
    messageBytes: samples[0]?.bytes ?? 0,
  };
}

async function memory(client: TestClient): Promise<{ heapUsed: number; arrayBuffers: number }> {
  return (await client.connection.sendRequest('weeklyReview/memory')) as { heapUsed: number; arrayBuffers: number };
}

const serverCpu = async (client: TestClient) => (await client.connection.sendRequest('weeklyReview/cpu')) as number;

/** 100 keystrokes of each kind after 10 of warm-up, ten at a time on each server in turn. */
async function keystrokes(docs: Doc[], char: 'x' | '\n'): Promise<KeystrokeStats[]> {
  const samples: Sample[][] = docs.map(() => []);
  const cpu: number[][] = docs.map(() => []);
  for (let round = 0; round < 11; round++) {
    for (const [i, doc] of docs.entries()) {
      const cpuBefore = await serverCpu(doc.client);
      for (let k = 0; k < 10; k++) {
        const sample = await type(doc, char);
        if (round > 0) samples[i]?.push(sample);
      }
      if (round > 0) cpu[i]?.push(((await serverCpu(doc.client)) - cpuBefore) / 10);
    }
  }
  return samples.map((each, i) => statsOf(each, cpu[i] ?? []));
}

export async function benchLsp(): Promise<LspBench> {
  const folder = mkdtempSync(path.join(tmpdir(), 'weekly-review-lsp-bench-'));
  const profile = option('--cpu-prof');
  const nodeArgs = ['--expose-gc', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  const bundles = [undefined, option('--compare')].filter((bundle, i) => i === 0 || bundle !== undefined);
  const clients = await Promise.all(bundles.map((bundle) => startClient({ rootPath: folder, settings: { debounceMs: 0 }, nodeArgs, env: { WEEKLY_REVIEW_LSP_BENCH: '1' }, ...(bundle ? { bundle } : {}) })));
  try {
    const [client] = clients as [TestClient];
    const small = await openReview(client, folder, 100_000);
    const before = await memory(client);
    const edits = 1000;
    // Type a character, then take it out again: the text ends as it began, so any growth is kept garbage.
    for (let i = 0; i < edits; i++) await type(small, 'x');
    const after = await memory(client);
    const docs: Doc[] = [];
    for (const each of clients) docs.push(await openReview(each, folder, 1_000_000));
    const keystroke = await keystrokes(docs, 'x');
    const lineBreak = await keystrokes(docs, '\n');
    const servers = bundles.map((bundle, i) => ({ server: bundle ?? 'this build', keystroke: keystroke[i] as KeystrokeStats, lineBreak: lineBreak[i] as KeystrokeStats }));
    return { heapBeforeBytes: before.heapUsed, heapAfterBytes: after.heapUsed, buffersBeforeBytes: before.arrayBuffers, buffersAfterBytes: after.arrayBuffers, edits, servers };
  } finally {
    await Promise.all(clients.map((each) => each.close()));
  }
}

function keystrokeLine(label: string, k: KeystrokeStats): string {
  const part = (s: Stat) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
  return `${label}: median ${k.totalMs.median.toFixed(1)} ms, p95 ${k.totalMs.p95.toFixed(1)} ms over ${k.runs} (${k.diagnostics} diagnostics, ${(k.messageBytes / 1e6).toFixed(2)} MB a message); median / p95 of server ${part(k.serverMs)}, transfer ${part(k.transferMs)}, client ${part(k.clientMs)}; CPU per keystroke: server ${k.serverCpuMs.toFixed(1)} ms, client ${k.clientCpuMs.toFixed(1)} ms`;
}

export function lspReport(result: LspBench): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const delta = (a: number, b: number) => `${b >= a ? '+' : '−'}${mb(Math.abs(b - a))}`;
  const lines = [
    `(g) language server, 100 KB review, after a collection: heap ${mb(result.heapBeforeBytes)} before, ${mb(result.heapAfterBytes)} after ${result.edits} edits (${delta(result.heapBeforeBytes, result.heapAfterBytes)}); buffers ${mb(result.buffersBeforeBytes)} before, ${mb(result.buffersAfterBytes)} after (${delta(result.buffersBeforeBytes, result.buffersAfterBytes)})`,
  ];
  for (const server of result.servers) {
    const of = result.servers.length > 1 ? ` [${server.server}]` : '';
    lines.push(keystrokeLine(`(h) keystroke → diagnostics, 1 MB review, beyond the debounce (goal p95 ≤ 50 ms)${of}`, server.keystroke));
    lines.push(keystrokeLine(`(i) line break → diagnostics, 1 MB review${of}`, server.lineBreak));
  }
  return lines.join('\n');
}
