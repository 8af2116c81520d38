// A language client for the tests and the benchmark: builds the CLI bundle
// (with the server) into a temporary folder, spawns `weekly-review lsp
// --stdio`, and speaks the protocol over its pipes with vscode-jsonrpc. It
// answers `workspace/configuration` from a settings object and keeps the
// latest diagnostics per URI; tests wait on them by condition, never by time.
// It declares what VS Code's language client declares for diagnostics,
// unless told to be another client (NEOVIM_DIAGNOSTICS, or none at all).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsClientCapabilities, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

let built: Promise<string> | undefined;

/** The server bundle, built once per process from the sources (so a test never runs a stale dist/). */
export function serverBundle(): Promise<string> {
  built ??= (async () => {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'weekly-review-lsp-')), 'cli.js');
    await esbuild.build({ entryPoints: ['src/cli/main.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" }, define: { 'import.meta.url': '__importMetaUrl' } });
    return outfile;
  })();
  return built;
}

/** `textDocument.publishDiagnostics` as VS Code's language client declares it (vscode-languageclient, computeClientCapabilities). */
export const VSCODE_DIAGNOSTICS: PublishDiagnosticsClientCapabilities = { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true };

/** The same as Neovim's built-in client declares it (runtime/lua/vim/lsp/protocol.lua of Debian's 0.7.2): no codeDescriptionSupport. */
export const NEOVIM_DIAGNOSTICS: PublishDiagnosticsClientCapabilities = { relatedInformation: true, tagSupport: { valueSet: [1, 2] } };

export interface ClientOptions {
  rootPath?: string | null;
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Extra node flags and environment for the server process (the benchmark's --expose-gc). */
  nodeArgs?: string[];
  env?: Record<string, string>;
  /** Another server bundle to run instead of one built from the sources (the benchmark's --compare). */
  bundle?: string;
  /** What the client declares for publishDiagnostics (VS Code's unless given; null: nothing, as a minimal client). */
  publishDiagnostics?: PublishDiagnosticsClientCapabilities | null;
}

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Latest publish per URI. */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Resolves with the first publish for `uri` that satisfies `test` (the latest one already counts). */
  waitForDiagnostics(uri: string, test?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  open(file: string, text: string, version?: number): string;
  stderr(): string;
  close(): Promise<void>;
}

export const fileUri = (file: string): string => pathToFileURL(path.resolve(file)).href;

function answerClientRequests(connection: ProtocolConnection, settings: Record<string, unknown>): void {
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
  connection.onNotification('window/logMessage', () => undefined);
}

export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.bundle ?? await serverBundle(), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout as NodeJS.ReadableStream), new StreamMessageWriter(child.stdin as NodeJS.WritableStream));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters = new Set<{ uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    diagnostics.set(params.uri, params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.test(params)) {
        waiters.delete(waiter);
        waiter.resolve(params);
      }
    }
  });
  answerClientRequests(connection, options.settings ?? {});
  connection.listen();
  const root = options.rootPath === undefined ? undefined : options.rootPath;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: root ? fileUri(root) : null,
    workspaceFolders: root ? [{ uri: fileUri(root), name: path.basename(root) }] : null,
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      ...(options.publishDiagnostics === null ? {} : { textDocument: { publishDiagnostics: options.publishDiagnostics ?? VSCODE_DIAGNOSTICS } }),
    },
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    diagnostics,
    waitForDiagnostics(uri, test = () => true) {
      const latest = diagnostics.get(uri);
      if (latest && test(latest)) return Promise.resolve(latest);
      return new Promise((resolve) => waiters.add({ uri, test, resolve }));
    },
    open(file, text, version = 1) {
      const uri = fileUri(file);
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
      return uri;
    },
    stderr: () => errors,
    async close() {
      await connection.sendRequest('shutdown');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/** A diagnostic as the CLI's `check --format json` prints one (1-based, end exclusive). */
export function asCliDiagnostic(file: string, diagnostic: Diagnostic): Record<string, unknown> {
  const severities = ['', 'error', 'warning', 'info', 'hint'];
  return {
    file,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
    severity: severities[diagnostic.severity ?? 0],
    ruleId: diagnostic.code,
    message: diagnostic.message,
  };
}
