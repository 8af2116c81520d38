// createReviewWorkspace(service, host): the workspace engine. Modelled on
// vscode-markdown-languageservice's `createLanguageService` over an injected
// workspace: the host (VS Code, a language server, a test's InMemoryHost)
// gives files, watch events, settings, trust and a clock; the workspace owns
// what a review is and what a run is (reviews.ts), the latest analysis of
// every open review (documents.ts), the runs with their trends, people and
// findings (runs.ts), and every editor feature as a method returning plain
// data in engine coordinates. A host converts types and nothing else.

import type { ReviewService } from '../service';
import type { Point, Range, ReviewDiagnostic } from '../types';
import type { HistoryFinding } from '../history/findings';
import type { PeopleReport } from '../history/peopleTypes';
import type { TrendData } from '../history/trendTypes';
import { runHistoryView, type RunHistoryView } from '../history/panelTrends';
import { activityHover } from '../features/hover';
import { categoryHover } from '../features/categoryHover';
import { categoryLenses, type CategoryLens } from '../features/lenses';
import { statusContent, type StatusContent } from '../features/status';
import { summaryTableChange, type SummaryTableRefusal } from '../features/summaryTable';
import type { TextEdit } from '../features/types';
import type { Disposable, WorkspaceHost } from './host';
import { RUBRIC_FILE_NAMES } from '../rubric/resolve';
import { createDocumentStore, type DocumentStore, type DocumentText, type ReviewState } from './documents';
import { createRunSet, type IndexProgress, type Run, type RunSet } from './runs';
import { baseName, folderOf, relativeToFolders } from './reviews';
import { analyzeOptionsOf } from './settings';
import { workspaceCodeActions, resolveActionChange, type WorkspaceAction } from './actions';
import type { PlannedChange } from './changes';
import { summaryJsonOf, type ReviewSummaryJson } from './summary';
import { planNewReview, type NewReviewPlan } from './newReview';

/** Changes arriving together (a save of several files, a checkout) are announced once. */
const SETTLE_MS = 40;
/** Edits typed into an open review are announced once they stop for this long. */
const EDITING_SETTLE_MS = 1000;
/** Settings that decide which files are reviews, or how each is judged: a change re-reads the runs. */
const RUN_SETTINGS = ['files', 'rubric', 'memory.enabled'];
/** Rubric, people and memory files: a change to one re-reads every rubric. */
const RUBRIC_LIKE = /(?:^|\/)(?:\.weekly-review\.(?:ya?ml|json)|people\.ya?ml|verdicts\.yaml)$/;

export interface WorkspaceHover {
  range: Range;
  /** Untrusted markdown: no HTML, no command links. */
  markdown: string;
}

export interface ReviewWorkspace extends Disposable {
  /** `text` may be a function that makes it: called at most once per version, when needed. */
  open(path: string, text: DocumentText, version: number): void;
  change(path: string, text: DocumentText, version: number): void;
  close(path: string): void;
  stateOf(path: string): ReviewState | undefined;
  /** The analysis of the open document's current text. */
  analyze(path: string): Promise<ReviewState | undefined>;
  /**
   * Settings changed: check every open review again, and re-read the runs
   * when what makes a review or judges it changed (`affects(key)`: whether
   * `weeklyReview.<key>` is among the changes; omitted, any may be). A new
   * severity only re-derives the runs' findings; a setting of the editor
   * alone (lenses, status item) reads no file again.
   */
  settingsChanged(affects?: (key: string) => boolean): void;
  /**
   * A rubric, people or verdicts file changed where the workspace does not
   * watch it (an unsaved edit, the file a setting names): rubrics are read
   * again, every open review is checked again, and the runs re-read unless
   * `reindex` is false.
   */
  rubricsChanged(reindex?: boolean): void;
  /** A rubric file by name (`.weekly-review.yaml` …), or the file the `weeklyReview.rubric` setting names for it. */
  isRubricFile(path: string): boolean;
  /**
   * The rubric file in effect (`built-in` for the built-in one) for the open
   * review `path`, else for a review at the root of `folder`; undefined with
   * neither.
   */
  rubricInEffect(path: string | undefined, folder: string | undefined): Promise<string | undefined>;
  /** Fires after an open review was analysed. */
  onDidAnalyze(listener: (state: ReviewState) => void): Disposable;
  /** Fires when an open document stops being a review or closes. */
  onDidForget(listener: (path: string) => void): Disposable;
  /** Fires (settled) after a run changed: its workspace findings, trends and people may differ. */
  onDidChangeRuns(listener: () => void): Disposable;
  /** Fires while the runs are indexed: before each batch of files, and once at the end (done === total). */
  onDidIndex(listener: (progress: IndexProgress) => void): Disposable;
  /** Starts indexing the runs if it has not started; resolves when the latest indexing is done. */
  ready(): Promise<void>;
  reindex(): Promise<void>;
  runOf(path: string): Run | undefined;
  runs(): Run[];
  trends(run: Run): TrendData;
  people(run: Run): PeopleReport;
  /** The workspace findings of a run (duplicate-week, overdue-one-on-one). */
  workspaceFindings(run: Run): HistoryFinding[];
  /** Every finding on `path`: the open review's own, then the workspace's, in one shape. */
  diagnostics(path: string): ReviewDiagnostic[];
  /** The workspace findings on `path` alone, in the shape of a review's own (for a host that publishes them apart). */
  workspaceDiagnostics(path: string): ReviewDiagnostic[];
  /** Paths that have workspace findings now. */
  pathsWithWorkspaceFindings(): string[];
  /** The review of `week` in the run of `path` (the first by path, the one trends read), if indexed. */
  reviewOfWeek(path: string, week: string): string | undefined;
  hover(path: string, at: Point): WorkspaceHover | undefined;
  lenses(path: string): CategoryLens[];
  status(path: string): StatusContent | undefined;
  codeActions(path: string, range: Range, only?: readonly ('quickfix' | 'refactor')[]): WorkspaceAction[];
  /** The file change behind a teach or remember action (other actions carry their edits). */
  resolveChange(path: string, action: WorkspaceAction): Promise<PlannedChange | undefined>;
  summaryJson(path: string): Promise<ReviewSummaryJson | undefined>;
  summaryTable(path: string, cursorLine: number, eol: '\n' | '\r\n'): TextEdit | SummaryTableRefusal | undefined;
  historyView(path: string): RunHistoryView | undefined;
  newReview(folder?: string): Promise<NewReviewPlan>;
}

type Listeners<T> = Set<(value: T) => void>;

function subscribe<T>(set: Listeners<T>, listener: (value: T) => void): Disposable {
  set.add(listener);
  return { dispose: () => void set.delete(listener) };
}

class Workspace implements ReviewWorkspace {
  private readonly documents: DocumentStore;
  private readonly set: RunSet;
  private readonly analyzedListeners: Listeners<ReviewState> = new Set();
  private readonly forgetListeners: Listeners<string> = new Set();
  private readonly runListeners: Listeners<void> = new Set();
  private readonly indexListeners: Listeners<IndexProgress> = new Set();
  private readonly watcher: Disposable;
  private indexed: Promise<void> | undefined;
  private settle: unknown;
  private indexing = false;
  private disposed = false;

  constructor(
    private readonly service: ReviewService,
    private readonly host: WorkspaceHost,
  ) {
    this.set = createRunSet(service, host);
    this.documents = createDocumentStore(service, host, {
      analyzed: (state) => this.onAnalyzed(state),
      forgotten: (path) => this.onForgotten(path),
    });
    this.watcher = host.watch((event) => {
      if (RUBRIC_LIKE.test(event.path)) return this.rubricChanged();
      if (event.kind === 'deleted') return this.removed(event.path);
      void this.reread(event.path);
    });
  }

  open(path: string, text: DocumentText, version: number): void {
    this.documents.open(path, text, version);
  }

  change(path: string, text: DocumentText, version: number): void {
    this.documents.change(path, text, version);
    if (RUBRIC_LIKE.test(path)) this.rubricChanged();
  }

  close(path: string): void {
    this.documents.close(path);
    // A closed editor may have left unsaved text behind: the file on disk is the truth again.
    void this.reread(path);
  }

  stateOf(path: string): ReviewState | undefined {
    return this.documents.stateOf(path);
  }

  analyze(path: string): Promise<ReviewState | undefined> {
    return this.documents.fresh(path);
  }

  settingsChanged(affects: (key: string) => boolean = () => true): void {
    this.service.forgetRubrics();
    this.documents.recheckAll();
    if (RUN_SETTINGS.some(affects)) {
      this.set.forgetDerived();
      if (this.indexed) void this.reindex();
    } else if (affects('severity')) {
      this.set.forgetDerived();
      this.announce(SETTLE_MS);
    }
  }

  onDidAnalyze(listener: (state: ReviewState) => void): Disposable {
    return subscribe(this.analyzedListeners, listener);
  }

  onDidForget(listener: (path: string) => void): Disposable {
    return subscribe(this.forgetListeners, listener);
  }

  onDidChangeRuns(listener: () => void): Disposable {
    return subscribe(this.runListeners, listener);
  }

  onDidIndex(listener: (progress: IndexProgress) => void): Disposable {
    return subscribe(this.indexListeners, listener);
  }

  rubricsChanged(reindex = true): void {
    this.service.forgetRubrics();
    this.documents.recheckAll();
    if (reindex && this.indexed) void this.reindex();
  }

  async rubricInEffect(path: string | undefined, folder: string | undefined): Promise<string | undefined> {
    const state = path === undefined ? undefined : this.documents.stateOf(path);
    if (state) return state.rubric.file;
    if (folder === undefined) return undefined;
    // No review open: the rubric a review at the folder's root would get.
    const probe = `${folder.replace(/\/$/, '')}/review.md`;
    return (await this.service.resolveRubric(probe, '', analyzeOptionsOf(this.host.settings(probe), folder))).file;
  }

  isRubricFile(path: string): boolean {
    if ((RUBRIC_FILE_NAMES as readonly string[]).includes(baseName(path))) return true;
    return analyzeOptionsOf(this.host.settings(path), folderOf(path, this.host.folders())).rubricPath === path;
  }

  ready(): Promise<void> {
    return (this.indexed ??= this.indexAll());
  }

  reindex(): Promise<void> {
    return (this.indexed = this.indexAll());
  }

  runOf(path: string): Run | undefined {
    return this.set.runOf(path);
  }

  runs(): Run[] {
    return this.set.all();
  }

  trends(run: Run): TrendData {
    return this.set.trends(run);
  }

  people(run: Run): PeopleReport {
    return this.set.people(run);
  }

  workspaceFindings(run: Run): HistoryFinding[] {
    return this.set.findings(run);
  }

  diagnostics(path: string): ReviewDiagnostic[] {
    const own = this.documents.stateOf(path)?.analysis.diagnostics ?? [];
    const shared = this.workspaceDiagnostics(path);
    return shared.length === 0 ? own : [...own, ...shared];
  }

  workspaceDiagnostics(path: string): ReviewDiagnostic[] {
    const run = this.set.runOf(path);
    return run ? this.set.findings(run).filter((finding) => finding.path === path).map((finding) => this.asDiagnostic(finding)) : [];
  }

  pathsWithWorkspaceFindings(): string[] {
    return [...new Set(this.set.all().flatMap((run) => this.set.findings(run).map((finding) => finding.path)))];
  }

  reviewOfWeek(path: string, week: string): string | undefined {
    return this.set.runOf(path)?.index.weekly().find((entry) => entry.week === week)?.path;
  }

  hover(path: string, at: Point): WorkspaceHover | undefined {
    const state = this.documents.stateOf(path);
    if (!state) return undefined;
    const activity = activityHover(state.analysis, at);
    if (activity) return { range: activity.range, markdown: activity.parts.join('\n\n---\n\n') };
    const run = this.set.runOf(path);
    return run ? categoryHover(state.analysis.document, at.line, state.summary?.week, this.set.trends(run)) : undefined;
  }

  lenses(path: string): CategoryLens[] {
    const state = this.documents.stateOf(path);
    if (!state?.summary || !this.host.settings(path).codeLensEnabled) return [];
    return categoryLenses(state.analysis, state.summary);
  }

  status(path: string): StatusContent | undefined {
    const summary = this.documents.stateOf(path)?.summary;
    return summary ? statusContent(summary) : undefined;
  }

  codeActions(path: string, range: Range, only?: readonly ('quickfix' | 'refactor')[]): WorkspaceAction[] {
    const state = this.documents.stateOf(path);
    // Edits are computed from positions in the analysis: if the text moved on since, wait for the next run.
    if (!state || state.version !== this.documents.versionOf(path) || state.text !== this.documents.textOf(path)) return [];
    const run = this.set.runOf(path);
    const indexedNow = run?.index.get(path)?.text === state.text;
    const findings = run && indexedNow ? this.set.findings(run).filter((finding) => finding.path === path) : [];
    return workspaceCodeActions(state, findings.map((finding) => ({ finding, diagnostic: this.asDiagnostic(finding) })), range, only);
  }

  resolveChange(path: string, action: WorkspaceAction): Promise<PlannedChange | undefined> {
    const state = this.documents.stateOf(path);
    if (!state) return Promise.resolve(undefined);
    const context = { folder: folderOf(path, this.host.folders()), trusted: this.host.isTrusted(), folders: this.host.folders(), read: (file: string) => this.host.readFile(file), refuse: (file: string) => this.host.refuseRead?.(file) };
    return resolveActionChange(state, action, context);
  }

  async summaryJson(path: string): Promise<ReviewSummaryJson | undefined> {
    const state = await this.documents.fresh(path);
    return state ? summaryJsonOf(this.service, state) : undefined;
  }

  summaryTable(path: string, cursorLine: number, eol: '\n' | '\r\n'): TextEdit | SummaryTableRefusal | undefined {
    const state = this.documents.stateOf(path);
    const text = this.documents.textOf(path);
    // Positions come from the text as it is now, even if the summary lags an edit behind.
    return state?.summary && text !== undefined ? summaryTableChange(state.summary, text, cursorLine, eol) : undefined;
  }

  historyView(path: string): RunHistoryView | undefined {
    const state = this.documents.stateOf(path);
    const run = this.set.runOf(path);
    const week = state?.summary?.week;
    return run && week ? runHistoryView(this.set.trends(run), this.set.people(run), week) : undefined;
  }

  newReview(folder?: string): Promise<NewReviewPlan> {
    return planNewReview(this.service, this.host, this, folder);
  }

  dispose(): void {
    this.disposed = true;
    if (this.settle !== undefined) this.host.clock.clearTimeout(this.settle);
    this.watcher.dispose();
    this.documents.dispose();
    this.analyzedListeners.clear();
    this.forgetListeners.clear();
    this.runListeners.clear();
    this.indexListeners.clear();
  }

  /** A workspace finding in the shape of a review's own, its message's paths relative to the workspace folders. */
  private asDiagnostic(finding: HistoryFinding): ReviewDiagnostic {
    return { ruleId: finding.ruleId, severity: finding.severity, message: relativeToFolders(finding.message, this.host.folders()), range: finding.range, url: finding.url };
  }

  private onAnalyzed(state: ReviewState): void {
    for (const listener of this.analyzedListeners) listener(state);
    // The first review opened starts indexing: creating the workspace reads nothing.
    void this.ready();
    // The document's analysis is reused: a keystroke is analysed once, not again for the run.
    void this.set.upsert(state.path, state.text, true, state).then((changed) => changed && this.announce(EDITING_SETTLE_MS));
  }

  private onForgotten(path: string): void {
    for (const listener of this.forgetListeners) listener(path);
  }

  private async indexAll(): Promise<void> {
    this.indexing = true;
    try {
      const progress = (at: IndexProgress) => {
        for (const listener of this.indexListeners) listener(at);
      };
      await this.set.indexAll((path) => this.documents.isOpen(path), async (path) => this.documents.textOf(path) ?? (await this.host.readFile(path)), progress);
    } catch (error) {
      this.host.log?.(`indexing reviews failed: ${String(error)}`);
    }
    this.indexing = false;
    this.set.settle();
    // A half-read run would flash wrong findings (someone overdue until their last 1:1 is read): announce once at the end.
    this.announce(0);
  }

  private async reread(path: string): Promise<void> {
    // Before the first indexing nothing is read: the indexing will read it.
    if (!this.indexed || this.disposed) return;
    const open = this.documents.stateOf(path);
    const text = this.documents.textOf(path) ?? (await this.host.readFile(path));
    const changed = text === undefined ? this.set.remove(path) : await this.set.upsert(path, text, this.documents.isOpen(path), open?.text === text ? open : undefined);
    if (changed) this.announce(SETTLE_MS);
  }

  private removed(path: string): void {
    if (this.set.remove(path)) this.announce(SETTLE_MS);
  }

  private rubricChanged(): void {
    this.rubricsChanged();
  }

  /** Fires onDidChangeRuns once nothing changed for `settleMs` (the latest change sets the wait). */
  private announce(settleMs: number): void {
    if (this.indexing || this.disposed) return;
    if (this.settle !== undefined) this.host.clock.clearTimeout(this.settle);
    this.settle = this.host.clock.setTimeout(() => {
      this.settle = undefined;
      this.set.settle();
      for (const listener of this.runListeners) listener();
    }, settleMs);
  }
}

export function createReviewWorkspace(service: ReviewService, host: WorkspaceHost): ReviewWorkspace {
  return new Workspace(service, host);
}
