// Stage 2 of the analysis: which category and priority an item belongs to.
// A tag naming a category wins; else the nearest enclosing heading whose
// label matches a category (SPEC §2.3); priorities come from a priority tag
// or the category.

import type { Rubric } from '../rubric/model';
import { normalizeLabel, slugify } from '../text';
import type { Heading } from '../types';
import type { Caches } from './cache';
import type { PlacedItem } from './syntax';

export interface HeadingCategory {
  id: string;
  text: string;
  line: number;
}

function headingLabels(rubric: Rubric, caches: Caches): Map<string, string> {
  let labels = caches.headingLabels.get(rubric);
  if (!labels) {
    labels = new Map();
    for (const category of rubric.categories) {
      for (const label of [category.name, category.id, ...category.aliases].map(normalizeLabel)) {
        if (label && !labels.has(label)) labels.set(label, category.id);
      }
    }
    caches.headingLabels.set(rubric, labels);
  }
  return labels;
}

/** Sets `categoryId` on every heading whose label names a category. */
export function categorizeHeadings(headings: Heading[], rubric: Rubric | undefined, caches: Caches): void {
  if (!rubric) return;
  const labels = headingLabels(rubric, caches);
  for (const heading of headings) {
    const categoryId = labels.get(normalizeLabel(heading.text));
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
export function headingCategoryOfItems(items: readonly PlacedItem[], headings: readonly Heading[], openAtStart: readonly Heading[]): { categories: (HeadingCategory | undefined)[]; openAtEnd: Heading[] } {
  const categories: (HeadingCategory | undefined)[] = [];
  const stack = [...openAtStart];
  let next = 0;
  for (const item of items) {
    while (next < headings.length && (headings[next] as Heading).line < item.absLine) openHeading(stack, headings[next++] as Heading);
    const enclosing = [...stack].reverse().find((h) => h.categoryId !== undefined);
    categories.push(enclosing ? { id: enclosing.categoryId as string, text: enclosing.text, line: enclosing.line } : undefined);
  }
  while (next < headings.length) openHeading(stack, headings[next++] as Heading);
  return { categories, openAtEnd: stack };
}

/** What of the open headings a section's analysis depends on, as a cache key. */
export function openHeadingsKey(open: readonly Heading[]): string {
  return open.map((h) => (h.categoryId === undefined ? String(h.depth) : [h.depth, h.categoryId, h.line, h.text].join(':'))).join('|');
}

export function categoryOfTags(rubric: Rubric | undefined, tags: readonly string[]): { id: string; tag: string } | undefined {
  if (!rubric) return undefined;
  for (const tag of tags) {
    // `#sales-and-customers` is spelled like the heading "Sales & customers": compare slugs.
    const slug = slugify(tag);
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
