// What a person feels, measured in the real extension host (issue 11): run
// only by `node scripts/vscode-perf.mjs`, which sets WEEKLY_REVIEW_PERF_OUT and
// puts a generated 1 MB review in the workspace. Records extension
// activation time, the first check (opening the review until our diagnostics
// are there), the host's heap, and for 30 one-character edits the time from
// the edit to the onDidChangeDiagnostics event that carries OUR diagnostics
// for that very edit. Nothing here asserts a time: the script reports them.
//
// Which publish reflects which edit: every edit appends a character to the
// same low-value item line, whose diagnostic runs to the end of the line, so
// the line's length after edit k is seen in our diagnostics only once edit k
// was analysed (other extensions' diagnostics, and an earlier edit's
// publish, do not end a sample early).
//
// VS Code delivers onDidChangeDiagnostics at most every 50 ms (the first
// change of a burst starts the window), so that event comes up to 50 ms after
// the diagnostics were handed over. To see our own latency without it, our
// DiagnosticCollections' `set` is timed too (`editToPublishMs`): the test
// shares the extension's `vscode` API object, so it wraps
// createDiagnosticCollection before activating. Measurement only; the
// extension is not changed by it.
//
// `editToChangeEventMs`: from the edit to onDidChangeTextDocument in this
// host, where our debounce starts (the workbench's share of the latency).
//
// WEEKLY_REVIEW_PERF_PROFILE=<file> also writes a CPU profile of the
// extension host over the edits (node:inspector, 500 µs sampling);
// WEEKLY_REVIEW_PERF_PROFILE_SPAN=open profiles the open and first check instead.

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as vscode from 'vscode';
import { activateExtension, SOURCE, wsUri } from './helpers';

const OUT = process.env.WEEKLY_REVIEW_PERF_OUT;
const PROFILE = process.env.WEEKLY_REVIEW_PERF_PROFILE;
const PROFILE_OPEN = process.env.WEEKLY_REVIEW_PERF_PROFILE_SPAN === 'open';
const EDITS = 30;
/**
 * Edits made first and reported apart (`warmupEditToDiagnosticsMs`), as the
 * engine bench warms up: right after opening a 1 MB file the workbench is
 * still tokenizing and drawing it, and the first edits wait for that.
 */
const WARMUP_EDITS = 3;
/** Our review's collections: part 0, and the further parts of a long review (src/extension/diagnosticParts.ts). */
const isOurCollection = (name: string | undefined) => name === 'weekly-review' || name?.startsWith('weekly-review-part-') === true;

/** When our collection last handed diagnostics for a uri to VS Code (performance.now()). */
const lastSet = new Map<string, number>();

/** Times `set` on our diagnostic collection; false if the API object refused the wrapper. */
function timeOurCollection(): boolean {
  const languages = vscode.languages as { createDiagnosticCollection: typeof vscode.languages.createDiagnosticCollection };
  const original = languages.createDiagnosticCollection;
  const wrapped = (name?: string): vscode.DiagnosticCollection => {
    const collection = original(name);
    if (!isOurCollection(name)) return collection;
    const set = collection.set.bind(collection) as (uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[] | undefined) => void;
    collection.set = ((uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[] | undefined) => {
      set(uri, diagnostics);
      lastSet.set(uri.toString(), performance.now());
    }) as typeof collection.set;
    return collection;
  };
  try {
    languages.createDiagnosticCollection = wrapped;
  } catch {
    return false;
  }
  return languages.createDiagnosticCollection === wrapped;
}

/** Resolves with the time of the first onDidChangeDiagnostics for `uri` after which `accept` holds for our diagnostics. */
function diagnosticsWhere(uri: vscode.Uri, accept: (ours: vscode.Diagnostic[]) => boolean, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`our diagnostics did not reach the awaited state within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      const at = performance.now();
      if (!event.uris.some((u) => u.toString() === key)) return;
      if (!accept(vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE))) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(at);
    });
  });
}

/** Our diagnostics include one on `line` ending at `end` (0-based): the edit that made the line that long was analysed. */
const reachesEnd = (line: number, end: number) => (ours: vscode.Diagnostic[]) =>
  ours.some((d) => d.range.end.line === line && d.range.end.character === end);

function startProfile(): Session | undefined {
  if (!PROFILE) return undefined;
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  return session;
}

function stopProfile(session: Session | undefined): Promise<void> {
  if (!session || !PROFILE) return Promise.resolve();
  return new Promise((resolve, reject) => {
    session.post('Profiler.stop', (error, result) => {
      session.disconnect();
      if (error) return reject(error);
      writeFileSync(PROFILE, JSON.stringify(result.profile));
      resolve();
    });
  });
}

describe('editor performance @perf', function () {
  this.timeout(600_000);

  it('measures activation, memory and edit-to-diagnostics on a 1 MB review', async function () {
    if (!OUT) return this.skip();
    const publishTimed = timeOurCollection();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    await activateExtension();
    const activationMs = performance.now() - started;
    const uri = wsUri('perf', '2026-W47.md');
    const openSession = PROFILE_OPEN ? startProfile() : undefined;
    const openStarted = performance.now();
    const checked = diagnosticsWhere(uri, (ours) => ours.length > 0, 300_000);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    // Is the host still answering while the first check runs? Hovers, one after another, until it ends.
    let firstCheckDone = false;
    void checked.then(() => (firstCheckDone = true), () => undefined);
    const hoverWaitsMs: number[] = [];
    while (!firstCheckDone) {
      const asked = performance.now();
      await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 0));
      hoverWaitsMs.push(performance.now() - asked);
    }
    const firstCheckMs = (await checked) - openStarted;
    await stopProfile(openSession);
    const heapAfterOpen = process.memoryUsage().heapUsed;
    const debounceMs = vscode.workspace.getConfiguration('weeklyReview', uri).get<number>('debounceMs') ?? 250;
    // A low-value item in the middle of the review: its diagnostic ends where its line does.
    const line = document.positionAt(document.getText().indexOf('- 45m Tweaked', Math.floor(document.getText().length / 2))).line;
    // A person types where they look: the line is brought into view, and a
    // review with more findings than VS Code shows gets those on screen.
    const onLine = reachesEnd(line, document.lineAt(line).text.length);
    const shown = diagnosticsWhere(uri, onLine, 60_000);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    editor.selection = new vscode.Selection(line, 0, line, 0);
    if (!onLine(vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE))) {
      await shown.catch(() => {
        throw new Error(`no diagnostic of ours ends at the end of line ${line + 1}: pick another line`);
      });
    }
    const samples: number[] = [];
    const publishSamples: number[] = [];
    const changeSamples: number[] = [];
    let changedAt = 0;
    // The first change event with content after the edit: a later one (e.g. only the dirty state) does not move it.
    const changes = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document && event.contentChanges.length > 0 && changedAt === 0) changedAt = performance.now();
    });
    const session = PROFILE_OPEN ? undefined : startProfile();
    const warmupSamples: number[] = [];
    for (let edit = -WARMUP_EDITS; edit < EDITS; edit++) {
      const end = document.lineAt(line).range.end;
      const published = diagnosticsWhere(uri, reachesEnd(line, end.character + 1), 60_000);
      changedAt = 0;
      const t0 = performance.now();
      await editor.edit((builder) => builder.insert(end, String.fromCharCode(97 + ((edit + WARMUP_EDITS) % 26))));
      const at = await published;
      if (edit < 0) {
        warmupSamples.push(at - t0 - debounceMs);
        continue;
      }
      samples.push(at - t0 - debounceMs);
      changeSamples.push(changedAt - t0);
      const setAt = lastSet.get(uri.toString());
      if (publishTimed && setAt !== undefined && setAt >= t0) publishSamples.push(setAt - t0 - debounceMs);
    }
    await stopProfile(session);
    changes.dispose();
    const markdown = vscode.extensions.getExtension('vscode.markdown-language-features');
    const result = {
      activationMs, firstCheckMs, debounceMs, heapBeforeBytes: heapBefore, heapAfterOpenBytes: heapAfterOpen, heapAfterEditsBytes: process.memoryUsage().heapUsed,
      editToDiagnosticsMs: samples, warmupEditToDiagnosticsMs: warmupSamples, hoverWaitsDuringFirstCheckMs: hoverWaitsMs, editToPublishMs: publishSamples.length === EDITS ? publishSamples : null, editToChangeEventMs: changeSamples,
      builtinMarkdown: markdown === undefined ? 'absent' : markdown.isActive ? 'active' : 'inactive',
      diagnostics: vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).length, bytes: document.getText().length,
    };
    writeFileSync(OUT, JSON.stringify(result, null, 2));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
