// Shared data shapes of the engine. Everything here is plain data so that the
// CLI, the VS Code adapters, the webview and the tests can pass it around and
// serialise it. Positions are 1-based (line and column, unist style: `end`
// points just past the last character); the VS Code adapter is the only place
// that converts them to 0-based.

export interface Point {
  line: number;
  column: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/**
 * Every rule id, in registry order: plain data here, so that a diagnostic
 * names its rule without this file importing the rules. rules/registry.ts
 * fails to compile unless its rules carry exactly these ids.
 */
export const RULE_IDS = [
  'rubric-error', 'front-matter-error', 'parse-error', 'unclosed-fence', 'week-mismatch', 'invalid-duration',
  'duration-conflict', 'duration-mismatch', 'low-value-item', 'borderline-item', 'uncategorized', 'missing-duration',
  'buried-duration', 'ambiguous-duration', 'no-activities', 'over-expected-hours', 'duplicate-week', 'overdue-one-on-one',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** Severity names, in one place: diagnostics use the first four, settings may also say `off`. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export const SEVERITY_SETTINGS = [...SEVERITIES, 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** Severity per rule from the host (VS Code settings, CLI flags), applied over the rubric's `rules`. */
export type SeverityOverrides = Partial<Record<RuleId, SeveritySetting>>;

/** A verdict the writer gave with "remember": worth the time, or not. */
export type RememberedKind = 'worthy' | 'low';

/** The remembered verdict an item takes (memory/verdicts.ts finds it). */
export interface RecalledVerdict {
  verdict: RememberedKind;
  text: string;
  week?: string;
  similarity: number;
}

/** A finding about a file, as data. `file` is the path the host gave us. */
export interface ReviewDiagnostic {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  /** Where the rule is documented (README anchor). */
  url: string;
  /** Extra machine-readable facts for quick fixes and hovers. */
  data?: DiagnosticData;
}

export interface DiagnosticData {
  /** 1-based line of the activity the diagnostic is about, when it is not the range's first line (a finding on the item's line leaves it out: 8,000 findings of a 1 MB review). */
  activityLine?: number;
  /** A replacement text offered by a quick fix (e.g. a normalized duration). */
  replacement?: string;
  /** Path of the rubric file a rubric-error comes from. */
  rubricFile?: string;
}

export type Verdict = 'pass' | 'fail' | 'unknown';

export interface CriterionResult {
  id: string;
  name: string;
  verdict: Verdict;
  weight: number;
  /** Human-readable reason: the words, tag, category or missing part that decided it. */
  evidence: string;
  /** The words of the item that decided a keyword verdict, when words decided it. */
  words?: string[];
}

export interface DurationToken {
  /** Source text of the token, e.g. `2h30m`. */
  text: string;
  minutes: number;
  /** Where the token starts (it is on one line, `text.length` long): numbers, not a range, for 13,000 items; `tokenRange` gives the range. */
  line: number;
  column: number;
  /** Canonical spelling, e.g. `2h 30m`. */
  normalized: string;
}

/** The range a duration token covers. */
export function tokenRange(token: DurationToken): Range {
  return { start: { line: token.line, column: token.column }, end: { line: token.line, column: token.column + token.text.length } };
}

export interface Activity {
  /** 1-based line of the list item's first line. */
  line: number;
  /** Column where the item's text starts on its first line (after bullet, checkbox and leading duration); it ends where `itemRange` ends. A number, not a range: a 1 MB review holds 13,000 activities. */
  textColumn: number;
  /** Range of the item's first line, from its content (after bullet and checkbox) to its last non-blank character. */
  itemRange: Range;
  /** First-line text with durations, overrides and the outcome (arrow and after) stripped; tags are kept as written. */
  text: string;
  /** Minutes this item contributes: own duration for leaves, sum of children otherwise. */
  minutes: number;
  /** Own declared duration (leading wins over bracketed). */
  declaredMinutes: number;
  leading?: DurationToken;
  bracketed?: DurationToken;
  /** `true` done, `false` planned (`- [ ]`), `undefined` plain bullet. */
  checked: boolean | undefined;
  /** Counted in logged time: a leaf activity that is not planned and not under a planned item. */
  counted: boolean;
  /** Nesting depth among list items, 1 = top-level list. */
  depth: number;
  /** Line of the nearest enclosing activity, if any. */
  parentLine?: number;
  hasChildActivities: boolean;
  tags: string[];
  outcome?: Outcome;
  categoryId?: string;
  categorySource?: CategorySource;
  /** When the item's words point to two categories equally: both, with their words, for the uncategorized hint and its fixes. */
  categoryCandidates?: CategoryCandidate[];
  priorityId?: string;
  worthyReason?: string;
  /** The rubric exemplar the item (or its parent) matches: the author's own example of this kind of work. */
  exemplar?: ExemplarMatch;
  /** Set when scored: counted activities only. */
  score?: number;
  criteria?: CriterionResult[];
  lowValue?: boolean;
  /** The writer's verdict on a similar earlier item (`.weekly-review/verdicts.yaml`), which this item takes. */
  remembered?: RecalledVerdict;
  /** Below the threshold, but in the band where careful readers disagree (the rubric's `borderline`): a hint, never counted as low-value. */
  borderline?: boolean;
  /** The words that put it in the band as work done yourself with a result (the rubric's `borderline.handsOn`: "myself"), as the judgment matched them. */
  handsOn?: string[];
}

/**
 * How an activity got its category, strongest first: a tag; a heading that
 * names a category or alias; the item's own words; its heading's own words or
 * the agreement of the heading's items (`inferred-heading`).
 */
export type CategorySourceKind = 'tag' | 'heading' | 'exemplar' | 'words' | 'inferred-heading';

export interface CategorySource {
  kind: CategorySourceKind;
  /** The tag (`#hiring`), the heading text, the rubric exemplar's id, or the item's words that decided it. */
  text: string;
  /** The item's line (tag, words) or the heading's line. */
  line: number;
  /** The words that decided it (`words`, or a heading inferred from its own words). */
  words?: string[];
  /** For a heading inferred from its items: how many of them agreed. */
  items?: number;
  /** For `inferred-heading`: what the heading's category was inferred from. */
  basis?: HeadingInference['from'];
}

/** An exemplar an item matched: its id and the author's sentence (one object per exemplar, shared). */
export interface ExemplarMatch {
  id: string;
  quote: string;
}

/** A category an item's words point to, and the words that do. */
export interface CategoryCandidate {
  id: string;
  words: string[];
}

/** A category a heading's own words or its items suggest, when its text names none. */
export interface HeadingInference {
  categoryId: string;
  /** `name`: its parts name the category in other words ("SRE & ops"); `words`: its words point to it; `items`: its items agree. */
  from: 'name' | 'words' | 'items';
  /** The heading's words that decided it. */
  words?: string[];
  /** How many of the heading's items agreed, of how many whose words decided. */
  items?: number;
  of?: number;
}

export interface Outcome {
  text: string;
  line: number;
  measurable: boolean;
  /** The number, percentage or date that makes it measurable. */
  measure?: string;
  /** Inherited from an enclosing activity. */
  inheritedFromLine?: number;
  /** Stated in the item's own words, with no `→` (read by the judgment). */
  plain?: boolean;
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
  range: Range;
  /** The category the heading's text names: a category's name, id or alias, or a heading the rubric's owner taught. */
  categoryId?: string;
  /** When the text names no category: the one its own words or its items suggest. */
  inferred?: HeadingInference;
}

export interface FrontMatter {
  week?: string;
  weekLine?: number;
  hours?: number;
  hoursLine?: number;
  rubric?: string;
  rubricLine?: number;
  /** Last line of the front matter block (the closing `---`). */
  endLine: number;
}

export interface IsoWeek {
  year: number;
  week: number;
}
