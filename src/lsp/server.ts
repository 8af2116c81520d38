// `weekly-review lsp`: the language server, an adapter over the workspace
// engine (core/workspace) like the VS Code extension. It translates protocol
// messages to engine calls and engine results to protocol types, and decides
// nothing itself: diagnostics (debounced by `weeklyReview.debounceMs`, stale
// results dropped by the engine's tickets, workspace rules included), hover,
// quick fixes as workspace edits (teach-a-category and remember-a-verdict
// included), CodeLens on category headings, and `workspace/executeCommand`
// `weeklyReview.summary`, which returns the summary JSON.

import { CodeActionKind, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments, type CodeAction, type CodeActionParams, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { createReviewService, createReviewWorkspace, reviewHostOf, type ReviewWorkspace, type WatchEvent } from '../core';
import { diagnosticSupportOf, fileChangeEdit, toCodeAction, type DiagnosticSupport } from './convert';
import { PIECEWISE_DOCUMENTS, type PiecewiseTextDocument } from './document';
import { LspHost } from './host';
import { PublishedDiagnostics } from './published';
import { pathOfUri, toEngineRange, toLspRange, toPoint, uriOfPath } from './paths';

export const SUMMARY_COMMAND = 'weeklyReview.summary';

interface Server {
  connection: Connection;
  documents: TextDocuments<PiecewiseTextDocument>;
  host: LspHost;
  workspace: ReviewWorkspace;
  /** The client's URI of each open document, by engine path (published back exactly as the client spelled it). */
  uris: Map<string, string>;
  /** Resolves once the first settings arrived: documents wait for it, so a review is never checked with the wrong ones. */
  settingsLoaded: Promise<void>;
  canConfigure: boolean;
  /** The client sends workspace folder changes. */
  foldersChange: boolean;
  /** The client watches files for the server when asked (dynamic registration). */
  watchFiles: boolean;
  /** Paths the workspace has been told are open. */
  opened: Set<string>;
  /** Paths published for their workspace findings alone (not open): cleared when the findings go. */
  workspaceOnly: Set<string>;
  /** Each URI's last published list, so a keystroke converts only the findings it changed. */
  published: PublishedDiagnostics;
  /** What the client takes in a diagnostic (published, and in a code action). */
  diagnosticSupport: DiagnosticSupport;
}

function foldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders.map((folder) => pathOfUri(folder.uri));
  // A client without folder support may still give a root; with neither, reviews form folderless runs.
  if (params.rootUri) return [pathOfUri(params.rootUri)];
  return [];
}

function capabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
    codeLensProvider: { resolveProvider: false },
    executeCommandProvider: { commands: [SUMMARY_COMMAND] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

function uriOf(server: Server, path: string): string {
  return server.uris.get(path) ?? uriOfPath(path);
}

/** Publishes a review's findings (its own and the workspace's), for the version they were computed from; nothing when the client holds this list already. */
function publish(server: Server, path: string): void {
  const state = server.workspace.stateOf(path);
  const uri = uriOf(server, path);
  const diagnostics = server.published.convert(uri, server.workspace.diagnostics(path));
  if (diagnostics) server.connection.sendDiagnostics({ uri, ...(state ? { version: state.version } : {}), diagnostics });
}

async function loadSettings(server: Server): Promise<void> {
  if (!server.canConfigure) return;
  const folders = server.host.folders();
  const items = [{ section: 'weeklyReview' }, ...folders.map((folder) => ({ scopeUri: uriOfPath(folder), section: 'weeklyReview' }))];
  try {
    const [window, ...perFolder] = (await server.connection.workspace.getConfiguration(items)) as unknown[];
    server.host.setSettings(window, perFolder);
  } catch (error) {
    server.connection.console.warn(`weekly-review: reading the weeklyReview settings failed (${String(error)}); using the defaults.`);
  }
}

function listenToDocuments(server: Server): void {
  const { documents, workspace } = server;
  // Before its first check: that list goes out even if it is the last one sent.
  documents.onDidOpen(({ document }) => server.published.forget(document.uri));
  documents.onDidChangeContent(({ document }) => {
    const path = pathOfUri(document.uri);
    server.uris.set(path, document.uri);
    void server.settingsLoaded.then(() => {
      const current = documents.get(document.uri);
      if (!current) return;
      // The text as a function: made when the engine analyses (after the debounce), not on every keystroke.
      if (server.opened.has(path)) return workspace.change(path, () => current.getText(), current.version);
      server.opened.add(path);
      workspace.open(path, current.getText(), current.version);
    });
  });
  documents.onDidClose(({ document }) => {
    const path = pathOfUri(document.uri);
    void server.settingsLoaded.then(() => {
      server.opened.delete(path);
      workspace.close(path);
      // Its own findings go with it; the workspace's stay while the run has them.
      publish(server, path);
      server.uris.delete(path);
    });
  });
}

/** After a run changed: every open review, every file with workspace findings, and those that just lost theirs. */
function republishRuns(server: Server): void {
  const withFindings = new Set(server.workspace.pathsWithWorkspaceFindings());
  const paths = new Set([...server.opened, ...withFindings, ...server.workspaceOnly]);
  for (const path of paths) publish(server, path);
  server.workspaceOnly.clear();
  for (const path of withFindings) if (!server.opened.has(path)) server.workspaceOnly.add(path);
}

function listenToWorkspace(server: Server): void {
  const { connection, workspace, host } = server;
  workspace.onDidAnalyze((state) => publish(server, state.path));
  workspace.onDidForget((path) => publish(server, path));
  workspace.onDidChangeRuns(() => republishRuns(server));
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const kind: WatchEvent['kind'] = change.type === 1 ? 'created' : change.type === 2 ? 'changed' : 'deleted';
      host.fire({ kind, path: pathOfUri(change.uri) });
    }
  });
  connection.onDidChangeConfiguration(({ settings }) => {
    // A client that cannot be asked (no workspace/configuration) pushes its settings here instead.
    const pushed = settings !== null && typeof settings === 'object' ? (settings as { weeklyReview?: unknown }).weeklyReview : undefined;
    if (!server.canConfigure && pushed !== undefined) host.setSettings(pushed, []);
    void loadSettings(server).then(() => workspace.settingsChanged());
  });
  // Asked for only of a client that sends folder changes (the library refuses the handler otherwise).
  if (!server.foldersChange) return;
  connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
    const gone = new Set(removed.map((folder) => pathOfUri(folder.uri)));
    host.setFolders([...host.folders().filter((folder) => !gone.has(folder)), ...added.map((folder) => pathOfUri(folder.uri))]);
    void loadSettings(server).then(() => workspace.settingsChanged());
  });
}

async function codeActions(server: Server, params: CodeActionParams): Promise<CodeAction[]> {
  const path = pathOfUri(params.textDocument.uri);
  const only = params.context.only?.map((kind) => (kind.startsWith(CodeActionKind.Refactor) ? 'refactor' : kind.startsWith(CodeActionKind.QuickFix) ? 'quickfix' : undefined)).filter((kind): kind is 'quickfix' | 'refactor' => kind !== undefined);
  const current = server.documents.get(params.textDocument.uri);
  // Edits are computed from the analysis: if the client's text moved on since, offer nothing until the next check.
  if (!current || server.workspace.stateOf(path)?.version !== current.version) return [];
  const result: CodeAction[] = [];
  for (const action of server.workspace.codeActions(path, toEngineRange(params.range), only && only.length > 0 ? only : undefined)) {
    if (!action.teach && !action.remember) {
      result.push(toCodeAction(params.textDocument.uri, action, server.diagnosticSupport));
      continue;
    }
    const change = await server.workspace.resolveChange(path, action);
    // A refused write (Restricted Mode, a rubric file in the way) is not offered: the reason goes to the log.
    if (!change || 'refused' in change) {
      if (change) server.connection.console.info(`weekly-review: ${action.title}: ${change.refused}`);
      continue;
    }
    result.push({ title: action.title, kind: CodeActionKind.QuickFix, edit: fileChangeEdit(change), isPreferred: false });
  }
  return result;
}

function summaryTarget(args: unknown[] | undefined): string | undefined {
  const first = args?.[0];
  if (typeof first === 'string') return first;
  if (first !== null && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  return undefined;
}

/** `weeklyReview.summary [uri]`: the summary JSON of a review (open, or read from disk for the call). */
async function summary(server: Server, args: unknown[] | undefined): Promise<unknown> {
  const uri = summaryTarget(args);
  if (uri === undefined) throw new Error('weeklyReview.summary takes the review\'s URI as its first argument.');
  const path = pathOfUri(uri);
  if (server.opened.has(path)) return (await server.workspace.summaryJson(path)) ?? null;
  const text = await server.host.readFile(path);
  if (text === undefined) throw new Error(`cannot read ${path}: open the review or check the path.`);
  server.workspace.open(path, text, 0);
  try {
    return (await server.workspace.summaryJson(path)) ?? null;
  } finally {
    server.workspace.close(path);
  }
}

function listenToFeatures(server: Server): void {
  const { connection, workspace } = server;
  connection.onHover(({ textDocument, position }) => {
    const hover = workspace.hover(pathOfUri(textDocument.uri), toPoint(position));
    return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: toLspRange(hover.range) } : null;
  });
  connection.onCodeAction((params) => codeActions(server, params));
  connection.onCodeLens(({ textDocument }) => workspace.lenses(pathOfUri(textDocument.uri)).map((lens) => ({
    range: toLspRange(lens.range),
    command: { title: lens.title, command: SUMMARY_COMMAND, arguments: [textDocument.uri] },
  })));
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== SUMMARY_COMMAND) throw new Error(`unknown command ${command}; this server runs ${SUMMARY_COMMAND}.`);
    return summary(server, args);
  });
}

/** Wires the server to a connection; the caller calls `connection.listen()`. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(PIECEWISE_DOCUMENTS);
  let server: Server | undefined;
  let settingsReady: () => void = () => undefined;
  const settingsLoaded = new Promise<void>((resolve) => (settingsReady = resolve));
  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as { trusted?: unknown };
    const host = new LspHost({
      folders: foldersOf(params),
      trusted: options.trusted !== false,
      openText: (path) => (server ? documents.get(uriOf(server, path))?.getText() : undefined),
      log: (message) => connection.console.error(`weekly-review: ${message}`),
    });
    const workspace = createReviewWorkspace(createReviewService(reviewHostOf(host)), host);
    const canConfigure = params.capabilities.workspace?.configuration === true;
    const diagnosticSupport = diagnosticSupportOf(params.capabilities);
    server = { connection, documents, host, workspace, uris: new Map(), settingsLoaded, canConfigure, foldersChange: params.capabilities.workspace?.workspaceFolders === true, watchFiles: params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true, opened: new Set(), workspaceOnly: new Set(), published: new PublishedDiagnostics(diagnosticSupport), diagnosticSupport };
    listenToDocuments(server);
    listenToWorkspace(server);
    listenToFeatures(server);
    return { capabilities: capabilities(), serverInfo: { name: 'weekly-review' } };
  });
  connection.onInitialized(() => {
    if (!server) return;
    // Reviews, rubrics, people and verdict files changed on disk: the client watches, when it can be asked to.
    if (server.watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown,yaml,yml,json}' }] });
    void loadSettings(server).finally(settingsReady);
  });
  connection.onShutdown(() => server?.workspace.dispose());
  // For the benchmark (npm run bench -- --lsp) only: the server's heap after a collection, and its buffers.
  if (process.env.WEEKLY_REVIEW_LSP_BENCH === '1') {
    connection.onRequest('weeklyReview/memory', () => {
      (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return { heapUsed, arrayBuffers };
    });
    // Its CPU time so far (user and system, milliseconds): what a keystroke costs it, whatever else runs on the machine.
    connection.onRequest('weeklyReview/cpu', () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    });
  }
  documents.listen(connection);
}
