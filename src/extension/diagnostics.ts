// The diagnostics controller: analyses open weekly reviews (debounced while
// typing), publishes the findings as VS Code diagnostics and keeps the latest
// analysis of each review for the hover, code actions, lenses, status item and
// summary panel, so the document is parsed once per change and not once per
// feature. A generation counter per document drops results that a newer edit
// has overtaken (rubric resolution is asynchronous, so results can race).

import * as vscode from 'vscode';
import type { ReviewAnalysis, ReviewDiagnostic, ReviewService, RubricProblem, RubricResolution, Severity, WeekSummary } from '../core';
import { RUBRIC_FILE_NAMES, ruleDocsUrl } from '../core';
import { readSettings, rubricSettingPath } from './config';
import { baseName, pathOf, uriOf } from './host';
import { toVscodeRange } from './positions';
import { isReviewDocument } from './reviewDocuments';

export const DIAGNOSTIC_SOURCE = 'weekly-review';

export interface ReviewState {
  readonly document: vscode.TextDocument;
  /** Document version the analysis was computed from. */
  readonly version: number;
  readonly analysis: ReviewAnalysis;
  readonly summary: WeekSummary | undefined;
  readonly rubric: RubricResolution;
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVscodeDiagnostic(finding: ReviewDiagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
  return diagnostic;
}

function rubricProblemDiagnostic(problem: RubricProblem): vscode.Diagnostic {
  const range = toVscodeRange({ start: { line: problem.line, column: problem.column }, end: { line: problem.endLine, column: problem.endColumn } });
  const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: 'rubric-error', target: vscode.Uri.parse(ruleDocsUrl('rubric-error')) };
  return diagnostic;
}

export function isRubricFileName(path: string): boolean {
  return (RUBRIC_FILE_NAMES as readonly string[]).includes(baseName(path));
}

export class ReviewController implements vscode.Disposable {
  private readonly states = new Map<string, ReviewState>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Rubric files we published problems for, so fixing the rubric clears them. */
  private readonly rubricFilesWithProblems = new Set<string>();
  private readonly analyzed = new vscode.EventEmitter<ReviewState>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires after a review's diagnostics and state were updated. */
  readonly onDidAnalyze = this.analyzed.event;
  /** Fires when a document stops being tracked (closed, or no longer a review). */
  readonly onDidForget = this.forgotten.event;

  constructor(
    private readonly service: ReviewService,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.analyzed,
      this.forgotten,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, readSettings(event.document).debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('weeklyReview')) return;
        this.service.forgetRubrics();
        this.recheckAll();
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** Latest analysis of a document, when it is a review (may lag the document by one debounce). */
  stateOf(document: vscode.TextDocument | vscode.Uri): ReviewState | undefined {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    return this.states.get(uri.toString());
  }

  /** Latest analysis that matches the document's current text exactly (for edits computed from it). */
  async freshState(document: vscode.TextDocument): Promise<ReviewState | undefined> {
    const state = this.stateOf(document);
    if (state && state.version === document.version) return state;
    return this.run(document, this.nextGeneration(document.uri.toString()));
  }

  isReview(document: vscode.TextDocument): boolean {
    return isReviewDocument(document, this.service, readSettings(document));
  }

  /** Re-analyses every open review, e.g. after a rubric or a setting changed. */
  recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** Validates an open or watched rubric file and shows its problems in the file itself. */
  async checkRubricFile(uri: vscode.Uri, text: string | undefined): Promise<void> {
    const path = pathOf(uri);
    if (text === undefined) {
      this.publishRubricProblems(path, []);
      return;
    }
    try {
      this.publishRubricProblems(path, await this.service.checkRubricFile(path, text));
    } catch (error) {
      this.log.error(`checking rubric ${path} failed: ${String(error)}`);
    }
  }

  isRubricDocument(document: vscode.TextDocument): boolean {
    const path = pathOf(document.uri);
    if (isRubricFileName(path)) return true;
    const setting = rubricSettingPath(readSettings(document), vscode.workspace.getWorkspaceFolder(document.uri), pathOf);
    return setting !== undefined && setting === path;
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    const generation = this.nextGeneration(key);
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (this.isRubricDocument(document)) {
        void this.onRubricEdited(document);
        return;
      }
      void this.run(document, generation);
    }, delayMs);
    this.timers.set(key, timer);
  }

  private async onRubricEdited(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    // The host reads open documents first, so reviews pick up the unsaved rubric text.
    this.service.forgetRubrics();
    await this.checkRubricFile(document.uri, document.getText());
    for (const state of this.states.values()) this.schedule(state.document, 0);
  }

  private nextGeneration(key: string): number {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  private async run(document: vscode.TextDocument, generation: number): Promise<ReviewState | undefined> {
    const key = document.uri.toString();
    if (document.isClosed) return undefined;
    if (!this.isReview(document)) {
      if (this.states.has(key) || this.collection.has(document.uri)) this.forget(document.uri);
      return undefined;
    }
    const settings = readSettings(document);
    const path = pathOf(document.uri);
    const text = document.getText();
    const version = document.version;
    const rubricPath = rubricSettingPath(settings, vscode.workspace.getWorkspaceFolder(document.uri), pathOf);
    try {
      const rubric = await this.service.resolveRubric(path, text, rubricPath ? { rubricPath } : {});
      // A newer edit (or a close) happened while the rubric loaded: its own run will publish.
      if (this.generations.get(key) !== generation || document.isClosed) return this.states.get(key);
      const analysis = this.service.analyzeWith(path, text, rubric, { severities: settings.severities });
      const state: ReviewState = { document, version, analysis, summary: this.service.summarize(analysis), rubric };
      this.states.set(key, state);
      this.collection.set(document.uri, analysis.diagnostics.map(toVscodeDiagnostic));
      if (rubric.ok) {
        if (this.rubricFilesWithProblems.has(rubric.file)) this.publishRubricProblems(rubric.file, []);
      } else {
        this.publishRubricProblems(rubric.file, rubric.problems);
      }
      this.analyzed.fire(state);
      return state;
    } catch (error) {
      // The engine promises not to throw; if it does, say so once in the log rather than crash the host.
      this.log.error(`analysing ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  private publishRubricProblems(file: string, problems: RubricProblem[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>([[file, []]]);
    for (const problem of problems) {
      const list = byFile.get(problem.file) ?? [];
      list.push(rubricProblemDiagnostic(problem));
      byFile.set(problem.file, list);
    }
    for (const [path, diagnostics] of byFile) {
      if (path === 'built-in') continue;
      const uri = uriOf(path);
      if (diagnostics.length > 0) {
        this.collection.set(uri, diagnostics);
        this.rubricFilesWithProblems.add(path);
      } else {
        this.collection.delete(uri);
        this.rubricFilesWithProblems.delete(path);
      }
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.delete(key);
    // Bumping the generation makes any in-flight run for this document drop its result.
    this.nextGeneration(key);
    const wasTracked = this.states.delete(key);
    if (!this.rubricFilesWithProblems.has(pathOf(uri))) this.collection.delete(uri);
    if (wasTracked) this.forgotten.fire(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.states.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
