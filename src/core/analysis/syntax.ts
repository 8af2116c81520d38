// Stage 1 of the analysis: the document's syntax. Splits the text into
// sections, takes each section's parsed syntax from the cache (parsing only
// the sections whose text changed) and places it at absolute lines, so the
// later stages see one document-wide list of items, headings and directives.

import { splitSections } from '../parse/sections';
import { parseSectionSyntax, type RawDirective, type RawItem } from '../parse/sectionSyntax';
import type { Heading } from '../types';
import { CACHE_LIMITS, remember, type Caches } from './cache';

export interface PlacedItem extends RawItem {
  /** Absolute 1-based line. */
  absLine: number;
  /** Index of the parent in the document-wide list, -1 for none. */
  absParent: number;
}

export interface DocumentSyntax {
  items: PlacedItem[];
  headings: Heading[];
  directives: RawDirective[];
  parseErrors: { line: number; message: string }[];
}

export interface SyntaxInput {
  text: string;
  lines: string[];
  starts: number[];
  /** Last line of the front matter (0 when none): sections start after it. */
  frontMatterEndLine: number;
  /** false parses the whole text at once (the reference the property tests compare with). */
  sectioned: boolean;
}

export function collectSyntax(input: SyntaxInput, caches: Caches): DocumentSyntax {
  const syntax: DocumentSyntax = { items: [], headings: [], directives: [], parseErrors: [] };
  const sections = input.sectioned
    ? splitSections(input.text, { lines: input.lines, starts: input.starts }, input.frontMatterEndLine)
    : [{ startLine: 1, startOffset: 0, text: input.text }];
  for (const section of sections) {
    const parsed = remember(caches.sections, section.text, CACHE_LIMITS.sections, () => {
      caches.onSectionParsed?.(section.text);
      return parseSectionSyntax(section.text);
    });
    const shift = section.startLine - 1;
    for (const problem of parsed.problems) syntax.parseErrors.push({ line: problem.line + shift, message: problem.message });
    const base = syntax.items.length;
    for (const item of parsed.items) syntax.items.push({ ...item, absLine: item.line + shift, absParent: item.parent < 0 ? -1 : item.parent + base });
    for (const heading of parsed.headings) {
      const line = heading.line + shift;
      syntax.headings.push({ depth: heading.depth, text: heading.text, line, range: { start: { line, column: heading.column }, end: { line: heading.endLine + shift, column: heading.endColumn } } });
    }
    for (const directive of parsed.directives) syntax.directives.push({ ...directive, line: directive.line + shift });
  }
  return syntax;
}
