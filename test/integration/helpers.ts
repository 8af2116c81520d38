// Shared helpers for the integration suite (bundled into each *.test.ts).
// Everything waits on VS Code events with a deadline; polling is used only
// where VS Code has no event for the thing awaited (provider results, files).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { createReviewService } from '../../src/core';

export const EXTENSION_ID = 'weekly-review.weekly-review';
export const SOURCE = 'weekly-review';
/** Below Mocha's 20 s per-test timeout, so a wait fails with its own message. */
export const DEFAULT_WAIT_MS = 15_000;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner must open a workspace folder (scripts/test-vscode.mjs prepares it)');
  return folder;
}

export function wsUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...segments);
}

export function readJson<T>(...segments: string[]): T {
  return JSON.parse(readFileSync(wsUri(...segments).fsPath, 'utf8')) as T;
}

/** Activates the extension under test (it activates on markdown anyway; this makes failures explicit). */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath)`);
  await extension.activate();
  return extension;
}

export async function open(uri: vscode.Uri, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

/** `low-value-item 10:6-10:54 warning`: 0-based VS Code coordinates, readable in assertion diffs. */
export function describe0(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${ruleOf(d)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${SEVERITY_NAMES[d.severity]}`;
}

export function describeAll(list: readonly vscode.Diagnostic[]): string[] {
  return list.map(describe0).sort();
}

/**
 * Resolves with our diagnostics for `uri` once `accept` returns true for
 * them. Checks immediately, then on every onDidChangeDiagnostics event for
 * that uri; rejects at the deadline showing what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  { timeoutMs = DEFAULT_WAIT_MS, what = 'diagnostics' }: { timeoutMs?: number; what?: string } = {},
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let done = false;
    const check = (): void => {
      if (done) return;
      const current = ours(uri);
      if (accept(current)) {
        done = true;
        subscription.dispose();
        clearTimeout(timer);
        resolve(current);
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; last seen:\n  ${describeAll(ours(uri)).join('\n  ') || '(none)'}`));
    }, timeoutMs);
    check();
  });
}

/** The first non-empty publication: the controller sets a document's whole list at once. */
export function firstDiagnostics(uri: vscode.Uri, timeoutMs = DEFAULT_WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (list) => list.length > 0, { timeoutMs, what: 'the first diagnostics' });
}

/** Polls `probe` until it returns a value other than undefined (for things VS Code raises no event for). */
export async function pollUntil<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = DEFAULT_WAIT_MS, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resolves on the next change of `document`'s text that satisfies `accept`. */
export function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<string> {
  if (accept(document.getText())) return Promise.resolve(document.getText());
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || !accept(document.getText())) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(document.getText());
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for the text of ${vscode.workspace.asRelativePath(document.uri)} to change`));
    }, timeoutMs);
  });
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Replaces a document's whole text in one edit (one undo step). */
export async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Plain text of a hover's contents (MarkdownString or MarkedString). */
export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** A finding as the CLI prints it (`check --format json`): 1-based, end column exclusive. */
export interface CliFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  ruleId: string;
  message: string;
}

/** The CLI's 1-based finding in describe0's 0-based notation. */
export function describeCli(f: CliFinding): string {
  return `${f.ruleId} ${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${f.severity}`;
}

/**
 * What the engine itself reports for `text` (built-in rubric, no settings),
 * as describe0 strings: the oracle for generated reviews. Only valid for files
 * with no .weekly-review.* above them (the host here finds no files).
 */
export async function engineExpectation(uri: vscode.Uri, text: string): Promise<string[]> {
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze(uri.path, text);
  return analysis.diagnostics
    .map((d) => describeCli({ line: d.range.start.line, column: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column, severity: d.severity, ruleId: d.ruleId, message: d.message }))
    .sort();
}

/** The summary panel's tab, if open. */
export function summaryTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('weeklyReview.summary'));
}
