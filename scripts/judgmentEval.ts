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

/** An item for the borderline band: whether a labeller marked it unsure, and whether the engine put it in the band. */
export interface BandItem {
  part: Part;
  writer: string;
  /** At least one labeller said `unsure` (false: both said worthy or both said low; items they split on are left out). */
  unsure: boolean;
  borderline: boolean;
}

type LabellerVerdict = Label | 'unsure' | null | { verdict?: Label | 'unsure' | null };

interface LabelFile {
  file: string;
  writer: string;
  /** `gold` in the judgment corpus, `verdict` in the category corpus; each labeller's own verdict alone or in an object. */
  items: { line: number; text: string; gold?: Label | 'unsure' | null; verdict?: Label | 'unsure' | null; labeller1?: LabellerVerdict; labeller2?: LabellerVerdict }[];
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

function labellerVerdict(value: LabellerVerdict | undefined): string | null | undefined {
  return typeof value === 'object' && value !== null ? value.verdict : value;
}

/** For the band: unsure when a labeller said so, agreed when both gave one verdict, undefined when they split. */
function bandLabel(item: LabelFile['items'][number]): boolean | undefined {
  const verdicts = [labellerVerdict(item.labeller1), labellerVerdict(item.labeller2)];
  if (verdicts.includes('unsure')) return true;
  return agreed(item) !== undefined ? false : undefined;
}

interface JudgedFile {
  judged: JudgedItem[];
  band: BandItem[];
}

async function judgeFile(service: ReviewService, part: Part, folder: string, labelsFile: string): Promise<JudgedFile> {
  const labels = JSON.parse(readFileSync(path.join(folder, labelsFile), 'utf8')) as LabelFile;
  const reviewPath = path.join(folder, labels.file);
  const analysis = await service.analyze(reviewPath, readFileSync(reviewPath, 'utf8'));
  const flagged = new Set(analysis.diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.range.start.line));
  const byLine = new Map(analysis.document.activities.map((a) => [a.line, a]));
  const band = labels.items.flatMap((item): BandItem[] => {
    const unsure = bandLabel(item);
    return unsure === undefined ? [] : [{ part, writer: labels.writer, unsure, borderline: byLine.get(item.line)?.borderline === true }];
  });
  return { band, judged: judgedItems(labels, part, folder, flagged, byLine) };
}

function judgedItems(labels: LabelFile, part: Part, folder: string, flagged: ReadonlySet<number>, byLine: ReadonlyMap<number, Activity>): JudgedItem[] {
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
  return (await judgeCorpusWithBand(parts)).judged;
}

/** The agreed items judged, and every item a labeller marked unsure or both agreed on, with whether the engine called it borderline. */
export async function judgeCorpusWithBand(parts: readonly Part[] = ['tuning', 'heldout']): Promise<JudgedFile> {
  const service = createReviewService({ readFile: async (file) => { try { return readFileSync(file, 'utf8'); } catch { return undefined; } } });
  const items: JudgedItem[] = [];
  const band: BandItem[] = [];
  const ownWriters = corpusParts('judgment');
  for (const part of parts) {
    const own = existsSync(path.join(CORPUS, part)) ? readdirSync(path.join(CORPUS, part)).sort().map((writer) => path.join(CORPUS, part, writer)) : [];
    const folders = [...own, ...[...ownWriters[part]].sort().map((writer) => path.join(CATEGORY_CORPUS, writer))];
    for (const folder of folders) {
      for (const labelsFile of readdirSync(folder).filter((f) => f.endsWith('.labels.json')).sort()) {
        const judged = await judgeFile(service, part, folder, labelsFile);
        items.push(...judged.judged);
        band.push(...judged.band);
      }
    }
  }
  return { judged: items, band };
}

export interface BandScores {
  unsure: number;
  /** Share of the items a labeller marked unsure that the engine calls borderline (goal ≥ 0.5). */
  unsureInBand: number;
  agreed: number;
  /** Share of the agreed items the engine calls borderline (goal ≤ 0.1). */
  agreedInBand: number;
}

/** How well the borderline band matches where careful readers hesitate. */
export function scoreBand(items: readonly BandItem[]): BandScores {
  const unsure = items.filter((i) => i.unsure);
  const agreedItems = items.filter((i) => !i.unsure);
  const share = (list: readonly BandItem[]) => (list.length === 0 ? 0 : list.filter((i) => i.borderline).length / list.length);
  return { unsure: unsure.length, unsureInBand: share(unsure), agreed: agreedItems.length, agreedInBand: share(agreedItems) };
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
