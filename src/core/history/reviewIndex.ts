// The review index: the host hands it review files (`{path, text}`) and keeps
// it current with `upsert` and `remove`. Each file is analysed once with the
// review service and cached by its text, so a change to one file re-analyses
// only that file. Reviews are ordered by ISO week (then path); two files that
// claim the same week get a `duplicate-week` finding each. Work is linear in
// the number of files (plus one sort, cached until the set changes).

import type { ReviewAnalysis } from '../analysis/analyze';
import type { AnalyzeOptions, ReviewService } from '../service';
import type { WeekSummary } from '../summary/allocation';
import { formatIsoWeek } from '../parse/isoWeek';
import { historyFinding, lineRange, type HistoryFinding } from './findings';
import { weekOrdinal } from './weeks';

export interface ReviewFile {
  path: string;
  text: string;
}

export interface IndexedReview {
  path: string;
  text: string;
  /** `2026-W47`, or null when neither front matter nor file name gives a week. */
  week: string | null;
  /** Integer position of the week (see weeks.ts); null when undated. */
  weekOrdinal: number | null;
  analysis: ReviewAnalysis;
  /** Undefined when the review's rubric is broken (nothing to allocate against). */
  summary: WeekSummary | undefined;
}

/** What the index needs from the review service. */
export type HistoryService = Pick<ReviewService, 'analyze' | 'summarize'>;

export interface ReviewIndexOptions {
  /** Options for `service.analyze` (e.g. the host's rubric setting), fixed or per path. */
  analyzeOptions?: AnalyzeOptions | ((path: string) => AnalyzeOptions | undefined);
}

export interface ReviewIndex {
  /** Makes the index hold exactly these files; unchanged ones (same path and text) are not re-analysed. */
  setFiles(files: readonly ReviewFile[]): Promise<void>;
  /**
   * Adds or updates one file; re-analyses it only when its text changed. A
   * host that already analysed this text with the index's options (the
   * editor, on every keystroke) passes that analysis instead of paying twice,
   * and its summary when it has that too.
   */
  upsert(path: string, text: string, analysis?: ReviewAnalysis, summary?: WeekSummary): Promise<IndexedReview>;
  remove(path: string): boolean;
  /** Re-analyses every file, e.g. after a rubric changed (call `service.forgetRubrics()` first). */
  refresh(): Promise<void>;
  get(path: string): IndexedReview | undefined;
  /** Dated reviews in week order, then path order; duplicates of a week included. */
  reviews(): readonly IndexedReview[];
  /** One review per week (the first by path when several claim it), in week order: what trends read. */
  weekly(): readonly IndexedReview[];
  /** Reviews with no ISO week; they take no part in trends or people. */
  undated(): readonly IndexedReview[];
  /** The review of the latest week (first by path on a tie). */
  latest(): IndexedReview | undefined;
  /** A `duplicate-week` finding on every file of a week claimed more than once. */
  duplicateWeekFindings(): HistoryFinding[];
  /** How many analyses ran since creation (a test and benchmark hook). */
  analysisCount(): number;
  size(): number;
}

interface Ordered {
  reviews: IndexedReview[];
  weekly: IndexedReview[];
  undated: IndexedReview[];
}

function orderReviews(entries: Iterable<IndexedReview>): Ordered {
  const dated: IndexedReview[] = [];
  const undated: IndexedReview[] = [];
  for (const entry of entries) (entry.weekOrdinal === null ? undated : dated).push(entry);
  dated.sort((a, b) => (a.weekOrdinal as number) - (b.weekOrdinal as number) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  undated.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const weekly = dated.filter((entry, i) => i === 0 || (dated[i - 1] as IndexedReview).weekOrdinal !== entry.weekOrdinal);
  return { reviews: dated, weekly, undated };
}

/**
 * Reviews a duplicate-week finding names; past them it counts. Each finding
 * named every other review of its week, so a folder of thousands of copies
 * made findings as long as the folder (4,000 reviews of one week: 2.2 s and
 * 570 MB of messages).
 */
export const MAX_NAMED_DUPLICATES = 5;

/** The other reviews of a week, as a finding names them: "a.md, b.md", or the first few "and 3,995 more". */
function othersOf(list: readonly IndexedReview[], review: IndexedReview): string {
  const named: string[] = [];
  for (const other of list) {
    if (named.length === MAX_NAMED_DUPLICATES) break;
    if (other !== review) named.push(other.path);
  }
  const more = list.length - 1 - named.length;
  return more > 0 ? `${named.join(', ')} and ${more.toLocaleString('en-US')} more` : named.join(', ');
}

function duplicateFindings(ordered: Ordered): HistoryFinding[] {
  const byWeek = new Map<number, IndexedReview[]>();
  for (const review of ordered.reviews) {
    const list = byWeek.get(review.weekOrdinal as number) ?? [];
    list.push(review);
    byWeek.set(review.weekOrdinal as number, list);
  }
  const findings: HistoryFinding[] = [];
  for (const list of byWeek.values()) {
    if (list.length < 2) continue;
    for (const review of list) {
      const others = othersOf(list, review);
      const document = review.analysis.document;
      const line = document.weekFromFrontMatter ? (document.frontMatter?.weekLine ?? 1) : 1;
      const message = `Week ${review.week} is also claimed by ${others}. Give each review its own week; trends use ${(list[0] as IndexedReview).path}.`;
      findings.push(historyFinding(review.path, 'duplicate-week', 'warning', message, lineRange(line, document.lineLength(line))));
    }
  }
  return findings;
}

function entryOf(service: HistoryService, path: string, text: string, analysis: ReviewAnalysis, summary?: WeekSummary): IndexedReview {
  const week = analysis.document.week;
  return { path, text, week: week ? formatIsoWeek(week) : null, weekOrdinal: week ? weekOrdinal(week) : null, analysis, summary: summary ?? service.summarize(analysis) };
}

export function createReviewIndex(service: HistoryService, options: ReviewIndexOptions = {}): ReviewIndex {
  const entries = new Map<string, IndexedReview>();
  /** The latest requested analysis per path: an older, slower one never overwrites a newer one. */
  const inflight = new Map<string, { text: string; done: Promise<IndexedReview> }>();
  let analyses = 0;
  let ordered: Ordered | undefined;
  const order = (): Ordered => (ordered ??= orderReviews(entries.values()));

  const analyseFile = async (path: string, text: string): Promise<IndexedReview> => {
    const analyzeOptions = typeof options.analyzeOptions === 'function' ? options.analyzeOptions(path) : options.analyzeOptions;
    // Files of a run are read from disk and analysed once: see AnalyzeOptions.oneShot.
    return entryOf(service, path, text, await service.analyze(path, text, { ...analyzeOptions, oneShot: true }));
  };

  const analyseInto = (path: string, text: string, given?: ReviewAnalysis, summary?: WeekSummary): Promise<IndexedReview> => {
    if (!given) analyses++;
    const request = { text, done: given ? Promise.resolve(entryOf(service, path, text, given, summary)) : analyseFile(path, text) };
    inflight.set(path, request);
    return request.done.then((entry) => {
      if (inflight.get(path) !== request) return entries.get(path) ?? entry;
      inflight.delete(path);
      entries.set(path, entry);
      ordered = undefined;
      return entry;
    }, (error: unknown) => {
      if (inflight.get(path) === request) inflight.delete(path);
      throw error;
    });
  };

  const index: ReviewIndex = {
    async setFiles(files) {
      const wanted = new Set(files.map((file) => file.path));
      for (const path of [...entries.keys()]) if (!wanted.has(path)) index.remove(path);
      await Promise.all(files.map((file) => index.upsert(file.path, file.text)));
    },
    async upsert(path, text, analysis, summary) {
      const running = inflight.get(path);
      if (running?.text === text) return running.done;
      const known = entries.get(path);
      if (!running && known?.text === text) return known;
      return analyseInto(path, text, analysis, summary);
    },
    remove(path) {
      inflight.delete(path);
      const removed = entries.delete(path);
      if (removed) ordered = undefined;
      return removed;
    },
    async refresh() {
      await Promise.all([...entries.values()].map((entry) => analyseInto(entry.path, entry.text)));
    },
    get: (path) => entries.get(path),
    reviews: () => order().reviews,
    weekly: () => order().weekly,
    undated: () => order().undated,
    latest: () => order().weekly.at(-1),
    duplicateWeekFindings: () => duplicateFindings(order()),
    analysisCount: () => analyses,
    size: () => entries.size,
  };
  return index;
}
