// The judgment eval: runs the engine (built-in `cto` rubric, as a user's
// `weekly-review check` would) over the double-labelled corpora —
// test/fixtures/judgment (12 writers who mostly use the rubric's headings)
// and the verdicts of test/fixtures/categories (22 writers who use their own,
// with the essay's examples, plain-word outcomes and arrow-gamed outcomes in
// every review) — and compares the low-value-item findings with the labels
// both blind labellers agreed on. Shared by `npm run eval` (the report) and
// the unit test that keeps a floor on the tuning part.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createReviewService, type Activity, type ReviewService } from '../src/core';
import { CATEGORY_CORPUS, corpusParts } from './categoryEval';

export const CORPUS = path.resolve(import.meta.dirname, '../test/fixtures/judgment');

export type Part = 'tuning' | 'heldout';
type Label = 'worthy' | 'low';

export interface JudgedItem {
  part: Part;
  writer: string;
  file: string;
  line: number;
  text: string;
  label: Label;
  flagged: boolean;
  score: number | undefined;
  evidence: string;
}

interface LabelFile {
  file: string;
  writer: string;
  /** `gold` in the judgment corpus, `verdict` in the category corpus. */
  items: { line: number; text: string; gold?: Label | 'unsure' | null; verdict?: Label | null }[];
}

function evidenceOf(activity: Activity | undefined): string {
  if (!activity) return 'not an activity';
  if (activity.worthyReason !== undefined) return `worthy comment: ${activity.worthyReason}`;
  return (activity.criteria ?? []).filter((c) => c.verdict !== 'unknown').map((c) => `${c.verdict === 'pass' ? '✓' : '✗'} ${c.id}: ${c.evidence}`).join(' | ');
}

function agreed(item: LabelFile['items'][number]): Label | undefined {
  const label = item.gold ?? item.verdict;
  return label === 'low' || label === 'worthy' ? label : undefined;
}

async function judgeFile(service: ReviewService, part: Part, folder: string, labelsFile: string): Promise<JudgedItem[]> {
  const labels = JSON.parse(readFileSync(path.join(folder, labelsFile), 'utf8')) as LabelFile;
  const reviewPath = path.join(folder, labels.file);
  const analysis = await service.analyze(reviewPath, readFileSync(reviewPath, 'utf8'));
  const flagged = new Set(analysis.diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.range.start.line));
  const byLine = new Map(analysis.document.activities.map((a) => [a.line, a]));
  return labels.items.filter((item) => agreed(item) !== undefined).map((item) => ({
    part,
    writer: labels.writer,
    file: `${path.relative(path.resolve(import.meta.dirname, '..'), folder)}/${labels.file}`,
    line: item.line,
    text: item.text,
    label: agreed(item) as Label,
    flagged: flagged.has(item.line),
    score: byLine.get(item.line)?.score,
    evidence: evidenceOf(byLine.get(item.line)),
  }));
}

/** Every agreed item of the corpus (or of one part), judged by the engine. */
export async function judgeCorpus(parts: readonly Part[] = ['tuning', 'heldout']): Promise<JudgedItem[]> {
  const service = createReviewService({ readFile: async (file) => { try { return readFileSync(file, 'utf8'); } catch { return undefined; } } });
  const items: JudgedItem[] = [];
  const ownWriters = corpusParts('judgment');
  for (const part of parts) {
    const own = existsSync(path.join(CORPUS, part)) ? readdirSync(path.join(CORPUS, part)).sort().map((writer) => path.join(CORPUS, part, writer)) : [];
    const folders = [...own, ...[...ownWriters[part]].sort().map((writer) => path.join(CATEGORY_CORPUS, writer))];
    for (const folder of folders) {
      for (const labelsFile of readdirSync(folder).filter((f) => f.endsWith('.labels.json')).sort()) items.push(...(await judgeFile(service, part, folder, labelsFile)));
    }
  }
  return items;
}

export interface Scores {
  items: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Precision and recall of the low-value squiggle: "low" is the positive class. */
export function scoreItems(items: readonly JudgedItem[]): Scores {
  const truePositives = items.filter((i) => i.flagged && i.label === 'low').length;
  const falsePositives = items.filter((i) => i.flagged && i.label === 'worthy').length;
  const falseNegatives = items.filter((i) => !i.flagged && i.label === 'low').length;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return { items: items.length, precision: ratio(truePositives, truePositives + falsePositives), recall: ratio(truePositives, truePositives + falseNegatives), truePositives, falsePositives, falseNegatives };
}
