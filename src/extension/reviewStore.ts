// The review store: the latest analysis of every open weekly review, shared
// by diagnostics, hover, code actions, lenses, status item and summary panel,
// so a review is analysed once per change and not once per feature. It
// schedules analyses (debounced while typing), re-checks reviews when a rubric
// or a setting changes, and announces results through events.
//
// Stale results: rubric resolution is asynchronous, so runs can race. Every
// scheduling, run and forget takes a new ticket for its document (the
// engine's tickets, core/workspace/tickets.ts, as the language server's
// workspace uses them); a run's result is kept only while its ticket is still
// the document's latest (`isLatest`, the one place that decides).

import * as vscode from 'vscode';
import type { ReviewAnalysis, ReviewService, RubricProblem, RubricResolution, WeekSummary } from '../core';
import { createTickets, PREPARE_FROM_CHARS, RUBRIC_FILE_NAMES } from '../core';
import { analysisOptionsFor, readSettings } from './config';
import { baseName, pathOf } from './host';
import { isReviewDocument } from './reviewDocuments';

export interface ReviewState {
  readonly document: vscode.TextDocument;
  /** Document version and text the analysis was computed from. */
  readonly version: number;
  readonly text: string;
  readonly analysis: ReviewAnalysis;
  readonly summary: WeekSummary | undefined;
  readonly rubric: RubricResolution;
}

/** Problems found in a rubric file itself (empty: it is fine, or gone). */
export interface RubricCheck {
  file: string;
  problems: RubricProblem[];
}

interface Entry {
  timer: ReturnType<typeof setTimeout> | undefined;
  state?: ReviewState;
}

export class ReviewStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly tickets = createTickets();
  private readonly analyzed = new vscode.EventEmitter<ReviewState>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  private readonly rubricChecked = new vscode.EventEmitter<RubricCheck>();
  private readonly disposables: vscode.Disposable[];

  /** Fires after a review was analysed. */
  readonly onDidAnalyze = this.analyzed.event;
  /** Fires when a review stops being tracked (closed, or no longer a review). */
  readonly onDidForget = this.forgotten.event;
  /** Fires when a rubric file was validated on its own. */
  readonly onDidCheckRubric = this.rubricChecked.event;

  constructor(
    private readonly service: ReviewService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
      this.analyzed,
      this.forgotten,
      this.rubricChecked,
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
    ];
    this.recheckAll();
  }

  /** Latest analysis of a document, when it is a review (may lag the document by one debounce). */
  stateOf(document: vscode.TextDocument | vscode.Uri): ReviewState | undefined {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    return this.entries.get(uri.toString())?.state;
  }

  /** Analysis of the document's current text (runs one now unless the latest is current). */
  async freshState(document: vscode.TextDocument): Promise<ReviewState | undefined> {
    const state = this.stateOf(document);
    if (state && state.version === document.version) return state;
    return this.run(document, this.nextTicket(document.uri));
  }

  isReview(document: vscode.TextDocument): boolean {
    return isReviewDocument(document, this.service, readSettings(document));
  }

  /** A rubric file by name, or the file the `weeklyReview.rubric` setting names. */
  isRubricDocument(document: vscode.TextDocument): boolean {
    const path = pathOf(document.uri);
    return (RUBRIC_FILE_NAMES as readonly string[]).includes(baseName(path)) || analysisOptionsFor(document).options.rubricPath === path;
  }

  /** Re-analyses every open review, e.g. after a rubric or a setting changed. */
  recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** Validates a rubric file on its own (`text` undefined: it was deleted). */
  async checkRubricFile(uri: vscode.Uri, text: string | undefined): Promise<void> {
    const file = pathOf(uri);
    try {
      this.rubricChecked.fire({ file, problems: text === undefined ? [] : await this.service.checkRubricFile(file, text) });
    } catch (error) {
      this.log.error(`checking rubric ${file} failed: ${String(error)}`);
    }
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    const ticket = this.nextTicket(document.uri);
    const entry = this.entry(document.uri);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (this.isRubricDocument(document)) void this.onRubricEdited(document);
      else void this.run(document, ticket);
    }, delayMs);
  }

  private async onRubricEdited(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    // The host reads open documents first, so reviews pick up the unsaved rubric text.
    this.service.forgetRubrics();
    await this.checkRubricFile(document.uri, document.getText());
    for (const entry of this.entries.values()) if (entry.state) this.schedule(entry.state.document, 0);
  }

  private entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { timer: undefined }));
    return entry;
  }

  /** A new latest ticket for the document; a pending debounce is overtaken by it. */
  private nextTicket(uri: vscode.Uri): number {
    const entry = this.entry(uri);
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    return this.tickets.next(uri.toString());
  }

  private isLatest(document: vscode.TextDocument, ticket: number): boolean {
    return !document.isClosed && this.entries.has(document.uri.toString()) && this.tickets.isLatest(document.uri.toString(), ticket);
  }

  private async run(document: vscode.TextDocument, ticket: number): Promise<ReviewState | undefined> {
    if (document.isClosed) return undefined;
    const { settings, options } = analysisOptionsFor(document);
    if (!isReviewDocument(document, this.service, settings)) {
      this.forget(document.uri);
      return undefined;
    }
    const path = pathOf(document.uri);
    const text = document.getText();
    const version = document.version;
    try {
      const rubric = await this.service.resolveRubric(path, text, options);
      // A newer edit (or a close) happened while the rubric loaded: its own run will publish.
      if (!this.isLatest(document, ticket)) return this.stateOf(document);
      if (text.length >= PREPARE_FROM_CHARS) {
        // The first check of a large review yields between batches of sections, so the host keeps answering; later checks are updates.
        await this.service.prepare(path, text, rubric, options, () => new Promise((resolve) => setTimeout(() => resolve(this.isLatest(document, ticket)), 0)));
        if (!this.isLatest(document, ticket)) return this.stateOf(document);
      }
      const analysis = this.service.analyzeWith(path, text, rubric, options);
      const state: ReviewState = { document, version, text, analysis, summary: this.service.summarize(analysis), rubric };
      this.entry(document.uri).state = state;
      this.analyzed.fire(state);
      return state;
    } catch (error) {
      // The engine promises not to throw; if it does, say so once in the log rather than crash the host.
      this.log.error(`analysing ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  private forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    // Tickets are never reused, so an in-flight run for this document finds itself overtaken.
    this.entries.delete(uri.toString());
    this.tickets.forget(uri.toString());
    if (entry.state) this.forgotten.fire(uri);
  }

  dispose(): void {
    for (const entry of this.entries.values()) if (entry.timer !== undefined) clearTimeout(entry.timer);
    this.entries.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
