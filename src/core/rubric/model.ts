// The resolved rubric: what the scorer and the allocation read. Built from a
// rubric file (YAML or JSON) after validation and `extends` merging.

import type { RuleId, SeveritySetting, Verdict } from '../types';

/** Someone a review run keeps in touch with (rubric `people:` or people.yaml; rubric/people.ts reads them). */
export interface Person {
  name: string;
  /** With its `@`: `@ana`. Matched case-insensitively. */
  handle: string;
  role?: string;
  team?: string;
  /** The cadence as written (`26w`, `6m`); absent: tracked, never overdue. */
  cadence?: string;
  /** Cadence in whole weeks: `26w` → 26, `6m` → 26, `1y` → 52. */
  cadenceWeeks?: number;
  /** Other names the person went by (a renamed person), matched like `name`. */
  aliases: string[];
}

export interface RubricPriority {
  id: string;
  name: string;
  description?: string;
  /** Tags that name this priority directly (`#people`). */
  tags: string[];
}

export interface RubricGroup {
  id: string;
  name: string;
  target: number;
  categories: string[];
}

export interface RubricCategory {
  id: string;
  name: string;
  target: number;
  groupId: string;
  priorityId: string;
  aliases: string[];
  /**
   * Heading words that lean to this category without deciding it ("Team",
   * "Delivery"): under such a heading the items' own words come first, and
   * the heading's word places only the items they leave open. With
   * `inferCategories: false` they decide, as aliases do.
   */
  headingHints: string[];
  /** Lower-case tag words that put an item in this category (id, alias and hint slugs, explicit tags). */
  tags: string[];
  /** Words and phrases that point an item to this category when no tag or heading decides (`interview*`, `offer letter`), with their weights. */
  signals: CategorySignal[];
}

/** A word, a phrase, or a word start (`interview*`) as written in the rubric, and how strongly it points to its category. */
export interface CategorySignal {
  text: string;
  weight: number;
}

/**
 * Work the rubric's author names as worthy (or as low), in the author's own
 * words, with the words that recognise it: an item that matches passes (or
 * fails) the criteria the author says it does, and the hover quotes `quote`.
 */
export interface RubricExemplar {
  id: string;
  /** The author's sentence, quoted as the evidence. */
  quote: string;
  verdict: 'worthy' | 'low';
  /** Every group must be matched by one of its words, phrases or word starts. */
  match: string[][];
  /** Words that say the item is other work despite the match ("pull requests" are not a team's requests). */
  unless?: string[];
  /** The criteria the author says it passes (worthy) or fails (low). */
  criteria: string[];
  /** The category this kind of work belongs to, when the author's words say it ("learning other teams' goals": departments). It places a matching item before its words do. */
  category?: string;
}

/** A heading the rubric's owner counts as a category (`headings: { Platform work: architecture }`). */
export interface TaughtHeading {
  heading: string;
  categoryId: string;
}

export interface CriterionSignals {
  /** Words and phrases as written in the rubric, vocabulary references expanded. */
  keywords: string[];
  tags: string[];
  /** Verbs compared (by stem) with the item's main verb: its first words. */
  verbs: string[];
  /** What a quantity counts ("customers", "labels"), or `percent`, `money`, `date`. */
  quantities: string[];
  /**
   * Grand words (an outcome check's `fail` side): an outcome of work on small
   * details that adds little but these ("→ company-wide vision refreshed")
   * states no result. Empty elsewhere.
   */
  grand: string[];
}

export type CriterionCheck = 'outcome' | 'measurable-outcome';

export interface RubricCriterion {
  id: string;
  name: string;
  /** What failing it means, in two or three words ("small details"), for the one-line low-value message. */
  short?: string;
  description?: string;
  weight: number;
  check?: CriterionCheck;
  pass: CriterionSignals;
  fail: CriterionSignals;
  /** Verdict an item gets from its category when no word or tag decided. */
  categories: Record<string, Verdict>;
  /** Verdict when nothing decided (built-in: unknown). */
  otherwise: Verdict;
}

export interface Rubric {
  /** `cto` for the built-in one, else the file's `name` or path. */
  name: string;
  /** `built-in` or the path of the rubric file. */
  source: string;
  threshold: number;
  tolerance: number;
  expectedHours?: number;
  priorities: RubricPriority[];
  groups: RubricGroup[];
  categories: RubricCategory[];
  criteria: RubricCriterion[];
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** Words, verbs, quantities and category defaults pass a criterion only when the item has a clear outcome. */
  requireOutcome: boolean;
  /** Infer a category from an item's own words and its heading's words or items when no tag or category heading decides (default true). */
  inferCategories: boolean;
  /** Headings counted as a category, as taught by the rubric's owner. */
  headings: TaughtHeading[];
  /** Words of personal admin that keep an item out of every inferred category (`expense*`, `dentist`), with weights. */
  noCategory: CategorySignal[];
  /** The author's own examples of worthy (or low) work, recognised by their words. */
  exemplars: RubricExemplar[];
  /** false: remembered verdicts (`.weekly-review/verdicts.yaml`) are not read (default true). */
  memory: boolean;
  /**
   * Where careful readers disagree: items below the threshold that state no
   * result, in these categories or on these topics (`topics`: "data room",
   * "board deck"), unless their words say routine; and items
   * whose words say the writer did the work themselves (`handsOn`: "myself",
   * "hands-on") and that state a result.
   */
  borderline?: { categories: string[]; except: string[]; handsOn: string[]; topics: string[] };
  /** One sentence of advice the low-value-item message ends with, written for this rubric's owner. */
  advice?: string;
  /** The people the reviews keep in touch with: the rubric's `people:` merged with a `people.yaml` beside it (by handle; the file wins). */
  people: Person[];
}

/** A problem in a rubric file, at its own file and position (1-based). */
export interface RubricProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export class RubricError extends Error {
  constructor(
    readonly file: string,
    readonly problems: RubricProblem[],
  ) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'RubricError';
  }
}
