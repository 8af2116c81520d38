// Your corrections, remembered: a plain, reviewable YAML file in the
// workspace (`.weekly-review/verdicts.yaml`) that holds the verdicts you gave
// in the editor ("Worth my time: remember", "Not worth my time: remember"),
// each with the item's words (as stems), its category, the week and an
// optional reason. An item in a later week that reads like a remembered one
// takes its verdict, and the evidence says so.
//
// How alike is alike: the items' content stems (words less filler and
// numbers, by Porter stem) compared by Jaccard similarity — shared stems over
// all stems. At least 0.6 with the same category (or either uncategorized),
// at least 0.8 across categories, so renaming a heading that moves the item
// to another category needs a closer match. An exact repeat ("Weekly ops
// review") is 1. The most similar remembered item wins; a later entry wins a
// tie. No model, no download: the file is the memory.

import { isMap, isSeq, LineCounter, YAMLSeq, type YAMLError } from 'yaml';
import { parseYamlDocument } from '../parse/yamlDocument';
import type { RubricProblem } from '../rubric/model';
import { stem } from '../text';
import { recallCandidates } from './recallIndex';
import type { RecalledVerdict, RememberedKind } from '../types';

export type { RecalledVerdict, RememberedKind };

export interface RememberedVerdict {
  verdict: RememberedKind;
  /** The item's text when it was judged, for the reader of the file and the evidence. */
  text: string;
  /** Its content stems: what later items are compared with. */
  stems: string[];
  category?: string;
  /** The ISO week it was judged in (`2027-W07`). */
  week?: string;
  reason?: string;
}

export interface VerdictMemory {
  file: string;
  entries: RememberedVerdict[];
}

/** What a later item took from memory, for the hover and the JSON rows. */
export const VERDICTS_FILE = '.weekly-review/verdicts.yaml';
export const SAME_CATEGORY_SIMILARITY = 0.6;
export const OTHER_CATEGORY_SIMILARITY = 0.8;

const FILLER = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'with', 'and', 'at', 'by', 'from', 'our', 'my', 'their', 'his', 'her', 'its', 'it', 'is', 'are', 'was', 'were', 'be', 'w', 're', 'this', 'that', 'we', 'i', 'me', 'us', 'them', 'they', 'he', 'she', 'about', 'into', 'over', 'up', 'out']);
const WORD = /[\p{L}\p{N}]+/gu;

/** The content stems of an item's text, in order, each once. */
export function contentStems(text: string): string[] {
  // A set, not a search of the list: a text of 20,000 different words took 0.6 s.
  const stems = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (FILLER.has(word) || /^\d/u.test(word)) continue;
    stems.add(stem(word));
  }
  return [...stems];
}

/**
 * Shared stems over all stems (Jaccard); 0 for two empty sets. Each stem
 * counts once on both sides: a hand-written `stems: [ops, ops]` was shared
 * twice, which made a score over 1, or Infinity (2 / 0) against `ops`.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const s of right) if (left.has(s)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The remembered verdict an item takes, if one is close enough. */
export function recall(memory: VerdictMemory | undefined, text: string, category: string | undefined): RecalledVerdict | undefined {
  if (!memory || memory.entries.length === 0) return undefined;
  const stems = contentStems(text);
  let best: RecalledVerdict | undefined;
  // Only entries that can reach the threshold, in file order: the loop's answer is the one a walk over all gives.
  for (const entry of recallCandidates(memory, stems)) {
    const score = similarity(stems, entry.stems);
    const sameCategory = entry.category === undefined || category === undefined || entry.category === category;
    if (score < (sameCategory ? SAME_CATEGORY_SIMILARITY : OTHER_CATEGORY_SIMILARITY) || (best && score < best.similarity)) continue;
    best = { verdict: entry.verdict, text: entry.text, similarity: Math.round(score * 100) / 100, ...(entry.week !== undefined ? { week: entry.week } : {}) };
  }
  return best;
}

function problem(file: string, line: number, message: string): RubricProblem {
  return { file, line, column: 1, endLine: line, endColumn: 1, message };
}

interface RawEntry {
  verdict?: unknown;
  text?: unknown;
  stems?: unknown;
  category?: unknown;
  week?: unknown;
  reason?: unknown;
}

function entryOf(raw: RawEntry, file: string, line: number, problems: RubricProblem[]): RememberedVerdict | undefined {
  if (raw.verdict !== 'worthy' && raw.verdict !== 'low') {
    problems.push(problem(file, line, `a remembered verdict must say "verdict: worthy" or "verdict: low", found ${JSON.stringify(raw.verdict ?? null)}`));
    return undefined;
  }
  if (typeof raw.text !== 'string') {
    problems.push(problem(file, line, 'a remembered verdict needs the item\'s "text"'));
    return undefined;
  }
  const stems = Array.isArray(raw.stems) ? raw.stems.map(String) : contentStems(raw.text);
  const entry: RememberedVerdict = { verdict: raw.verdict, text: raw.text, stems };
  if (typeof raw.category === 'string') entry.category = raw.category;
  if (typeof raw.week === 'string') entry.week = raw.week;
  if (typeof raw.reason === 'string' && raw.reason !== '') entry.reason = raw.reason;
  return entry;
}

/** The 1-based line of an offset (1 when there is none), as counting the \n before it, by a binary search of their places. */
function lineFinder(text: string): (offset: number | undefined) => number {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return (offset) => {
    if (offset === undefined) return 1;
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((breaks[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

/** An error's first line; a duplicate key found apart from the package is placed as the package places its errors. */
function messageOf(error: YAMLError, lineCounter: LineCounter): string {
  const first = error.message.split('\n')[0] ?? '';
  if (error.code !== 'DUPLICATE_KEY' || error.linePos !== undefined) return first;
  const { line, col } = lineCounter.linePos(error.pos[0]);
  return `${first} at line ${line}, column ${col}:`;
}

/** The memory in a verdicts file, or its problems at their lines. */
export function parseVerdicts(file: string, text: string): { memory?: VerdictMemory; problems: RubricProblem[] } {
  // Keys checked and lines found in linear time: 20,000 keys or 8,000 entries took seconds.
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter });
  const lineOf = lineFinder(text);
  if (doc.errors.length > 0) return { problems: doc.errors.slice(0, 10).map((error) => problem(file, lineOf(error.pos[0]), `YAML syntax: ${messageOf(error, lineCounter)}`)) };
  const root = doc.contents;
  if (root === null) return { memory: { file, entries: [] }, problems: [] };
  const list = isMap(root) ? root.get('verdicts', true) : undefined;
  if (!isMap(root) || (list !== undefined && !isSeq(list))) return { problems: [problem(file, 1, 'a verdicts file holds "verdicts:", a list of { verdict, text, stems, category, week, reason }')] };
  let values: unknown[];
  try {
    // Aliases bounded as in rubric files: an alias bomb is a problem, not a hang.
    values = ((doc.toJS({ maxAliasCount: 100 }) as { verdicts?: unknown[] } | null)?.verdicts ?? []);
  } catch (error) {
    return { problems: [problem(file, 1, `YAML: ${(error as Error).message.split('\n')[0] ?? ''}`)] };
  }
  const problems: RubricProblem[] = [];
  const entries = values.flatMap((raw, at) => {
    const line = lineOf((list?.items[at] as { range?: [number, number, number] } | undefined)?.range?.[0]);
    const entry = typeof raw === 'object' && raw !== null ? entryOf(raw as RawEntry, file, line, problems) : undefined;
    return entry ? [entry] : [];
  });
  return problems.length > 0 ? { problems } : { memory: { file, entries }, problems: [] };
}

const NEW_FILE_HEADER = `# Verdicts you gave in the editor ("Worth my time: remember" / "Not worth my time").
# An item in a later week that reads like one of these (its words, by stem,
# and its category) takes the verdict. Edit or delete entries freely.
`;

/** The verdicts file with `entry` appended: existing entries, comments and layout kept (the yaml Document API). */
export function rememberVerdict(existing: string | undefined, entry: RememberedVerdict): string {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(existing ?? `${NEW_FILE_HEADER}verdicts: []\n`, { lineCounter });
  const error = doc.errors[0];
  if (error) throw new Error(`the verdicts file has a YAML error (${messageOf(error, lineCounter) || 'syntax'}); fix it first`);
  let list = doc.get('verdicts', true);
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set('verdicts', list);
  }
  const seq = list as YAMLSeq;
  // One entry a block, its stems on one line: a diff shows one verdict as a few added lines.
  seq.flow = false;
  const node = doc.createNode({ verdict: entry.verdict, text: entry.text, stems: entry.stems, ...(entry.category ? { category: entry.category } : {}), ...(entry.week ? { week: entry.week } : {}), ...(entry.reason ? { reason: entry.reason } : {}) });
  const stems = isMap(node) ? node.get('stems', true) : undefined;
  if (isSeq(stems)) stems.flow = true;
  seq.add(node);
  return doc.toString();
}
