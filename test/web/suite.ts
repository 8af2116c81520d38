// The browser extension-host suite (issue 20): loaded by VS Code's web-worker
// extension host as `extensionTestsPath`, next to the extension loaded from
// its `browser` entry (extensionDevelopmentKind web). A web worker has no
// Node, no Mocha and no file system: this file is one self-contained bundle
// (test/web/run.mjs builds it), reads the workspace through
// vscode.workspace.fs, prints `[web-test] PASS|FAIL name` lines to the
// console the runner reads, and rejects `run()` when any test failed, which
// the workbench reports through codeAutomationExit.

import * as vscode from 'vscode';
import { parseVerdicts } from '../../src/core';

const EXTENSION_ID = 'weekly-review.weekly-review';
const WAIT_MS = 30_000;
const SEVERITY = ['error', 'warning', 'info', 'hint'];

interface CliFinding { line: number; column: number; endLine: number; endColumn: number; severity: string; ruleId: string; message: string }

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function folder(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(root, 'the runner must open a workspace folder');
  return root;
}

async function readJson<T>(...segments: string[]): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), ...segments)))) as T;
}

const ruleOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** One line per finding, 1-based with the end column exclusive, as `check --format json` prints it. */
const fromEditor = (d: vscode.Diagnostic): string =>
  `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity]} ${ruleOf(d)} ${d.message}`;
const fromCli = (f: CliFinding): string => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${f.message}`;

/** Our diagnostics for `uri` once the first non-empty set is published (event-driven, with a deadline). */
function diagnosticsOf(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'weekly-review');
  return new Promise((resolve, reject) => {
    const done = (list: vscode.Diagnostic[]) => {
      subscription.dispose();
      clearTimeout(timer);
      resolve(list);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString()) && ours().length > 0) done(ours());
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no weekly-review diagnostics on ${uri.toString()} within ${WAIT_MS} ms`));
    }, WAIT_MS);
    if (ours().length > 0) done(ours());
  });
}

/** Resolves when the summary panel's tab is open (tab changes are events). */
function summaryTabOpened(): Promise<void> {
  const open = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('weeklyReview.summary'));
  return new Promise((resolve, reject) => {
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!open()) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`the summary panel did not open within ${WAIT_MS} ms`));
    }, WAIT_MS);
  });
}

/** The runner's answer in the workspace file `name`. No event tells a worker that a file appeared on the server: polled, with a deadline. */
async function answer(name: string): Promise<string> {
  const uri = vscode.Uri.joinPath(folder(), name);
  const deadline = Date.now() + 2 * WAIT_MS;
  for (;;) {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      if (Date.now() > deadline) throw new Error(`the runner did not answer in ${name} within ${2 * WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const review = () => vscode.Uri.joinPath(folder(), '2026-W47.md');

/** Resolves once our diagnostics for `uri` satisfy `test` (event-driven, with a deadline). */
function diagnosticsWhen(uri: vscode.Uri, test: (list: vscode.Diagnostic[]) => boolean, what: string): Promise<void> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'weekly-review');
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString()) || !test(ours())) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`${what} within ${WAIT_MS} ms`));
    }, WAIT_MS);
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

const tests: [string, () => Promise<void>][] = [
  ['runs in the browser: vscode.env.uiKind is Web', async () => {
    check(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}, not Web (${vscode.UIKind.Web})`);
    check(typeof (globalThis as { process?: unknown }).process === 'undefined', 'a web worker has no process global');
  }],
  ['the extension is active in the web worker, on a workspace that is not file:', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    check(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
    check(extension.isActive, 'the extension did not activate');
    // UI: the extension runs beside the workbench (the browser's worker), not in the remote Node host.
    check(extension.extensionKind === vscode.ExtensionKind.UI, `extensionKind is ${extension.extensionKind}: the extension runs in the remote Node host, not the web worker`);
    check(folder().scheme !== 'file', `the workspace scheme is ${folder().scheme}`);
  }],
  ['diagnostics for 2026-W47.md equal `weekly-review check --format json` exactly', async () => {
    const expected = (await readJson<CliFinding[]>('expected', '2026-W47.check.json')).map(fromCli).sort();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(review()));
    const actual = (await diagnosticsOf(review())).map(fromEditor).sort();
    check(expected.length > 0, 'the CLI found nothing: the comparison would prove nothing');
    check(JSON.stringify(actual) === JSON.stringify(expected), `diagnostics differ from the CLI:\n  expected ${JSON.stringify(expected, null, 1)}\n  actual   ${JSON.stringify(actual, null, 1)}`);
  }],
  ['hover on a low-value item explains it with its evidence', async () => {
    const expected = (await readJson<CliFinding[]>('expected', '2026-W47.check.json')).find((f) => f.ruleId === 'low-value-item');
    check(expected, 'the CLI reports no low-value item');
    const position = new vscode.Position(expected.line - 1, expected.column + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', review(), position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    check(text.includes('Score') && text.includes('low value'), `no weekly-review hover at ${expected.line}:${expected.column + 3}; got ${JSON.stringify(text)}`);
  }],
  ['Summarize week opens the summary panel', async () => {
    const opened = summaryTabOpened();
    await vscode.commands.executeCommand('weeklyReview.summarize', review());
    await opened;
  }],
  ['the summary panel renders the review (its script ran under the Web Crypto nonce)', async () => {
    // Only the page can look inside the webview: ask the runner, which answers with a file.
    console.log('[web-test] PANEL-OPEN');
    const seen = await answer('panel-seen.json');
    check(JSON.parse(seen).head?.includes('2026-W47.md'), `the panel's head reads ${seen}`);
  }],
  // Last: a remembered verdict changes how the review is judged.
  ['"Worth my time: remember" writes .weekly-review/verdicts.yaml through workspace.fs, and the item is judged by it', async () => {
    const finding = (await readJson<CliFinding[]>('expected', '2026-W47.check.json')).find((f) => f.ruleId === 'low-value-item');
    check(finding, 'the CLI reports no low-value item');
    const verdicts = vscode.Uri.joinPath(folder(), '.weekly-review', 'verdicts.yaml');
    check(!(await exists(verdicts)), 'the workspace has a verdicts file before the test: it would prove nothing');
    const line = finding.line - 1;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', review(), new vscode.Range(line, finding.column - 1, line, finding.column - 1), vscode.CodeActionKind.QuickFix.value);
    const remember = actions.find((a) => a.title === 'Worth my time: remember');
    check(remember?.command, `no "Worth my time: remember" on line ${finding.line}; offered ${JSON.stringify(actions.map((a) => a.title))}`);
    const judged = diagnosticsWhen(review(), (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'low-value-item' && d.range.start.line === line), `line ${finding.line} still has low-value-item after remembering`);
    const done = await vscode.commands.executeCommand<boolean>(remember.command.command, ...(remember.command.arguments ?? []));
    check(done === true, `the remember command answered ${String(done)}`);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(verdicts));
    const { memory, problems } = parseVerdicts(verdicts.path, text);
    check(problems.length === 0, `the written file has problems: ${JSON.stringify(problems)}\n${text}`);
    const [entry, ...more] = memory?.entries ?? [];
    const itemLine = (await vscode.workspace.openTextDocument(review())).lineAt(line).text;
    check(entry && more.length === 0, `expected one remembered verdict, read ${JSON.stringify(memory?.entries)}`);
    check(entry.verdict === 'worthy' && entry.week === '2026-W47' && entry.text.length > 0 && itemLine.includes(entry.text), `the entry ${JSON.stringify(entry)} is not the item on line ${finding.line}: ${itemLine}`);
    await judged;
  }],
];

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, body] of tests) {
    try {
      await body();
      console.log(`[web-test] PASS ${name}`);
    } catch (error) {
      failed++;
      console.log(`[web-test] FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`[web-test] DONE ${tests.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} web test(s) failed`);
}
