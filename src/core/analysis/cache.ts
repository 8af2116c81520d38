// The service's caches, in one object the service owns: parsed sections
// keyed by their text, assembled section analyses, judged activities keyed by
// their rubric-relevant facts, the words of recently matched texts. All that
// is derived from a document lives here; what is derived from a rubric alone
// is compiled once per rubric and shared (compiledRubric.ts). Every map is
// bounded.

import type { ParsedFrontMatter } from '../parse/frontMatter';
import type { Split } from '../parse/resplit';
import { createChunkMemo, type ChunkMemo } from '../parse/sections';
import type { SectionSyntax } from '../parse/sectionSyntax';
import type { WalkedSyntax } from '../parse/blocks';
import type { FrontMatterFacts } from './frontMatterFacts';
import type { Joined } from './join';
import type { AssembledTexts, SectionResult } from './section';
import type { FailedIds } from './tally';
import type { CriterionResult } from '../types';
import { createKeywordReader, type KeywordReader } from './keywords';
import type { ScoringResult } from './scoring';
import type { StemMemo } from '../text';

/** A criterion held once, with the number its lists are keyed by. */
export interface InternedCriterion {
  criterion: CriterionResult;
  id: number;
}

export interface Caches {
  sections: Map<string, SectionSyntax>;
  /** Blocks of recently edited sections read alone, keyed by their text (parse/blocks.ts). */
  blocks: Map<string, WalkedSyntax>;
  /** The section splitter's scans of the lines between two headings, keyed by their text. */
  splits: ChunkMemo;
  /** Assembled section analyses, keyed by position, open headings, rubric and severities, then by text. */
  assembled: Map<string, AssembledTexts>;
  scores: Map<string, ScoringResult>;
  /** Criterion verdicts by their content, each with a number, so equal verdicts are held once (judge.ts). */
  /** The failed ids of each held criteria list (summary/allocation.ts). */
  failedIds: FailedIds;
  /** Criteria held once, by their evidence (judge.ts). */
  criteria: Map<string, InternedCriterion[]>;
  /** Never reused, so a list key never names a verdict that was evicted and replaced. */
  nextCriterionId: number;
  /** Criteria lists by the numbers of their verdicts. */
  criteriaLists: Map<string, CriterionResult[]>;
  /** Finding messages by their text, so equal messages are held once (section.ts). */
  messages: Map<string, string>;
  /** The stems of words this service has read, while it checks (text.ts `withStems`). */
  stems: StemMemo;
  /** Keyword matching: each rubric's compiled lists, with this service's memo of the words of recent texts. */
  keywords: KeywordReader;
  /** A number per rubric object, so judged activities are never shared between two rubrics with one name. */
  rubricIds: WeakMap<object, number>;
  nextRubricId: number;
  /** Parsed front matter blocks by their text (parse/frontMatter.ts). */
  frontMatter: Map<string, ParsedFrontMatter>;
  /** The latest analysis of each path, which the next analysis of that path updates (analyze.ts). */
  documents: Map<string, DocumentMemo>;
  /** Test and benchmark hook: called with a section's text each time one is parsed (a cache miss). */
  onSectionParsed?: (text: string) => void;
}

/** A path's latest split and section results, with the settings they were computed under. */
export interface DocumentMemo {
  split: Split;
  facts: FrontMatterFacts;
  results: SectionResult[];
  joined: Joined;
  settingsKey: string;
}

/**
 * Parses and scores are kept for the recent sections only: after an edit the
 * sections around it are re-used through the document memo and moved by
 * shift.ts, so these two are needed only when an edited section or one whose
 * open headings changed is assembled again. Bounding them cut the memory a
 * 1 MB review keeps by about a fifth, and 128 parses instead of 512 another
 * 1.2 MB, with no measured cost to a keystroke or a paste. An edit re-judges
 * its whole section, so the scores must cover the longest section: 256 made
 * a paste into a section of 1,400 items five times slower.
 */
export const CACHE_LIMITS = { sections: 128, blocks: 256, assembled: 20_000, scores: 1024, documents: 16, criteria: 20_000, criteriaLists: 20_000, messages: 20_000 } as const;

export function createCaches(onSectionParsed?: (text: string) => void): Caches {
  const caches: Caches = { sections: new Map(), blocks: new Map(), splits: createChunkMemo(), assembled: new Map(), scores: new Map(), criteria: new Map(), failedIds: new WeakMap(), nextCriterionId: 1, criteriaLists: new Map(), messages: new Map(), documents: new Map(), frontMatter: new Map(), keywords: createKeywordReader(), stems: new Map(), rubricIds: new WeakMap(), nextRubricId: 1 };
  if (onSectionParsed) caches.onSectionParsed = onSectionParsed;
  return caches;
}

/**
 * Returns the cached value for `key`, or makes, stores and returns it,
 * evicting the oldest entry when full. A hit does not reorder the map: on a
 * keystroke every section is a hit, and two map writes per section would
 * cost more than the rare re-parse an older-first eviction causes.
 */
export function remember<V>(cache: Map<string, V>, key: string, limit: number, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  store(cache, key, limit, value);
  return value;
}

/** Stores `value`, evicting the oldest entry when the cache holds `limit`. */
export function store<V>(cache: Map<string, V>, key: string, limit: number, value: V): void {
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
}

/** A number per rubric (or other settings object, such as a verdict memory), by identity. */
export function rubricId(caches: Caches, rubric: object): number {
  let id = caches.rubricIds.get(rubric);
  if (id === undefined) {
    id = caches.nextRubricId++;
    caches.rubricIds.set(rubric, id);
  }
  return id;
}
