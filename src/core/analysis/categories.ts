// Stage 2 of the analysis: which headings name a category, and which of them
// encloses each item. A heading names a category when its text is a category's
// name, id or alias, or a heading the rubric's owner taught; a heading hint
// ("Team") names one only when the rubric does not infer. A heading whose
// parts name one in another order or with another joiner ("SRE & ops",
// "Customers + sales") is read here too, as a hint for inferCategories.ts.
// Tags and priorities are read here as well.

import type { Rubric } from '../rubric/model';
import { normalizeLabel, slugify, withoutTrailingGroup } from '../text';
import type { Heading } from '../types';
import { compiledRubric } from './compiledRubric';
import type { PlacedItem } from './syntax';

export interface HeadingCategory {
  id: string;
  text: string;
  line: number;
}

/** What an item's headings say: the category heading that decides it, and every heading enclosing it (innermost last). */
export interface ItemHeadings {
  named: (HeadingCategory | undefined)[];
  /** The enclosing headings of each item, outermost first (for inference). */
  enclosing: Heading[][];
}

export interface HeadingLabels {
  /** Normalized label → category id: names, ids, aliases and taught headings. */
  exact: Map<string, string>;
  /** The same labels by their words in any order (`long term architecture` = `architecture long term`). */
  byWords: Map<string, string>;
  /** Heading hints (normalized, and by their words) → category id: they lean, they do not decide. */
  hints: Map<string, string>;
}

/** Words a heading adds around a category's name that do not change it ("Hiring stuff", "The team"). */
const FILLER = new Set(['the', 'my', 'our', 'stuff', 'things', 'bits', 'work', 'misc', 'general', 'various', 'etc', 'this', 'week', 'weekly']);

function wordKey(label: string): string {
  return [...new Set(label.split(' ').filter((word) => word && !FILLER.has(word)))].sort().join(' ');
}

/** The rubric's heading labels, once per rubric object (compiledRubric.ts). */
function headingLabels(rubric: Rubric): HeadingLabels {
  const compiled = compiledRubric(rubric);
  let labels = compiled.headingLabels;
  if (!labels) {
    labels = { exact: new Map(), byWords: new Map(), hints: new Map() };
    for (const category of rubric.categories) {
      for (const hint of category.headingHints) {
        const label = normalizeLabel(hint);
        for (const key of [label, wordKey(label)]) if (key && !labels.hints.has(key)) labels.hints.set(key, category.id);
      }
    }
    const named: [string, string][] = [
      ...rubric.headings.map((taught): [string, string] => [taught.heading, taught.categoryId]),
      ...rubric.categories.flatMap((category) => [category.name, category.id, ...category.aliases].map((label): [string, string] => [label, category.id])),
    ];
    for (const [text, id] of named) {
      const label = normalizeLabel(text);
      if (label && !labels.exact.has(label)) labels.exact.set(label, id);
      const key = wordKey(label);
      if (key && !labels.byWords.has(key)) labels.byWords.set(key, id);
    }
    compiled.headingLabels = labels;
  }
  return labels;
}

/** Joiners between the parts of a heading: "SRE & tooling", "infra / ops", "Org, people", "Customers + sales". */
const JOINERS = /[&+/,;|·•]|\s[-–—]\s|\band\b/iu;

/**
 * The one category a heading's parts name, in any order and with any joiner
 * ("SRE & ops", "Org, people", "architecture / long-term"); undefined when no
 * part names one or two parts name different ones. A hint of the writer's
 * words, weaker than a heading that is a category's name: see inferCategories.
 */
export function categoryOfParts(text: string, rubric: Rubric): { id: string; part: string } | undefined {
  const labels = headingLabels(rubric);
  let found: { id: string; part: string } | undefined;
  for (const part of withoutTrailingGroup(text).split(JOINERS)) {
    const label = normalizeLabel(part);
    const id = labels.exact.get(label) ?? labels.byWords.get(wordKey(label)) ?? labels.hints.get(label) ?? labels.hints.get(wordKey(label));
    if (id === undefined) continue;
    if (found && found.id !== id) return undefined;
    found ??= { id, part: part.trim() };
  }
  return found;
}

/**
 * Sets `categoryId` on every heading whose text is a category's name, id or
 * alias, or a heading the rubric's owner taught; and, when the rubric does
 * not infer categories, a heading hint (the strict reading of earlier
 * versions, where "Team" was an alias).
 */
export function categorizeHeadings(headings: Heading[], rubric: Rubric | undefined): void {
  if (!rubric) return;
  const labels = headingLabels(rubric);
  for (const heading of headings) {
    const label = normalizeLabel(heading.text);
    const categoryId = labels.exact.get(label) ?? (rubric.inferCategories ? undefined : labels.hints.get(label));
    if (categoryId !== undefined) heading.categoryId = categoryId;
  }
}

/** Pushes a heading on the stack of open headings, closing those it ends (same or deeper level). */
function openHeading(stack: Heading[], heading: Heading): void {
  while (stack.length > 0 && (stack[stack.length - 1] as Heading).depth >= heading.depth) stack.pop();
  stack.push(heading);
}

/**
 * The category heading enclosing each item: walks items and headings together
 * in line order, starting from the headings open where the section starts.
 * Returns the headings still open at its end, the next section's context.
 */
export function headingCategoryOfItems(items: readonly PlacedItem[], headings: readonly Heading[], openAtStart: readonly Heading[]): ItemHeadings & { openAtEnd: Heading[] } {
  const named: (HeadingCategory | undefined)[] = [];
  const enclosing: Heading[][] = [];
  const stack = [...openAtStart];
  let next = 0;
  for (const item of items) {
    while (next < headings.length && (headings[next] as Heading).line < item.absLine) openHeading(stack, headings[next++] as Heading);
    const heading = [...stack].reverse().find((h) => h.categoryId !== undefined);
    named.push(heading ? { id: heading.categoryId as string, text: heading.text, line: heading.line } : undefined);
    enclosing.push(stack.slice());
  }
  while (next < headings.length) openHeading(stack, headings[next++] as Heading);
  return { named, enclosing, openAtEnd: stack };
}

/** What of the open headings a section's analysis depends on, as a cache key. */
export function openHeadingsKey(open: readonly Heading[]): string {
  return open.map((h) => {
    const inferred = h.inferred ? `~${h.inferred.categoryId}` : '';
    return h.categoryId === undefined && !inferred ? String(h.depth) : [h.depth, h.categoryId ?? '', inferred, h.line, h.text].join(':');
  }).join('|');
}

/** A tag already spelled as its own slug: lower-case letters and digits, words joined by single `-`, none of them `and`. */
const SLUG_SPELLING = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AND_WORD = /(?:^|-)and(?:-|$)/;

/** `slugify(tag)`, without its expressions for the common tag that is spelled as its slug (`#n3-2`, `#hiring`). */
function slugOfTag(tag: string): string {
  return SLUG_SPELLING.test(tag) && !AND_WORD.test(tag) ? tag : slugify(tag);
}

export function categoryOfTags(rubric: Rubric | undefined, tags: readonly string[]): { id: string; tag: string } | undefined {
  if (!rubric) return undefined;
  for (const tag of tags) {
    // `#sales-and-customers` is spelled like the heading "Sales & customers": compare slugs.
    const slug = slugOfTag(tag);
    const category = rubric.categories.find((c) => c.tags.includes(tag) || c.tags.includes(slug));
    if (category) return { id: category.id, tag };
  }
  return undefined;
}

export function priorityOf(rubric: Rubric | undefined, tags: readonly string[], categoryId: string | undefined): string | undefined {
  if (!rubric) return undefined;
  for (const tag of tags) {
    const priority = rubric.priorities.find((p) => p.id === tag || p.tags.includes(tag));
    if (priority) return priority.id;
  }
  return rubric.categories.find((c) => c.id === categoryId)?.priorityId;
}
