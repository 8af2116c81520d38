// The engine's one entry point. `createReviewService` builds the service from
// the pieces a host injects (how to read a file, where to log) and returns a
// plain object; the CLI, the VS Code extension and the tests all use it, so
// there is exactly one implementation of every decision.

import { analyzeReview, createCaches, type ReviewAnalysis } from './analysis/analyze';
import { summarizeReview, summarizeWeeks, type MultiWeekSummary, type WeekSummary } from './summary/allocation';
import { findFrontMatter, parseFrontMatter } from './parse/frontMatter';
import { parseWeekValue, weekFromFileName } from './parse/isoWeek';
import { BUILTIN_RUBRIC_NAME, BUILTIN_RUBRIC_SOURCE, builtinRubric, loadRubric, resolveRelativePath } from './rubric/load';
import type { Rubric, RubricProblem } from './rubric/model';
import { RubricError } from './rubric/model';
import type { RuleId, SeveritySetting } from './types';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ReviewHost {
  /** Reads a file by path ('/'-separated); `undefined` when it does not exist or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  logger?: Logger;
  /** Test and benchmark hook: called with a section's text each time one is parsed (not served from the cache). */
  onSectionParsed?: (text: string) => void;
}

export const RUBRIC_FILE_NAMES = ['.weekly-review.yaml', '.weekly-review.yml', '.weekly-review.json'] as const;

export type RubricResolution =
  | { ok: true; rubric: Rubric; file: string }
  | { ok: false; file: string; problems: RubricProblem[] };

export interface AnalyzeOptions {
  /** Rubric named by the host (`--rubric`, `weeklyReview.rubric`); front matter `rubric:` still wins. */
  rubricPath?: string;
  severities?: Partial<Record<RuleId, SeveritySetting>>;
}

export interface ReviewService {
  /** SPEC §2.1: front matter `week:` or an ISO week in the file name (host globs are the host's business). */
  isReview(path: string, text: string): boolean;
  /** Which rubric applies to a review, loaded and validated (cached until `forgetRubrics`). */
  resolveRubric(reviewPath: string, text: string, options?: AnalyzeOptions): Promise<RubricResolution>;
  analyze(path: string, text: string, options?: AnalyzeOptions): Promise<ReviewAnalysis>;
  /** Synchronous analysis with an already resolved rubric (the hot path while typing). */
  analyzeWith(path: string, text: string, rubric: RubricResolution, options?: AnalyzeOptions & { sectioned?: boolean }): ReviewAnalysis;
  summarize(analysis: ReviewAnalysis): WeekSummary | undefined;
  summarizeWeeks(summaries: WeekSummary[]): MultiWeekSummary;
  /** Validates a rubric file on its own (for diagnostics in the rubric file itself). */
  checkRubricFile(path: string, text: string): Promise<RubricProblem[]>;
  /** Drops cached rubric lookups, e.g. after a rubric file changed. */
  forgetRubrics(): void;
  cacheSizes(): { sections: number; scores: number; rubrics: number };
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : slash === 0 ? '/' : '';
}

export function createReviewService(host: ReviewHost): ReviewService {
  const caches = createCaches();
  if (host.onSectionParsed) caches.onSectionParsed = host.onSectionParsed;
  const rubricsByFile = new Map<string, Promise<RubricResolution>>();
  const nearestByFolder = new Map<string, Promise<string | undefined>>();

  const loadRubricFile = (file: string): Promise<RubricResolution> => {
    let pending = rubricsByFile.get(file);
    if (!pending) {
      pending = (async (): Promise<RubricResolution> => {
        const text = await host.readFile(file);
        if (text === undefined) {
          return { ok: false, file, problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `rubric file ${file} cannot be read; check the path (relative to the review) or use "cto"` }] };
        }
        try {
          return { ok: true, rubric: await loadRubric(file, text, host.readFile), file };
        } catch (error) {
          if (error instanceof RubricError) return { ok: false, file, problems: error.problems };
          throw error;
        }
      })();
      rubricsByFile.set(file, pending);
    }
    return pending;
  };

  const findNearestRubric = (folder: string): Promise<string | undefined> => {
    let pending = nearestByFolder.get(folder);
    if (!pending) {
      pending = (async () => {
        for (const name of RUBRIC_FILE_NAMES) {
          const candidate = folder === '/' ? `/${name}` : `${folder}/${name}`;
          if ((await host.readFile(candidate)) !== undefined) return candidate;
        }
        const parent = folderOf(folder);
        return parent && parent !== folder ? findNearestRubric(parent) : undefined;
      })();
      nearestByFolder.set(folder, pending);
    }
    return pending;
  };

  const builtin = (): RubricResolution => ({ ok: true, rubric: builtinRubric(), file: BUILTIN_RUBRIC_SOURCE });

  const service: ReviewService = {
    isReview(path, text) {
      if (weekFromFileName(path)) return true;
      const block = findFrontMatter(text.slice(0, 4096).split(/\r\n|\r|\n/));
      if (!block) return false;
      const week = parseFrontMatter(block).frontMatter.week;
      return week !== undefined && (parseWeekValue(week).ok || /^\s*\d{4}/.test(week));
    },

    async resolveRubric(reviewPath, text, options) {
      const block = findFrontMatter(text.split(/\r\n|\r|\n/, 200));
      const named = block ? parseFrontMatter(block).frontMatter.rubric : undefined;
      if (named !== undefined) return named === BUILTIN_RUBRIC_NAME ? builtin() : loadRubricFile(resolveRelativePath(reviewPath, named));
      if (options?.rubricPath) return options.rubricPath === BUILTIN_RUBRIC_NAME ? builtin() : loadRubricFile(options.rubricPath);
      const nearest = await findNearestRubric(folderOf(reviewPath));
      return nearest ? loadRubricFile(nearest) : builtin();
    },

    async analyze(path, text, options) {
      return service.analyzeWith(path, text, await service.resolveRubric(path, text, options), options);
    },

    analyzeWith(path, text, rubric, options) {
      return analyzeReview({
        path,
        text,
        ...(rubric.ok ? { rubric: rubric.rubric } : { rubricFailure: { file: rubric.file, problems: rubric.problems } }),
        ...(options?.severities ? { severities: options.severities } : {}),
        ...(options?.sectioned !== undefined ? { sectioned: options.sectioned } : {}),
      }, caches);
    },

    summarize(analysis) {
      return analysis.document.rubric ? summarizeReview(analysis, analysis.document.rubric) : undefined;
    },

    summarizeWeeks,

    async checkRubricFile(path, text) {
      try {
        await loadRubric(path, text, host.readFile);
        return [];
      } catch (error) {
        if (error instanceof RubricError) return error.problems;
        throw error;
      }
    },

    forgetRubrics() {
      rubricsByFile.clear();
      nearestByFolder.clear();
    },

    cacheSizes() {
      return { sections: caches.sections.size, scores: caches.scores.size, rubrics: rubricsByFile.size };
    },
  };
  return service;
}
