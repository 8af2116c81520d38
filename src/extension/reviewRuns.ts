// The review runs of the workspace: every weekly review file (week-named
// markdown plus the `weeklyReview.files` globs, found with workspace.findFiles
// and kept current by a FileSystemWatcher), grouped into runs and held in one
// engine review index per run (src/core/history). What a review is and what a
// run is (the reviews of one workspace folder that share the rubric in
// effect) are the engine's definitions (core/workspace/reviews.ts), the same
// the CLI and the language server use; this file feeds them VS Code's files.
//
// Each change re-analyses only the changed file (the index caches by text);
// open reviews follow the editor's text through the review store, taking its
// analysis and summary (also when indexing reads an open review). While a review is being typed in, the run's derived
// data (people, findings, trends) is recomputed once the edits settle, not
// after every analysis: on a large review with people that walk costs as
// much as the analysis itself. Indexing
// runs in small batches that yield to the event loop, with progress in the
// status bar, so the extension host stays responsive on 520 files.

import * as vscode from 'vscode';
import type { AnalyzeOptions, HistoryFinding, PeopleReport, ReviewIndex, ReviewService, TrendData } from '../core';
import { computeTrends, createReviewIndex, isIgnoredPath, isRunReview, isWeekNamed, MARKDOWN_GLOB, peopleReportOfRun, runFindings, runKeyOf, WEEK_NAMED_GLOB } from '../core';
import { analysisOptionsFor, readSettings } from './config';
import { pathOf, refuseOutsideWorkspace, uriOf } from './host';
import type { ReviewState, ReviewStore } from './reviewStore';

/** Files read and analysed between two yields to the event loop. */
const BATCH = 16;
/** Changes arriving together (a save of several files, a git checkout) are announced once. */
const SETTLE_MS = 40;
/** Edits typed into an open review are announced once they stop for this long. */
const EDITING_SETTLE_MS = 1000;

export interface Run {
  key: string;
  index: ReviewIndex;
}

interface Derived {
  trends?: TrendData;
  people?: PeopleReport;
  findings?: HistoryFinding[];
}

const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ReviewRuns implements vscode.Disposable {
  private readonly runs = new Map<string, Run>();
  private readonly runOfPath = new Map<string, string>();
  private readonly derived = new Map<string, Derived>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly progress = vscode.window.createStatusBarItem('weeklyReview.indexing', vscode.StatusBarAlignment.Left, 0);
  private readonly subscriptions: vscode.Disposable[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private indexing = false;
  private disposed = false;
  /** Resolves when the latest full indexing has finished (reading `ready` starts the first one). */
  private indexed: Promise<void> | undefined;
  get ready(): Promise<void> {
    if (!this.indexed) this.reindex();
    return this.indexed ?? Promise.resolve();
  }

  /** Fires (settled) after any run changed: a file added, changed, removed, or everything re-read. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly service: ReviewService,
    private readonly store: ReviewStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.progress.name = 'Weekly Review indexing';
    this.subscriptions.push(this.changed, this.progress, ...this.watchers());
    this.subscriptions.push(
      store.onDidAnalyze((state) => {
        // The first review opened starts indexing: activation itself parses nothing.
        if (!this.indexed) this.reindex();
        // The store's analysis is reused: a keystroke is analysed once, not again for the run.
        if (vscode.workspace.getWorkspaceFolder(state.document.uri)) void this.upsert(state.document.uri, state.text, state, EDITING_SETTLE_MS);
      }),
      // A closed editor may have left unsaved text behind: the file on disk is the truth again.
      store.onDidForget((uri) => void this.reread(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // Which files are reviews, and which rubric judges them, decide the runs; severities only the findings.
        if (event.affectsConfiguration('weeklyReview.files') || event.affectsConfiguration('weeklyReview.rubric')) {
          if (this.indexed) this.reindex();
        } else if (event.affectsConfiguration('weeklyReview.severity')) {
          this.derived.clear();
          this.announce();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        if (this.indexed) this.reindex();
      }),
    );
  }

  /** The run a review belongs to, if it is indexed. */
  runOf(uri: vscode.Uri): Run | undefined {
    const key = this.runOfPath.get(pathOf(uri));
    return key === undefined ? undefined : this.runs.get(key);
  }

  allRuns(): Run[] {
    return [...this.runs.values()];
  }

  trends(run: Run): TrendData {
    const cached = this.cache(run);
    return (cached.trends ??= computeTrends(run.index.weekly()));
  }

  people(run: Run): PeopleReport {
    const cached = this.cache(run);
    return (cached.people ??= peopleReportOfRun(run.index));
  }

  /** Duplicate weeks and overdue 1:1s of the run, at the severities the settings of its latest review give. */
  findings(run: Run): HistoryFinding[] {
    const cached = this.cache(run);
    const latest = run.index.latest();
    const overrides = latest ? readSettings(uriOf(latest.path)).severities : undefined;
    return (cached.findings ??= runFindings(run.index, overrides, this.people(run)));
  }

  /** Forgets every rubric-dependent result and reads everything again (a rubric or people.yaml changed). */
  reindex(): void {
    const generation = ++this.generation;
    this.indexed = this.indexAll(generation).catch((error: unknown) => this.log.error(`indexing reviews failed: ${String(error)}`));
  }

  private cache(run: Run): Derived {
    let derived = this.derived.get(run.key);
    if (!derived) this.derived.set(run.key, (derived = {}));
    return derived;
  }

  private watchers(): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    return [
      watcher,
      watcher.onDidCreate((uri) => void this.reread(uri)),
      watcher.onDidChange((uri) => void this.reread(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
    ];
  }

  private async candidates(): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    const add = (uris: readonly vscode.Uri[]) => {
      for (const uri of uris) if (!isIgnoredPath(pathOf(uri))) found.set(uri.toString(), uri);
    };
    add((await vscode.workspace.findFiles(WEEK_NAMED_GLOB)).filter((uri) => isWeekNamed(pathOf(uri))));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of readSettings(folder.uri).files) add(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob)));
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private async indexAll(generation: number): Promise<void> {
    this.service.forgetRubrics();
    const uris = await this.candidates();
    if (generation !== this.generation || this.disposed) return;
    this.runs.clear();
    this.runOfPath.clear();
    this.derived.clear();
    // A half-read run would flash wrong findings (someone overdue until their last 1:1 is read): announce once at the end.
    this.indexing = true;
    for (let at = 0; at < uris.length; at += BATCH) {
      this.showProgress(at, uris.length);
      await Promise.all(uris.slice(at, at + BATCH).map((uri) => this.reread(uri, generation)));
      if (generation !== this.generation || this.disposed) return;
      await yieldToHost();
    }
    this.indexing = false;
    this.progress.hide();
    this.announce();
  }

  private showProgress(done: number, total: number): void {
    this.progress.text = `$(sync~spin) Weekly Review: indexing ${done}/${total} reviews`;
    this.progress.tooltip = 'Reading the weekly reviews of the workspace for trends, people and duplicate weeks';
    this.progress.show();
  }

  /** Is this file a review of the runs (the engine's definition), inside a workspace folder? */
  private isCandidate(uri: vscode.Uri, text: string): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    // An open review (front matter `week:`) that the store analyses is indexed through it.
    return isRunReview({ path: pathOf(uri), globs: readSettings(uri).files, folder: pathOf(folder.uri), saysReview: this.service.isReview(pathOf(uri), text), open });
  }

  private async reread(uri: vscode.Uri, generation = this.generation): Promise<void> {
    // Before the first indexing nothing is read: the indexing will read it.
    if (!this.indexed) return;
    let text: string;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    // Restricted Mode: a review that is a link to a file outside the workspace is not read (the editor's own text is the user's choice).
    if (!open && (await refuseOutsideWorkspace(pathOf(uri), 'review')) !== undefined) {
      this.remove(uri);
      return;
    }
    try {
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.remove(uri);
      return;
    }
    const analysed = open ? await this.currentState(open, text) : undefined;
    if (generation === this.generation) await this.upsert(uri, text, analysed);
  }

  /**
   * The store's analysis of an open review, when it is of this very text and
   * by the rubric in effect now (a reindex after a rubric change must not
   * keep the old judgement): the first indexing, right after a large review
   * was opened, then does not analyse it a second time.
   */
  private async currentState(document: vscode.TextDocument, text: string): Promise<ReviewState | undefined> {
    const state = this.store.stateOf(document);
    if (state?.text !== text || !state.rubric.ok) return undefined;
    const now = await this.service.resolveRubric(pathOf(document.uri), text, analysisOptionsFor(document.uri).options);
    return now.ok && now.rubric === state.rubric.rubric ? state : undefined;
  }

  /** `analysed`: the store's analysis of exactly this text (and its summary), reused as is; `settleMs`: how long a change waits to be announced. */
  private async upsert(uri: vscode.Uri, text: string, analysed?: Pick<ReviewState, 'analysis' | 'summary'>, settleMs = SETTLE_MS): Promise<void> {
    if (this.disposed) return;
    const path = pathOf(uri);
    if (!this.isCandidate(uri, text)) {
      this.remove(uri);
      return;
    }
    const { options } = analysisOptionsFor(uri);
    const key = await this.keyOf(uri, path, text, options);
    const previous = this.runOfPath.get(path);
    if (previous !== undefined && previous !== key) this.removePath(path);
    this.runOfPath.set(path, key);
    const run = this.runFor(key);
    const before = run.index.get(path)?.text;
    try {
      await run.index.upsert(path, text, analysed?.analysis, analysed?.summary);
    } catch (error) {
      this.log.error(`indexing ${path} failed: ${String(error)}`);
      return;
    }
    if (before !== text) this.touched(key, settleMs);
  }

  /** Workspace folder + the rubric in effect (its file, or `built-in`; a broken one still names its file). */
  private async keyOf(uri: vscode.Uri, path: string, text: string, options: AnalyzeOptions): Promise<string> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const rubric = await this.service.resolveRubric(path, text, options);
    return runKeyOf(folder ? pathOf(folder.uri) : undefined, rubric.file);
  }

  private runFor(key: string): Run {
    let run = this.runs.get(key);
    if (!run) {
      const index = createReviewIndex(this.service, { analyzeOptions: (path) => analysisOptionsFor(uriOf(path)).options });
      this.runs.set(key, (run = { key, index }));
    }
    return run;
  }

  private remove(uri: vscode.Uri): void {
    this.removePath(pathOf(uri));
  }

  private removePath(path: string): void {
    const key = this.runOfPath.get(path);
    if (key === undefined) return;
    this.runOfPath.delete(path);
    const run = this.runs.get(key);
    if (run?.index.remove(path)) this.touched(key);
    if (run && run.index.size() === 0) this.runs.delete(key);
  }

  private touched(key: string, settleMs = SETTLE_MS): void {
    this.derived.delete(key);
    this.announce(settleMs);
  }

  /** Fires onDidChange once nothing changed for `settleMs` (the latest change sets the wait). */
  private announce(settleMs = SETTLE_MS): void {
    if (this.indexing) return;
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      if (!this.disposed) this.changed.fire();
    }, settleMs);
  }

  dispose(): void {
    this.disposed = true;
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
