// The category eval: runs the engine (built-in `cto` rubric, as a user's
// `weekly-review summary` would) over the double-labelled category corpus in
// test/fixtures/categories and compares each activity's category with the
// one both blind labellers gave. Shared by `npm run eval` (the report) and the
// unit test that keeps a floor on the tuning part.
//
// - accuracy: of the placeable items (labelled with a category) that the
//   engine categorized, the share it put in the labelled category;
// - strict accuracy: the same over every placeable item (uncategorized counts
//   as wrong);
// - coverage: the share of the placeable items' minutes that got a category;
// - none kept: the share of items labelled `none` (personal admin) that stay
//   uncategorized.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createReviewService, type Activity, type ReviewService } from '../src/core';

export const CATEGORY_CORPUS = path.resolve(import.meta.dirname, '../test/fixtures/categories');

export type Part = 'tuning' | 'heldout';

export interface PlacedItem {
  part: Part;
  writer: string;
  file: string;
  line: number;
  text: string;
  /** The agreed label: a category id or `none`. */
  label: string;
  /** The engine's category, or `none` when it left the item uncategorized. */
  placed: string;
  minutes: number;
  evidence: string;
}

interface LabelFile {
  file: string;
  writer: string;
  items: { line: number; text: string; category: string | null }[];
}

function evidenceOf(activity: Activity | undefined): string {
  const source = activity?.categorySource;
  if (!source) return activity?.categoryCandidates ? `close: ${activity.categoryCandidates.map((c) => c.id).join(' or ')}` : 'no signal';
  return `${source.kind}: ${source.text}${source.items !== undefined ? ` (${source.items} items)` : ''}`;
}

async function placeFile(service: ReviewService, part: Part, folder: string, labelsFile: string): Promise<PlacedItem[]> {
  const labels = JSON.parse(readFileSync(path.join(folder, labelsFile), 'utf8')) as LabelFile;
  const reviewPath = path.join(folder, labels.file);
  const analysis = await service.analyze(reviewPath, readFileSync(reviewPath, 'utf8'));
  const byLine = new Map(analysis.document.activities.map((a) => [a.line, a]));
  return labels.items.filter((item) => item.category !== null).map((item) => {
    const activity = byLine.get(item.line);
    return { part, writer: labels.writer, file: `${labels.writer}/${labels.file}`, line: item.line, text: item.text, label: item.category as string, placed: activity?.categoryId ?? 'none', minutes: activity?.minutes ?? 0, evidence: evidenceOf(activity) };
  });
}

/** Which writers are in which part, for each eval that reads this corpus (parts.json, split by writer before tuning). */
export function corpusParts(evalName: 'categories' | 'judgment'): Record<Part, string[]> {
  return (JSON.parse(readFileSync(path.join(CATEGORY_CORPUS, 'parts.json'), 'utf8')) as Record<string, Record<Part, string[]>>)[evalName] as Record<Part, string[]>;
}

/** Every agreed item of the corpus (or of some parts), placed by the engine. */
export async function placeCorpus(parts: readonly Part[] = ['tuning', 'heldout']): Promise<PlacedItem[]> {
  const service = createReviewService({ readFile: async (file) => { try { return readFileSync(file, 'utf8'); } catch { return undefined; } } });
  const items: PlacedItem[] = [];
  const writers = corpusParts('categories');
  for (const part of parts) {
    for (const writer of [...writers[part]].sort()) {
      const folder = path.join(CATEGORY_CORPUS, writer);
      for (const labelsFile of readdirSync(folder).filter((f) => f.endsWith('.labels.json')).sort()) items.push(...(await placeFile(service, part, folder, labelsFile)));
    }
  }
  return items;
}

export interface CategoryScores {
  items: number;
  placeable: number;
  accuracy: number;
  strictAccuracy: number;
  coverage: number;
  noneItems: number;
  noneKept: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scorePlacements(items: readonly PlacedItem[]): CategoryScores {
  const placeable = items.filter((i) => i.label !== 'none');
  const categorized = placeable.filter((i) => i.placed !== 'none');
  const correct = categorized.filter((i) => i.placed === i.label).length;
  const minutes = placeable.reduce((sum, i) => sum + i.minutes, 0);
  const covered = categorized.reduce((sum, i) => sum + i.minutes, 0);
  const none = items.filter((i) => i.label === 'none');
  return {
    items: items.length,
    placeable: placeable.length,
    accuracy: ratio(correct, categorized.length),
    strictAccuracy: ratio(correct, placeable.length),
    coverage: ratio(covered, minutes),
    noneItems: none.length,
    noneKept: ratio(none.filter((i) => i.placed === 'none').length, none.length),
  };
}

/** The items the engine placed differently from the labellers. */
export function confusions(items: readonly PlacedItem[]): PlacedItem[] {
  return items.filter((i) => i.placed !== i.label);
}
