// Stage 1 of a section's analysis: its syntax. Takes the section's parsed
// syntax from the cache (parsing only sections whose text changed) and places
// it at absolute lines.

import type { Section } from '../parse/sections';
import { parseSectionSyntax, type BlockCache, type RawDirective, type RawItem, type SectionSyntax } from '../parse/sectionSyntax';
import type { Heading } from '../types';
import { CACHE_LIMITS, remember, store, type Caches } from './cache';
import { packedMap } from '../text';

/** A raw item at its place, its optional parts present as keys (undefined when absent): one shape for every item (placeItem). */
export interface PlacedItem extends Omit<RawItem, OptionalKey> {
  leading: RawItem['leading'] | undefined;
  malformed: RawItem['malformed'] | undefined;
  worthyReason: RawItem['worthyReason'] | undefined;
  outcome: RawItem['outcome'] | undefined;
  /** Absolute 1-based line. */
  absLine: number;
  /** Index of the parent in the section's item list, -1 for none. */
  absParent: number;
}

type ParseProblem = SectionSyntax['problems'][number];

/** The keys a raw item has only when it has the part. */
type OptionalKey = 'leading' | 'malformed' | 'worthyReason' | 'outcome';

/** The keys `placeItem` copies: every key of a raw item (its parameter's type stops compiling when a key is added and not copied). */
type CopiedKey = 'line' | 'markerColumn' | 'contentColumn' | 'endColumn' | 'firstLine' | 'checked' | 'depth' | 'parent' | 'bracketed' | 'tags' | 'isOutcomeNote' | 'text' | 'leading' | 'malformed' | 'worthyReason' | 'outcome';

/**
 * `{ ...item, absLine, absParent }`, key by key in the order a raw item's
 * keys are made (parse/sectionSyntax.ts readItem: the literal's, then a
 * duration found, the worthy reason, the outcome), every optional key
 * present (undefined when the raw item has none): one shape for every placed
 * item. A raw item's optional keys made up to sixteen shapes, and every
 * stage that reads items (the activity tree, item facts, inference) met them
 * all: its property reads went megamorphic and its compiled code was thrown
 * away ("wrong map") several times per process. The engine copied a spread
 * the slow way: a twentieth of a cold check.
 */
function placeItem(item: RawItem & Record<Exclude<keyof RawItem, CopiedKey>, never>, shift: number): PlacedItem {
  return {
    line: item.line, markerColumn: item.markerColumn, contentColumn: item.contentColumn, endColumn: item.endColumn, firstLine: item.firstLine, checked: item.checked, depth: item.depth, parent: item.parent, bracketed: item.bracketed, tags: item.tags, isOutcomeNote: item.isOutcomeNote, text: item.text,
    leading: item.leading, malformed: item.malformed, worthyReason: item.worthyReason, outcome: item.outcome,
    absLine: item.line + shift, absParent: item.parent,
  };
}

function placeProblem(problem: ParseProblem, shift: number): ParseProblem {
  const endLine = (problem as { endLine?: number }).endLine;
  return { ...problem, line: problem.line + shift, ...(endLine !== undefined ? { endLine: endLine + shift } : {}) };
}

export interface PlacedSyntax {
  items: PlacedItem[];
  headings: Heading[];
  directives: RawDirective[];
  parseErrors: ParseProblem[];
}

/**
 * The most recent blocks, for the section being edited; the least recently
 * used goes first. It holds every block of that section and CACHE_LIMITS.blocks
 * more: fewer, and a keystroke in a section of more blocks than it holds
 * found most of them gone and parsed them again (10,000 numbered items: 1 s
 * a keystroke). A block read is moved to the back, so the section's blocks
 * outlive the others.
 */
function blockCache(caches: Caches): BlockCache {
  let limit: number = CACHE_LIMITS.blocks;
  return {
    get: (text) => {
      const hit = caches.blocks.get(text);
      if (hit !== undefined) {
        caches.blocks.delete(text);
        caches.blocks.set(text, hit);
      }
      return hit;
    },
    set: (text, syntax) => store(caches.blocks, text, limit, syntax),
    holdAtLeast: (blocks) => {
      limit = Math.max(limit, blocks + CACHE_LIMITS.blocks);
    },
  };
}

/**
 * The section's syntax at its place; `keep: false` parses without caching (a
 * one-shot analysis); `editing`: the section is being edited, so its blocks
 * are kept and reused (only the edited one is parsed again).
 */
export function placeSectionSyntax(section: Section, caches: Caches, keep = true, editing = false): PlacedSyntax {
  const parse = () => {
    caches.onSectionParsed?.(section.text);
    return parseSectionSyntax(section.text, editing ? blockCache(caches) : undefined);
  };
  const parsed = keep ? remember(caches.sections, section.text, CACHE_LIMITS.sections, parse) : (caches.sections.get(section.text) ?? parse());
  const shift = section.startLine - 1;
  return {
    items: packedMap(parsed.items, (item) => placeItem(item, shift)),
    headings: packedMap(parsed.headings, (heading) => {
      const line = heading.line + shift;
      return { depth: heading.depth, text: heading.text, line, range: { start: { line, column: heading.column }, end: { line: heading.endLine + shift, column: heading.endColumn } } };
    }),
    directives: packedMap(parsed.directives, (directive) => ({ ...directive, line: directive.line + shift })),
    parseErrors: packedMap(parsed.problems, (problem) => placeProblem(problem, shift)),
  };
}
