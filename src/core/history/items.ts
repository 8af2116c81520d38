// The list items of an analysed review as the people tracker needs them: every
// item line the analysis found (activities, notes, and items whose duration
// could not be read), with its checkbox, its first-line text as written, its
// enclosing item (by bullet column, reset at headings) and its headings. The
// analysis gives the lines and headings; nesting and text come from the text.

import type { ReviewAnalysis } from '../analysis/analyze';

export interface ReviewItem {
  line: number;
  /** 1-based column of the bullet (nesting is by this column). */
  markerColumn: number;
  /** `true` `- [x]`, `false` `- [ ]`, `undefined` a plain bullet. */
  checked: boolean | undefined;
  /** The first line after the bullet and checkbox, as written. */
  content: string;
  /** Index of the enclosing item in the same list, -1 for none. */
  parent: number;
  /** Texts of the enclosing headings, outermost first (shared by the items of a heading: do not change it). */
  headings: string[];
  /** This item or an enclosing one is an unchecked task: planned, not done. */
  planned: boolean;
}

const ITEM_LINE = /^((?:[ \t]*>)*[ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[([ xX])\](?:[ \t]+|$))?(.*)$/;

const cache = new WeakMap<ReviewAnalysis, ReviewItem[]>();

function itemLines(analysis: ReviewAnalysis): number[] {
  const { document } = analysis;
  const lines = new Set<number>();
  for (const activity of document.activities) lines.add(activity.line);
  for (const note of document.notes) lines.add(note.line);
  for (const issue of document.durationIssues) lines.add(issue.range.start.line);
  return [...lines].sort((a, b) => a - b);
}

function parseItemLine(raw: string): Pick<ReviewItem, 'markerColumn' | 'checked' | 'content'> | undefined {
  const match = ITEM_LINE.exec(raw);
  if (!match) return undefined;
  const box = match[3];
  return { markerColumn: (match[1] as string).length + 1, checked: box === undefined ? undefined : box !== ' ', content: (match[4] as string).trim() };
}

/** The review's list items in line order (cached per analysis). */
export function reviewItems(analysis: ReviewAnalysis, text: string): ReviewItem[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const lines = text.split(/\r\n|\r|\n/);
  const headings = [...analysis.document.headings].sort((a, b) => a.line - b.line);
  const headingStack: { depth: number; text: string }[] = [];
  // The items under one heading share its list of heading texts (read only), made once per heading.
  let headingTexts: string[] = [];
  let nextHeading = 0;
  let open: number[] = [];
  const items: ReviewItem[] = [];
  for (const line of itemLines(analysis)) {
    while (nextHeading < headings.length && (headings[nextHeading] as (typeof headings)[number]).line < line) {
      const heading = headings[nextHeading++] as (typeof headings)[number];
      while (headingStack.length > 0 && (headingStack[headingStack.length - 1] as { depth: number }).depth >= heading.depth) headingStack.pop();
      headingStack.push({ depth: heading.depth, text: heading.text });
      headingTexts = headingStack.map((h) => h.text);
      open = [];
    }
    const parsed = parseItemLine(lines[line - 1] ?? '');
    if (!parsed) continue;
    while (open.length > 0 && (items[open[open.length - 1] as number] as ReviewItem).markerColumn >= parsed.markerColumn) open.pop();
    const parent = open.length > 0 ? (open[open.length - 1] as number) : -1;
    const planned = parsed.checked === false || (parent >= 0 && (items[parent] as ReviewItem).planned);
    items.push({ line, ...parsed, parent, headings: headingTexts, planned });
    open.push(items.length - 1);
  }
  cache.set(analysis, items);
  return items;
}

/** The item, then its enclosing items outwards. */
export function itemAndAncestors(items: readonly ReviewItem[], index: number): ReviewItem[] {
  const chain: ReviewItem[] = [];
  for (let at = index; at >= 0; at = (items[at] as ReviewItem).parent) chain.push(items[at] as ReviewItem);
  return chain;
}
