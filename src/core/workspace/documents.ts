// The latest analysis of every open review: scheduled on open (at once) and
// on change (after the debounce), dropped when overtaken (tickets.ts), shared
// by every feature so a review is analysed once per change. The first check
// of a large review is prepared a batch of sections at a time, yielding to
// the host between batches. A host may hand a document's text as a function
// (VS Code builds a large document's text on request): it is called at most
// once per version, when an analysis or a feature needs the text.

import type { ReviewAnalysis } from '../analysis/analyze';
import type { RubricResolution } from '../rubric/resolve';
import type { ReviewService } from '../service';
import type { WeekSummary } from '../summary/allocation';
import type { WorkspaceHost } from './host';
import { folderOf, matchesReviewGlobs } from './reviews';
import { analyzeOptionsOf } from './settings';
import { createTickets, PREPARE_FROM_CHARS } from './tickets';

export interface ReviewState {
  path: string;
  /** The document version (the host's counter) and text the analysis was computed from. */
  version: number;
  text: string;
  analysis: ReviewAnalysis;
  summary: WeekSummary | undefined;
  rubric: RubricResolution;
}

/** A document's text, or a function that makes it (called at most once per version). */
export type DocumentText = string | (() => string);

interface OpenDocument {
  text: DocumentText;
  version: number;
  timer: unknown;
  state: ReviewState | undefined;
}

export interface DocumentStore {
  open(path: string, text: DocumentText, version: number): void;
  change(path: string, text: DocumentText, version: number): void;
  close(path: string): void;
  isOpen(path: string): boolean;
  textOf(path: string): string | undefined;
  versionOf(path: string): number | undefined;
  stateOf(path: string): ReviewState | undefined;
  /** The analysis of the current text (runs one now unless the latest is current). */
  fresh(path: string): Promise<ReviewState | undefined>;
  /** Checks every open document again at once (settings or a rubric changed). */
  recheckAll(): void;
  openPaths(): string[];
  dispose(): void;
}

export interface DocumentEvents {
  analyzed(state: ReviewState): void;
  forgotten(path: string): void;
}

/** Whether an open document is a review: the engine's word (front matter, file name), or the `weeklyReview.files` globs. */
export function isReviewDocument(service: ReviewService, host: WorkspaceHost, path: string, text: string): boolean {
  if (service.isReview(path, text)) return true;
  return matchesReviewGlobs(path, host.settings(path).files, folderOf(path, host.folders()));
}

class Store implements DocumentStore {
  private readonly documents = new Map<string, OpenDocument>();
  private readonly tickets = createTickets();

  constructor(
    private readonly service: ReviewService,
    private readonly host: WorkspaceHost,
    private readonly events: DocumentEvents,
  ) {}

  open(path: string, text: DocumentText, version: number): void {
    const known = this.documents.get(path);
    this.documents.set(path, { text, version, timer: known?.timer, state: known?.state });
    this.schedule(path, 0);
  }

  change(path: string, text: DocumentText, version: number): void {
    const document = this.documents.get(path);
    if (!document) return this.open(path, text, version);
    document.text = text;
    document.version = version;
    this.schedule(path, this.host.settings(path).debounceMs);
  }

  close(path: string): void {
    const document = this.documents.get(path);
    if (!document) return;
    if (document.timer !== undefined) this.host.clock.clearTimeout(document.timer);
    this.documents.delete(path);
    this.tickets.forget(path);
    if (document.state) this.events.forgotten(path);
  }

  isOpen(path: string): boolean {
    return this.documents.has(path);
  }

  textOf(path: string): string | undefined {
    const document = this.documents.get(path);
    if (!document) return undefined;
    // Made once per version; the same string object after, so comparing it with an analysis's text is a pointer check.
    if (typeof document.text !== 'string') document.text = document.text();
    return document.text;
  }

  versionOf(path: string): number | undefined {
    return this.documents.get(path)?.version;
  }

  stateOf(path: string): ReviewState | undefined {
    return this.documents.get(path)?.state;
  }

  async fresh(path: string): Promise<ReviewState | undefined> {
    const document = this.documents.get(path);
    if (!document) return undefined;
    if (document.state && document.state.version === document.version && document.state.text === this.textOf(path)) return document.state;
    if (document.timer !== undefined) this.host.clock.clearTimeout(document.timer);
    document.timer = undefined;
    return this.run(path, this.tickets.next(path));
  }

  recheckAll(): void {
    for (const path of this.documents.keys()) this.schedule(path, 0);
  }

  openPaths(): string[] {
    return [...this.documents.keys()];
  }

  dispose(): void {
    for (const document of this.documents.values()) if (document.timer !== undefined) this.host.clock.clearTimeout(document.timer);
    this.documents.clear();
  }

  private latest(path: string, ticket: number): boolean {
    return this.documents.has(path) && this.tickets.isLatest(path, ticket);
  }

  private schedule(path: string, delayMs: number): void {
    const document = this.documents.get(path);
    if (!document) return;
    if (document.timer !== undefined) this.host.clock.clearTimeout(document.timer);
    const ticket = this.tickets.next(path);
    document.timer = this.host.clock.setTimeout(() => {
      document.timer = undefined;
      void this.run(path, ticket);
    }, delayMs);
  }

  private async run(path: string, ticket: number): Promise<ReviewState | undefined> {
    const document = this.documents.get(path);
    const text = this.textOf(path);
    if (!document || text === undefined) return undefined;
    const { version } = document;
    if (!isReviewDocument(this.service, this.host, path, text)) {
      if (document.state) this.events.forgotten(path);
      document.state = undefined;
      return undefined;
    }
    const options = analyzeOptionsOf(this.host.settings(path), folderOf(path, this.host.folders()));
    try {
      const rubric = await this.service.resolveRubric(path, text, options);
      // A newer edit (or a close) happened while the rubric loaded: its own run will publish.
      if (!this.latest(path, ticket)) return this.stateOf(path);
      if (text.length >= PREPARE_FROM_CHARS && !document.state) {
        // The first check of a large review yields between batches of sections, so the host keeps answering.
        await this.service.prepare(path, text, rubric, options, () => new Promise((resolve) => this.host.clock.setTimeout(() => resolve(this.latest(path, ticket)), 0)));
        if (!this.latest(path, ticket)) return this.stateOf(path);
      }
      const analysis = this.service.analyzeWith(path, text, rubric, options);
      const state: ReviewState = { path, version, text, analysis, summary: this.service.summarize(analysis), rubric };
      document.state = state;
      this.events.analyzed(state);
      return state;
    } catch (error) {
      // The engine promises not to throw; if it does, say so in the log rather than crash the host.
      this.host.log?.(`analysing ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }
}

export function createDocumentStore(service: ReviewService, host: WorkspaceHost, events: DocumentEvents): DocumentStore {
  return new Store(service, host, events);
}
