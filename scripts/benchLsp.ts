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
//       every later finding (no goal; what a new line costs);
//   (j) typing within the debounce: bursts of keystrokes 100 ms apart at
//       the default debounce (250 ms), so each burst is analysed and
//       published once; the server's and the client's CPU per keystroke;
//   (k) edits spread over the review: a letter typed at a random place and
//       taken out, 60 ms apart, at debounce 0: publishes and bytes the
//       client received, and each side's CPU, per edit (a list the client
//       holds is not sent again, and a letter typed in prose changes none).
// (h) and (i) run for two clients, each on its own server: one that declares
// what VS Code's language client declares for publishDiagnostics (the
// rule's link included: codeDescriptionSupport) and one that declares what
// Neovim's does (no link); a publish carries what its client takes.
// `--compare BUNDLE` runs (h), (i), (j) and (k) on another server bundle too (a
// `weekly-review` CLI bundle, e.g. one built from an earlier commit), for
// both clients. Every server takes ten keystrokes in turn, so all are
// measured under the same load. `--cpu-prof DIR` writes the servers' CPU
// profiles there.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PublishDiagnosticsClientCapabilities } from 'vscode-languageserver-protocol/node';
import { NEOVIM_DIAGNOSTICS, startClient, VSCODE_DIAGNOSTICS, type TestClient } from '../test/lsp/client';
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
  /** The client it served: what that client declared for publishDiagnostics. */
  client: string;
  keystroke: KeystrokeStats;
  lineBreak: KeystrokeStats;
}

export interface LspBench {
  heapBeforeBytes: number;
  heapAfterBytes: number;
  buffersBeforeBytes: number;
  buffersAfterBytes: number;
  edits: number;
  /** This build first, then `--compare`'s bundle if given; for each, the VS Code client, then the Neovim client. */
  servers: ServerBench[];
  /** (j) per bundle, with the VS Code client. */
  typing: BurstStats[];
  /** (k) per bundle and client, as `servers`. */
  scattered: ScatteredStats[];
  /** The machine's 1-minute load average when the run began and when it ended: other processes stretch every time here. */
  loadBefore: number;
  loadAfter: number;
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

/** Sends the next keystroke: `char` typed at the document's spot, or (an odd one) taken out again; its version. */
async function keystroke(doc: Doc, char: 'x' | '\n'): Promise<number> {
  const { line, character } = doc;
  const insert = doc.version % 2 === 1;
  const end = !insert ? (char === '\n' ? { line: line + 1, character: 0 } : { line, character: character + 1 }) : { line, character };
  const version = ++doc.version;
  await doc.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [{ range: { start: { line, character }, end }, text: insert ? char : '' }] });
  return version;
}

/** Types a keystroke and times it to that version's diagnostics. */
async function type(doc: Doc, char: 'x' | '\n'): Promise<Sample> {
  doc.bytes.reset();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const version = doc.version + 1;
  const published = doc.client.waitForDiagnostics(doc.uri, (p) => p.version === version);
  await keystroke(doc, char);
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

export interface BurstStats {
  server: string;
  bursts: number;
  keystrokesPerBurst: number;
  gapMs: number;
  debounceMs: number;
  /** Mean CPU time per keystroke of the server, and of the client, over the bursts (each ending in one publish). */
  serverCpuMs: number;
  clientCpuMs: number;
}

// An odd number of keystrokes (a character typed, then taken out, …): each burst ends on the text the
// last one did not, so its findings differ and are published (a list the client holds is not sent again).
const BURST = { bursts: 5, keystrokes: 21, gapMs: 100, debounceMs: 250 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** (j): bursts of keystrokes `gapMs` apart, within the debounce, each burst published once; every server in turn. */
async function bursts(docs: Doc[]): Promise<{ serverCpuMs: number; clientCpuMs: number }[]> {
  const server: number[][] = docs.map(() => []);
  const client: number[][] = docs.map(() => []);
  for (let round = 0; round <= BURST.bursts; round++) {
    for (const [i, doc] of docs.entries()) {
      const cpuBefore = await serverCpu(doc.client);
      const clientBefore = process.cpuUsage();
      let version = doc.version;
      for (let k = 0; k < BURST.keystrokes; k++) {
        version = await keystroke(doc, 'x');
        // The typist's pace, which is what the debounce folds.
        if (k < BURST.keystrokes - 1) await sleep(BURST.gapMs);
      }
      await doc.client.waitForDiagnostics(doc.uri, (p) => p.version === version);
      const { user, system } = process.cpuUsage(clientBefore);
      // The first round warms up.
      if (round === 0) continue;
      server[i]?.push(((await serverCpu(doc.client)) - cpuBefore) / BURST.keystrokes);
      client[i]?.push((user + system) / 1000 / BURST.keystrokes);
    }
    // The run's trends and findings are derived again once typing has paused for a second: once a pause, not per keystroke, so outside the count.
    await sleep(1500);
  }
  return docs.map((_, i) => ({ serverCpuMs: mean(server[i] ?? []), clientCpuMs: mean(client[i] ?? []) }));
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

export interface ScatteredStats {
  server: string;
  client: string;
  /** Letters typed (each taken out again: twice as many edits), each at a random place of the 1 MB review. */
  places: number;
  edits: number;
  /** Publishes the client received, and the bytes (all messages), per edit. */
  publishesPerEdit: number;
  bytesPerEdit: number;
  /** Mean CPU time per edit of the server process and of the client (this process). */
  serverCpuMs: number;
  clientCpuMs: number;
}

const SCATTER = { places: 60, gapMs: 60, seed: 20261207 };

/** A line and column of the review at random (a fixed seed: the same places on every server and in every run). */
function randomPlaces(text: string, count: number): { line: number; character: number }[] {
  const lines = text.split('\n');
  let seed = SCATTER.seed;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    const line = Math.floor(next() * lines.length);
    return { line, character: Math.floor(next() * ((lines[line] as string).length + 1)) };
  });
}

/**
 * (k): a letter typed at a random place and taken out again, `gapMs` apart
 * (time for each edit to be checked, at debounce 0), every server in turn:
 * what reaches the client when the edits are spread over the review, some
 * changing a finding and some not.
 */
async function scattered(docs: Doc[], text: string): Promise<Omit<ScatteredStats, 'server' | 'client'>[]> {
  const places = randomPlaces(text, SCATTER.places);
  const results: Omit<ScatteredStats, 'server' | 'client'>[] = [];
  for (const doc of docs) {
    let publishes = 0;
    // Counts every publish of the document from now on (the test never holds).
    void doc.client.waitForDiagnostics(doc.uri, () => {
      publishes++;
      return false;
    });
    publishes = 0;
    const cpuBefore = await serverCpu(doc.client);
    const clientBefore = process.cpuUsage();
    doc.bytes.reset();
    for (const { line, character } of places) {
      for (const insert of [true, false]) {
        const end = insert ? { line, character } : { line, character: character + 1 };
        await doc.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version: ++doc.version }, contentChanges: [{ range: { start: { line, character }, end }, text: insert ? 'x' : '' }] });
        await sleep(SCATTER.gapMs);
      }
    }
    const { user, system } = process.cpuUsage(clientBefore);
    const edits = places.length * 2;
    results.push({ places: places.length, edits, publishesPerEdit: publishes / edits, bytesPerEdit: doc.bytes.bytes() / edits, serverCpuMs: ((await serverCpu(doc.client)) - cpuBefore) / edits, clientCpuMs: (user + system) / 1000 / edits });
  }
  return results;
}

/** The clients of (h) and (i): what each declares for publishDiagnostics. */
const CLIENTS: { name: string; publishDiagnostics: PublishDiagnosticsClientCapabilities }[] = [
  { name: 'VS Code client', publishDiagnostics: VSCODE_DIAGNOSTICS },
  { name: 'Neovim client', publishDiagnostics: NEOVIM_DIAGNOSTICS },
];

export async function benchLsp(): Promise<LspBench> {
  const loadBefore = loadavg()[0] ?? 0;
  const folder = mkdtempSync(path.join(tmpdir(), 'weekly-review-lsp-bench-'));
  const profile = option('--cpu-prof');
  const nodeArgs = ['--expose-gc', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  const bundles = [undefined, option('--compare')].filter((bundle, i) => i === 0 || bundle !== undefined);
  const runs = bundles.flatMap((bundle) => CLIENTS.map((client) => ({ bundle, client })));
  const clients = await Promise.all(runs.map(({ bundle, client }) => startClient({ rootPath: folder, settings: { debounceMs: 0 }, nodeArgs, env: { WEEKLY_REVIEW_LSP_BENCH: '1' }, publishDiagnostics: client.publishDiagnostics, ...(bundle ? { bundle } : {}) })));
  // (j)'s servers, at a typist's debounce.
  const typists = await Promise.all(bundles.map((bundle) => startClient({ rootPath: folder, settings: { debounceMs: BURST.debounceMs }, nodeArgs, env: { WEEKLY_REVIEW_LSP_BENCH: '1' }, ...(bundle ? { bundle } : {}) })));
  clients.push(...typists);
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
    const typed = docs.splice(runs.length);
    const keystroke = await keystrokes(docs, 'x');
    const lineBreak = await keystrokes(docs, '\n');
    const spread = await scattered(docs, makeReview(1_000_000) as string);
    const servers = runs.map(({ bundle, client: { name } }, i) => ({ server: bundle ?? 'this build', client: name, keystroke: keystroke[i] as KeystrokeStats, lineBreak: lineBreak[i] as KeystrokeStats }));
    const scatteredStats = runs.map(({ bundle, client: { name } }, i) => ({ server: bundle ?? 'this build', client: name, ...(spread[i] as Omit<ScatteredStats, 'server' | 'client'>) }));
    const typing = (await bursts(typed)).map((cpu, i) => ({ server: bundles[i] ?? 'this build', bursts: BURST.bursts, keystrokesPerBurst: BURST.keystrokes, gapMs: BURST.gapMs, debounceMs: BURST.debounceMs, ...cpu }));
    return { heapBeforeBytes: before.heapUsed, heapAfterBytes: after.heapUsed, buffersBeforeBytes: before.arrayBuffers, buffersAfterBytes: after.arrayBuffers, edits, servers, typing, scattered: scatteredStats, loadBefore, loadAfter: loadavg()[0] ?? 0 };
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
    `load average (1 minute) ${result.loadBefore.toFixed(2)} when the run began, ${result.loadAfter.toFixed(2)} when it ended`,
    `(g) language server, 100 KB review, after a collection: heap ${mb(result.heapBeforeBytes)} before, ${mb(result.heapAfterBytes)} after ${result.edits} edits (${delta(result.heapBeforeBytes, result.heapAfterBytes)}); buffers ${mb(result.buffersBeforeBytes)} before, ${mb(result.buffersAfterBytes)} after (${delta(result.buffersBeforeBytes, result.buffersAfterBytes)})`,
  ];
  const compared = new Set(result.servers.map((server) => server.server)).size > 1;
  for (const server of result.servers) {
    const of = ` [${compared ? `${server.server}, ` : ''}${server.client}]`;
    lines.push(keystrokeLine(`(h) keystroke → diagnostics, 1 MB review, beyond the debounce (goal p95 ≤ 50 ms)${of}`, server.keystroke));
    lines.push(keystrokeLine(`(i) line break → diagnostics, 1 MB review${of}`, server.lineBreak));
  }
  for (const typing of result.typing) {
    const of = compared ? ` [${typing.server}]` : '';
    lines.push(`(j) typing within the debounce (${typing.debounceMs} ms), 1 MB review${of}: ${typing.bursts} bursts of ${typing.keystrokesPerBurst} keystrokes ${typing.gapMs} ms apart, one publish each; CPU per keystroke: server ${typing.serverCpuMs.toFixed(1)} ms, client ${typing.clientCpuMs.toFixed(1)} ms`);
  }
  for (const each of result.scattered) {
    const of = ` [${compared ? `${each.server}, ` : ''}${each.client}]`;
    lines.push(`(k) a letter typed at a random place and taken out, 1 MB review${of}: ${each.edits} edits at ${each.places} places; per edit ${each.publishesPerEdit.toFixed(2)} publishes, ${(each.bytesPerEdit / 1e6).toFixed(2)} MB received; CPU per edit: server ${each.serverCpuMs.toFixed(1)} ms, client ${each.clientCpuMs.toFixed(1)} ms`);
  }
  return lines.join('\n');
}
