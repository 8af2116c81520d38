// The runs of a workspace: every review file (reviews.ts decides which), read
// through the host and grouped by workspace folder and rubric in effect, one
// review index per run (../history). Each change re-analyses only the
// changed file (the index caches by text); an open document's analysis is
// reused, not repeated. Trends, people and the workspace findings of a run are
// derived once per change of the run and kept until the next. Indexing reads
// a batch of files at a time and yields to the host between batches, telling
// it how far it got, so an editor stays responsive on hundreds of reviews.

import type { ReviewAnalysis } from '../analysis/analyze';
import type { HistoryFinding } from '../history/findings';
import { peopleReportOfRun, runFindings } from '../history/run';
import { createReviewIndex, type ReviewIndex } from '../history/reviewIndex';
import type { PeopleReport } from '../history/peopleTypes';
import { computeTrends } from '../history/trends';
import type { TrendData } from '../history/trendTypes';
import type { ReviewService } from '../service';
import type { WeekSummary } from '../summary/allocation';
import type { WorkspaceHost } from './host';
import { folderOf, isRunReview, runKeyOf } from './reviews';
import { analyzeOptionsOf } from './settings';

export interface Run {
  key: string;
  /** The workspace folder of the run (undefined: none, as on a command line). */
  folder: string | undefined;
  /** The rubric file in effect, or `built-in`. */
  rubricFile: string;
  index: ReviewIndex;
}

interface Derived {
  trends?: TrendData;
  people?: PeopleReport;
  findings?: HistoryFinding[];
}

/** Files read and analysed between two yields to the host. */
export const INDEX_BATCH = 16;

/** How far an indexing got: `done` of `total` files read (done === total: finished). */
export interface IndexProgress {
  done: number;
  total: number;
}

export interface RunSet {
  /** Reads every review of the workspace again (a rubric changed, folders changed); resolves when done. `progress` hears before each batch. */
  indexAll(isOpen: (path: string) => boolean, read: (path: string) => Promise<string | undefined>, progress?: (progress: IndexProgress) => void): Promise<void>;
  /** Adds, moves or drops one file; `analysed` is the open document's analysis of exactly this text. Resolves true when a run changed. */
  upsert(path: string, text: string, open: boolean, analysed?: { analysis: ReviewAnalysis; summary: WeekSummary | undefined }): Promise<boolean>;
  remove(path: string): boolean;
  runOf(path: string): Run | undefined;
  all(): Run[];
  trends(run: Run): TrendData;
  people(run: Run): PeopleReport;
  /** Duplicate weeks and overdue 1:1s, at the severities the settings of the run's latest review give. */
  findings(run: Run): HistoryFinding[];
  /** Forgets derived data (severities changed). */
  forgetDerived(): void;
  /**
   * Forgets the derived data of the runs changed since the last call. A
   * change marks its run; the derived data (people walk every review) is
   * recomputed only once the changes settle, not on every keystroke.
   */
  settle(): void;
}

class Runs implements RunSet {
  private readonly runs = new Map<string, Run>();
  private readonly runOfPath = new Map<string, string>();
  private readonly derived = new Map<string, Derived>();
  /** Runs changed since the last `settle`. */
  private readonly dirty = new Set<string>();
  private generation = 0;

  constructor(
    private readonly service: ReviewService,
    private readonly host: WorkspaceHost,
  ) {}

  async indexAll(isOpen: (path: string) => boolean, read: (path: string) => Promise<string | undefined>, progress?: (progress: IndexProgress) => void): Promise<void> {
    const mine = ++this.generation;
    this.service.forgetRubrics();
    const paths = await this.host.listFiles();
    if (mine !== this.generation) return;
    this.runs.clear();
    this.runOfPath.clear();
    this.derived.clear();
    for (let at = 0; at < paths.length; at += INDEX_BATCH) {
      // Between batches the host gets its turn (an editor answers hovers and keystrokes meanwhile).
      if (at > 0) await new Promise<void>((resolve) => this.host.clock.setTimeout(resolve, 0));
      if (mine !== this.generation) return;
      progress?.({ done: at, total: paths.length });
      await Promise.all(paths.slice(at, at + INDEX_BATCH).map(async (path) => {
        const text = await read(path);
        if (text !== undefined && mine === this.generation) await this.upsert(path, text, isOpen(path));
      }));
      if (mine !== this.generation) return;
    }
    progress?.({ done: paths.length, total: paths.length });
  }

  async upsert(path: string, text: string, open: boolean, analysed?: { analysis: ReviewAnalysis; summary: WeekSummary | undefined }): Promise<boolean> {
    const folders = this.host.folders();
    const folder = folderOf(path, folders);
    const settings = this.host.settings(path);
    const review = isRunReview({ path, globs: settings.files, folder, saysReview: this.service.isReview(path, text), open });
    // With workspace folders, a file outside them belongs to no run; without any, every review is in the folderless runs.
    if (!review || (folder === undefined && folders.length > 0)) return this.remove(path);
    const rubric = await this.service.resolveRubric(path, text, this.optionsOf(path));
    const key = runKeyOf(folder, rubric.file);
    const previous = this.runOfPath.get(path);
    if (previous !== undefined && previous !== key) this.remove(path);
    this.runOfPath.set(path, key);
    const run = this.runFor(key, folder, rubric.file);
    const before = run.index.get(path)?.text;
    try {
      await run.index.upsert(path, text, analysed?.analysis, analysed?.summary);
    } catch (error) {
      this.host.log?.(`indexing ${path} failed: ${String(error)}`);
      return false;
    }
    if (before === text) return false;
    this.dirty.add(key);
    return true;
  }

  remove(path: string): boolean {
    const key = this.runOfPath.get(path);
    if (key === undefined) return false;
    this.runOfPath.delete(path);
    const run = this.runs.get(key);
    const removed = run?.index.remove(path) ?? false;
    this.dirty.add(key);
    if (run && run.index.size() === 0) this.runs.delete(key);
    return removed;
  }

  runOf(path: string): Run | undefined {
    const key = this.runOfPath.get(path);
    return key === undefined ? undefined : this.runs.get(key);
  }

  all(): Run[] {
    return [...this.runs.values()];
  }

  trends(run: Run): TrendData {
    return (this.cache(run).trends ??= computeTrends(run.index.weekly()));
  }

  people(run: Run): PeopleReport {
    return (this.cache(run).people ??= peopleReportOfRun(run.index));
  }

  findings(run: Run): HistoryFinding[] {
    const latest = run.index.latest();
    return (this.cache(run).findings ??= runFindings(run.index, latest ? this.host.settings(latest.path).severities : undefined, this.people(run)));
  }

  forgetDerived(): void {
    this.derived.clear();
  }

  settle(): void {
    for (const key of this.dirty) this.derived.delete(key);
    this.dirty.clear();
  }

  private optionsOf(path: string) {
    return analyzeOptionsOf(this.host.settings(path), folderOf(path, this.host.folders()));
  }

  private cache(run: Run): Derived {
    let entry = this.derived.get(run.key);
    if (!entry) this.derived.set(run.key, (entry = {}));
    return entry;
  }

  private runFor(key: string, folder: string | undefined, rubricFile: string): Run {
    let run = this.runs.get(key);
    if (!run) this.runs.set(key, (run = { key, folder, rubricFile, index: createReviewIndex(this.service, { analyzeOptions: (path) => this.optionsOf(path) }) }));
    return run;
  }
}

export function createRunSet(service: ReviewService, host: WorkspaceHost): RunSet {
  return new Runs(service, host);
}
