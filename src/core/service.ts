// The engine's one entry point, in the manner of vscode-markdown-languageservice's
// `createLanguageService`: `createReviewService` builds the service from the
// pieces a host injects (how to read a file, what it may not read) and returns
// a plain object. The CLI, the VS Code extension and the tests all use it, so
// there is exactly one implementation of every decision. The service owns
// every cache of what it read (sections, parses, verdicts, the words of texts),
// so a new service knows no document. What every service in the process
// shares is what is derived from a rubric alone (heading labels, category
// signals, exemplar indexes, keyword matchers and stems), compiled once per
// rubric object in a WeakMap keyed by the rubric (analysis/compiledRubric.ts).
// A rubric is immutable once loaded, so this is a pure function of it, as a
// linter's compiled rules are; it goes when the rubric goes. Besides, the
// process keeps the built-in rubric (loaded once, rubric/load.ts), the review
// index's items per analysis object (history/items.ts) and time zones
// (calendar/zones.ts): none of them holds what a new service's check reads.

import { analyzeReview, prepareReview, type AnalysisInput, type ReviewAnalysis } from './analysis/analyze';
import { createCaches, type Caches } from './analysis/cache';
import { findFrontMatter, parseFrontMatterOnce, type ParsedFrontMatter } from './parse/frontMatter';
import { parseWeekValue, weekFromFileName } from './parse/isoWeek';
import { createRubricResolver, type RubricResolution } from './rubric/resolve';
import type { RubricProblem } from './rubric/model';
import { RULE_RUNNER } from './rules/runner';
import { withInnerMarksAsSpaces, withStems } from './text';
import type { SeverityOverrides } from './types';
import { summarizeReview, summarizeWeeks, type MultiWeekSummary, type WeekSummary } from './summary/allocation';

export interface ReviewHost {
  /** Reads a file by path ('/'-separated); `undefined` when it does not exist or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /**
   * A reason to refuse reading `path`, or undefined to allow it. The extension
   * refuses rubric paths outside the workspace folders in Restricted Mode; the
   * refusal is shown as a rubric-error naming the reason. It may answer with
   * a promise (the extension resolves symbolic links first); every read of a
   * rubric, an `extends` target or a people file waits for it.
   */
  refuseRead?(path: string): string | undefined | Promise<string | undefined>;
  /**
   * Why an existing rubric or people file cannot be read as text (a FIFO, a
   * device, a directory, too large, binary, a link `refuseRead` just refused
   * to follow), or undefined. Synchronous, so a rubric lookup never waits on
   * a special file; the reason is a rubric-error, also for the nearest rubric.
   */
  unreadable?(path: string): string | undefined;
}

export interface AnalyzeOptions {
  /** Rubric named by the host (`--rubric`, `weeklyReview.rubric`); front matter `rubric:` still wins. */
  rubricPath?: string;
  severities?: SeverityOverrides;
  /**
   * The text is analysed once and will not be edited (a file the CLI or the
   * review index read from disk): a small one is parsed in one piece, which
   * is faster than section by section, and nothing is kept for a next version.
   */
  oneShot?: boolean;
  /** false: remembered verdicts are not applied (`weeklyReview.memory.enabled`, `--no-memory`). */
  memory?: boolean;
}

/** Up to this size a one-shot text is parsed whole; past it, by section (a whole parse grows faster than the text). */
const ONE_PIECE_MAX_CHARS = 32 * 1024;

export interface ReviewService {
  /** A review has front matter `week:` or an ISO week in the file name (host globs are the host's business). */
  isReview(path: string, text: string): boolean;
  /** Which rubric applies to a review, loaded and validated (cached until `forgetRubrics`). */
  resolveRubric(reviewPath: string, text: string, options?: AnalyzeOptions): Promise<RubricResolution>;
  analyze(path: string, text: string, options?: AnalyzeOptions): Promise<ReviewAnalysis>;
  /** Synchronous analysis with an already resolved rubric (the hot path while typing). */
  analyzeWith(path: string, text: string, rubric: RubricResolution, options?: AnalyzeOptions): ReviewAnalysis;
  /**
   * Before the first `analyzeWith` of a large review: analyses its sections a
   * batch at a time, awaiting `pause()` between batches (false stops), so the
   * host stays responsive; the `analyzeWith` that follows then only joins.
   */
  prepare(path: string, text: string, rubric: RubricResolution, options: AnalyzeOptions | undefined, pause: () => Promise<boolean>): Promise<void>;
  summarize(analysis: ReviewAnalysis): WeekSummary | undefined;
  summarizeWeeks(summaries: WeekSummary[]): MultiWeekSummary;
  /** Validates a rubric file on its own (for diagnostics in the rubric file itself). */
  checkRubricFile(path: string, text: string): Promise<RubricProblem[]>;
  /** Drops cached rubric lookups, e.g. after a rubric file changed. */
  forgetRubrics(): void;
}

/** Internals a test or benchmark may inject: the caches (with their parse hook) and whole-document parsing. */
export interface ServiceInternals {
  caches?: Caches;
  /** false parses every review as one section: the reference the sectioned analysis must equal. */
  sectioned?: boolean;
}

function frontMatterOf(text: string, memo: Map<string, ParsedFrontMatter>, maxLines?: number) {
  const block = findFrontMatter(text.split(/\r\n|\r|\n/, maxLines));
  return block ? parseFrontMatterOnce(block, memo).frontMatter : undefined;
}

export function createReviewService(host: ReviewHost, internals: ServiceInternals = {}): ReviewService {
  const caches = internals.caches ?? createCaches();
  const inputOf = (path: string, text: string, rubric: RubricResolution, options: AnalyzeOptions | undefined): AnalysisInput => ({
    path,
    text: withInnerMarksAsSpaces(text),
    rules: RULE_RUNNER,
    ...(rubric.ok ? { rubric: rubric.rubric } : { rubricFailure: { file: rubric.file, problems: rubric.problems } }),
    ...(options?.severities ? { severities: options.severities } : {}),
    ...(rubric.ok && rubric.memory && options?.memory !== false ? { memory: rubric.memory } : {}),
    ...(internals.sectioned === false || (options?.oneShot === true && text.length <= ONE_PIECE_MAX_CHARS) ? { sectioned: false } : {}),
    ...(options?.oneShot === true ? { remember: false } : {}),
  });
  const rubrics = createRubricResolver({ readFile: host.readFile, ...(host.refuseRead ? { refuseRead: host.refuseRead } : {}), ...(host.unreadable ? { unreadable: host.unreadable } : {}) });
  const service: ReviewService = {
    isReview(path, text) {
      if (weekFromFileName(path)) return true;
      const week = frontMatterOf(text.slice(0, 4096), caches.frontMatter)?.week;
      return week !== undefined && (parseWeekValue(week).ok || /^\s*\d{4}/.test(week));
    },
    resolveRubric: (reviewPath, text, options) => rubrics.resolve(reviewPath, frontMatterOf(text, caches.frontMatter, 200)?.rubric, options?.rubricPath),
    async analyze(path, text, options) {
      return service.analyzeWith(path, text, await service.resolveRubric(path, text, options), options);
    },
    analyzeWith: (path, text, rubric, options) => withStems(caches.stems, () => analyzeReview(inputOf(path, text, rubric, options), caches)),
    prepare: (path, text, rubric, options, pause) => prepareReview(inputOf(path, text, rubric, options), caches, pause),
    summarize: (analysis) => (analysis.document.rubric ? summarizeReview(analysis, analysis.document.rubric) : undefined),
    summarizeWeeks,
    checkRubricFile: (path, text) => rubrics.check(path, text),
    forgetRubrics: () => rubrics.forget(),
  };
  return service;
}
