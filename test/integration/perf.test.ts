// What a person feels, measured in the real extension host (issue 11): run
// only by `node scripts/vscode-perf.mjs`, which sets WEEKLY_REVIEW_PERF_OUT and
// puts a generated 1 MB review in the workspace. Records extension
// activation time, the host's heap before and after opening the review, and
// for 30 one-character edits the time from the edit to the
// onDidChangeDiagnostics event for that document. Nothing here asserts a time:
// the script reports the numbers.

import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, ours, wsUri } from './helpers';

const OUT = process.env.WEEKLY_REVIEW_PERF_OUT;
const EDITS = 30;

function nextDiagnostics(uri: vscode.Uri, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no diagnostics within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === key)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

describe('editor performance @perf', function () {
  this.timeout(600_000);

  it('measures activation, memory and edit-to-diagnostics on a 1 MB review', async function () {
    if (!OUT) return this.skip();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    await activateExtension();
    const activationMs = performance.now() - started;
    const uri = wsUri('perf', '2026-W47.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const first = nextDiagnostics(uri, 120_000);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const openStarted = performance.now();
    await first;
    const firstCheckMs = performance.now() - openStarted;
    const heapAfterOpen = process.memoryUsage().heapUsed;
    const debounceMs = vscode.workspace.getConfiguration('weeklyReview', uri).get<number>('debounceMs') ?? 250;
    const middle = document.positionAt(document.getText().indexOf('- 45m Tweaked', Math.floor(document.getText().length / 2)) + 6);
    const samples: number[] = [];
    for (let edit = 0; edit < EDITS; edit++) {
      const published = nextDiagnostics(uri, 60_000);
      const t0 = performance.now();
      await editor.edit((builder) => builder.insert(middle, String.fromCharCode(97 + (edit % 26))));
      await published;
      samples.push(performance.now() - t0 - debounceMs);
    }
    const result = { activationMs, firstCheckMs, debounceMs, heapBeforeBytes: heapBefore, heapAfterOpenBytes: heapAfterOpen, editToDiagnosticsMs: samples, diagnostics: ours(uri).length, bytes: document.getText().length };
    writeFileSync(OUT, JSON.stringify(result, null, 2));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
