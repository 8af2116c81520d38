// Loads a rubric file (YAML or JSON), follows `extends`, validates it and
// compiles it into a `Rubric`. Every problem is reported at its own file, line
// and column, so a broken rubric fails loudly where it is broken and never
// falls back silently to the built-in one.

import { isMap, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { parseYamlDocument, yamlFileTooLarge, yamlValue } from '../parse/yamlDocument';
import { atSignHints, mergePeople, parsePeople } from './people';
import { loadPeopleFile, PEOPLE_FILE_NAME } from './peopleFile';
import { ProblemList } from './problemList';
import { wildcardProblem } from '../analysis/keywords';
import { isRuleId, RULE_IDS, SEVERITY_SETTINGS, type Verdict } from '../types';
import { slugify } from '../text';
import { BUILTIN_CTO_RUBRIC_YAML } from './builtinCto';
import type { CategorySignal, CriterionCheck, CriterionSignals, Rubric, RubricCategory, RubricCriterion, RubricGroup, RubricExemplar, RubricPriority, RubricProblem, TaughtHeading } from './model';
import { RubricError } from './model';

export const BUILTIN_RUBRIC_NAME = 'cto';
export const BUILTIN_RUBRIC_SOURCE = 'built-in';
/** How many files an `extends` chain may hold below the rubric in effect. */
export const MAX_EXTENDS_DEPTH = 16;


type Raw = Record<string, unknown>;
type Path = (string | number)[];

interface ParsedFile {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  raw: Raw;
}

const TOP_KEYS = ['name', 'description', 'advice', 'requireOutcome', 'inferCategories', 'headings', 'noCategory', 'exemplars', 'borderline', 'memory', 'extends', 'threshold', 'tolerance', 'expectedHours', 'priorities', 'groups', 'categories', 'vocabulary', 'criteria', 'rules', 'people', '$schema'];
const PRIORITY_KEYS = ['name', 'description', 'tags'];
const GROUP_KEYS = ['name', 'target', 'categories'];
const CATEGORY_KEYS = ['name', 'target', 'priority', 'aliases', 'headingHints', 'tags', 'signals', 'description'];
/** The largest weight a category signal may carry: a few strong words decide, no one word outweighs a sentence. */
const MAX_SIGNAL_WEIGHT = 10;
const EXEMPLAR_KEYS = ['quote', 'verdict', 'match', 'unless', 'criteria', 'category'];
const CRITERION_KEYS = ['name', 'short', 'description', 'weight', 'check', 'pass', 'fail', 'categories', 'otherwise'];
const SIGNAL_KEYS = ['keywords', 'tags', 'verbs', 'quantities', 'grand'];
const VERDICTS: Verdict[] = ['pass', 'fail', 'unknown'];
const CHECKS: CriterionCheck[] = ['outcome', 'measurable-outcome'];

/** Entries in one of a rubric file's maps (categories, criteria, …); a real rubric holds a few dozen. */
const MAX_ENTRIES = 1000;

/** A rubric file's problems, capped (problemList.ts): each is located by a search of its map, so a flood of them would be quadratic. */
class Problems {
  private readonly found = new ProblemList();
  constructor(private readonly parsed: ParsedFile) {}

  get list(): RubricProblem[] {
    return this.found.list;
  }

  at(path: Path, message: string, onKey = false): void {
    this.found.add(() => locate(this.parsed, path, onKey), message);
  }
}

function rangeToProblemPosition(parsed: ParsedFile, start: number, end: number): Omit<RubricProblem, 'message'> {
  const from = parsed.lineCounter.linePos(start);
  const to = parsed.lineCounter.linePos(Math.max(start, end));
  return { file: parsed.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** Position of the deepest existing node on `path` (the key itself when `onKey`). */
function locate(parsed: ParsedFile, path: Path, onKey: boolean): Omit<RubricProblem, 'message'> {
  let node: unknown = parsed.doc.contents;
  let best: [number, number] | undefined;
  // A problem of the merged rubric that this file does not spell out (it comes
  // from what it extends) is reported at its `extends:` line.
  const topMap = parsed.doc.contents;
  if (path.length > 0 && isMap(topMap) && !topMap.items.some((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(path[0]))) {
    const extendsPair = topMap.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'extends');
    const range = (extendsPair?.key as YamlNode | undefined)?.range;
    if (range) return rangeToProblemPosition(parsed, range[0], range[1]);
  }
  const rangeOf = (value: unknown): [number, number] | undefined => {
    const range = (value as YamlNode | null)?.range;
    return range ? [range[0], range[1]] : undefined;
  };
  best = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const isLast = i === path.length - 1;
      if (isLast && onKey) {
        best = rangeOf(pair.key) ?? best;
        break;
      }
      best = rangeOf(pair.value) ?? rangeOf(pair.key) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      best = rangeOf(item) ?? best;
      node = item;
    } else {
      break;
    }
  }
  if (!best) return { file: parsed.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return rangeToProblemPosition(parsed, best[0], best[1]);
}

/**
 * The built-in rubric's value as JSON, when the bundle was built with it
 * (scripts/lib/builtinRubricJson.mjs reads the YAML at build time through
 * `builtinRubricJson` below). Parsing the YAML cost a new process about
 * 140 ms, a seventh of a calendar import; JSON takes well under a
 * millisecond. From source (the tests) it is undefined and the YAML is read.
 */
declare const WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON: string | undefined;
const BUILTIN_JSON = typeof WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON === 'string' ? WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON : undefined;

function parseRubricFile(file: string, text: string): { parsed: ParsedFile; problems: RubricProblem[] } {
  if (BUILTIN_JSON !== undefined && file === BUILTIN_RUBRIC_SOURCE && text === BUILTIN_CTO_RUBRIC_YAML) {
    // Validated when it was compiled; positions are never asked of it.
    return { parsed: { file, doc: parseYamlDocument('', {}), lineCounter: new LineCounter(), raw: JSON.parse(BUILTIN_JSON) as Raw }, problems: [] };
  }
  return parseRubricText(file, text);
}

/** The built-in rubric's value read from its YAML and validated, as JSON: what the build puts in the bundles. Throws on a problem. */
export function builtinRubricJson(): string {
  const { parsed, problems } = parseRubricText(BUILTIN_RUBRIC_SOURCE, BUILTIN_CTO_RUBRIC_YAML);
  const checker = new Problems(parsed);
  if (problems.length === 0) validateShape(parsed, checker);
  if (problems.length > 0 || checker.list.length > 0) throw new RubricError(BUILTIN_RUBRIC_SOURCE, [...problems, ...checker.list]);
  return JSON.stringify(parsed.raw);
}

function parseRubricText(file: string, text: string): { parsed: ParsedFile; problems: RubricProblem[] } {
  const tooLarge = yamlFileTooLarge(text);
  if (tooLarge !== undefined) return { parsed: { file, doc: parseYamlDocument('', {}), lineCounter: new LineCounter(), raw: {} }, problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: tooLarge }] };
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  const parsed: ParsedFile = { file, doc, lineCounter, raw: {} };
  // Capped like every problem of the file (50,000 duplicate keys are 50,000 errors).
  const found = new ProblemList();
  const problems = found.list;
  const hint = atSignHints(text, lineCounter);
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    found.add(() => rangeToProblemPosition(parsed, start, end), `${file.endsWith('.json') ? 'JSON' : 'YAML'} syntax: ${error.message.split('\n')[0]}${hint(start)}`);
  }
  const read = problems.length === 0 ? yamlValue(doc) : undefined;
  if (read && 'problem' in read) problems.push({ ...rangeToProblemPosition(parsed, read.pos[0], read.pos[1]), message: read.problem });
  else if (read) {
    const value = read.value;
    if (value === null || value === undefined) parsed.raw = {};
    else if (typeof value !== 'object' || Array.isArray(value)) problems.push({ ...locate(parsed, [], false), message: 'a rubric must be a mapping of keys (name, extends, categories, criteria, …)' });
    else parsed.raw = value as Raw;
  }
  return { parsed, problems };
}

// ---------------------------------------------------------------------------
// Shape validation of one file, before merging.

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(problems: Problems, value: Raw, allowed: string[], path: Path, what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      problems.at([...path, key], `unknown key "${key}" in ${what}; expected one of: ${allowed.filter((k) => !k.startsWith('$')).join(', ')}`, true);
    }
  }
}

function checkStringList(problems: Problems, value: unknown, path: Path, what: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' && typeof item !== 'number')) {
    problems.at(path, `${what} must be a list of words, e.g. [hiring, talent]`);
  }
}

/** Accepts `30%`, `30 %`, `5pp` or a fraction between 0 and 1. */
export function parseShare(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 && value <= 1 ? value : undefined;
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%|pp)\s*$/.exec(value);
    if (match) {
      const share = Number(match[1]) / 100;
      return share <= 1 ? share : undefined;
    }
  }
  return undefined;
}

function checkShare(problems: Problems, value: unknown, path: Path, what: string): void {
  if (value === undefined) return;
  if (parseShare(value) === undefined) {
    problems.at(path, `${what} must be a percentage like 25% or a fraction between 0 and 1 like 0.25, found ${JSON.stringify(value)}`);
  }
}

function checkMapOf(problems: Problems, value: unknown, path: Path, what: string, each: (entry: Raw, entryPath: Path) => void): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    problems.at(path, `${what} must be a mapping from id to settings`);
    return;
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_ENTRIES) {
    problems.at(path, `"${path.join('.')}" holds ${entries.length.toLocaleString('en-US')} entries; a rubric file may hold at most ${MAX_ENTRIES.toLocaleString('en-US')}`, true);
    return;
  }
  for (const [id, entry] of entries) {
    if (entry === null) continue; // `id: null` removes an inherited entry
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.at([...path, id], `id "${id}" must be lower-case letters, digits and dashes`, true);
    if (!isRecord(entry)) {
      problems.at([...path, id], `${what} "${id}" must be a mapping of settings`);
      continue;
    }
    each(entry, [...path, id]);
  }
}

function validateTopLevel(raw: Raw, problems: Problems): void {
  checkKeys(problems, raw, TOP_KEYS, [], 'the rubric');
  for (const key of ['name', 'extends', 'description']) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') problems.at([key], `"${key}" must be a string`);
  }
  if (raw.advice !== undefined && raw.advice !== null && typeof raw.advice !== 'string') problems.at(['advice'], '"advice" must be one sentence of text');
  if (raw.threshold !== undefined && (typeof raw.threshold !== 'number' || raw.threshold < 0 || raw.threshold > 1)) {
    problems.at(['threshold'], `"threshold" must be a number between 0 and 1 (the built-in is 0.5), found ${JSON.stringify(raw.threshold)}`);
  }
  checkShare(problems, raw.tolerance, ['tolerance'], '"tolerance"');
  for (const key of ['requireOutcome', 'inferCategories', 'memory']) {
    if (raw[key] !== undefined && typeof raw[key] !== 'boolean') problems.at([key], `"${key}" must be true or false`);
  }
  checkCategorySignals(problems, raw.noCategory, ['noCategory'], '"noCategory"');
  if (raw.headings !== undefined && raw.headings !== null) {
    if (!isRecord(raw.headings)) problems.at(['headings'], '"headings" must map a heading to a category id, e.g. { Platform work: architecture }');
    else for (const [heading, id] of Object.entries(raw.headings)) if (id !== null && typeof id !== 'string') problems.at(['headings', heading], `heading "${heading}" must name a category id, e.g. architecture`);
  }
  if (raw.expectedHours !== undefined && (typeof raw.expectedHours !== 'number' || raw.expectedHours <= 0 || raw.expectedHours > 168)) {
    problems.at(['expectedHours'], `"expectedHours" must be a number of hours between 1 and 168, found ${JSON.stringify(raw.expectedHours)}`);
  }
}

function validateAllocation(raw: Raw, problems: Problems): void {
  checkMapOf(problems, raw.priorities, ['priorities'], 'priority', (entry, path) => {
    checkKeys(problems, entry, PRIORITY_KEYS, path, `priority "${path[1]}"`);
    checkStringList(problems, entry.tags, [...path, 'tags'], '"tags"');
  });
  checkMapOf(problems, raw.groups, ['groups'], 'group', (entry, path) => {
    checkKeys(problems, entry, GROUP_KEYS, path, `group "${path[1]}"`);
    checkShare(problems, entry.target, [...path, 'target'], `the target of group "${path[1]}"`);
    checkStringList(problems, entry.categories, [...path, 'categories'], '"categories"');
  });
  checkMapOf(problems, raw.categories, ['categories'], 'category', (entry, path) => {
    checkKeys(problems, entry, CATEGORY_KEYS, path, `category "${path[1]}"`);
    checkShare(problems, entry.target, [...path, 'target'], `the target of category "${path[1]}"`);
    checkStringList(problems, entry.aliases, [...path, 'aliases'], '"aliases"');
    checkStringList(problems, entry.headingHints, [...path, 'headingHints'], '"headingHints"');
    checkStringList(problems, entry.tags, [...path, 'tags'], '"tags"');
    checkCategorySignals(problems, entry.signals, [...path, 'signals'], '"signals"');
  });
}

/** `signals:` and `noCategory:` are a list of words or a map of word to weight. */
function checkCategorySignals(problems: Problems, value: unknown, path: Path, label: string): void {
  if (value === undefined || value === null || Array.isArray(value)) {
    checkStringList(problems, value ?? undefined, path, label);
    return;
  }
  if (!isRecord(value)) {
    problems.at(path, `${label} must be a list of words or map a word or phrase to its weight, e.g. { interview*: 3, offer: 2 }`);
    return;
  }
  for (const [word, weight] of Object.entries(value)) {
    if (weight === null) continue;
    if (typeof weight !== 'number' || !(weight > 0) || weight > MAX_SIGNAL_WEIGHT) problems.at([...path, word], `the weight of "${word}" must be a number above 0 and at most ${MAX_SIGNAL_WEIGHT}, found ${JSON.stringify(weight)}`);
  }
}

function validateSignals(problems: Problems, signals: unknown, path: Path, side: 'pass' | 'fail'): void {
  if (signals === undefined) return;
  if (!isRecord(signals)) {
    problems.at(path, `"${side}" must be a mapping with "keywords", "tags", "verbs", "quantities" and/or "grand"`);
    return;
  }
  checkKeys(problems, signals, SIGNAL_KEYS, path, `"${side}"`);
  for (const key of SIGNAL_KEYS) checkStringList(problems, signals[key], [...path, key], `"${key}"`);
  // Grand words say what an outcome of small work does not earn: they fail it, never pass it.
  if (side === 'pass' && signals.grand !== undefined) problems.at([...path, 'grand'], '"grand" is read only on the "fail" side of an outcome check; move it under "fail"');
  checkWildcards(problems, signals.keywords, [...path, 'keywords']);
}

/** Keywords (and vocabulary lists they may use) hold few wildcards, so matching them stays linear. */
function checkWildcards(problems: Problems, words: unknown, path: Path): void {
  if (!Array.isArray(words)) return;
  words.forEach((word, index) => {
    const problem = typeof word === 'string' ? wildcardProblem(word) : undefined;
    if (problem !== undefined) problems.at([...path, index], problem);
  });
}

function validateCriterion(problems: Problems, entry: Raw, path: Path): void {
  checkKeys(problems, entry, CRITERION_KEYS, path, `criterion "${path[1]}"`);
  if (entry.weight !== undefined && (typeof entry.weight !== 'number' || entry.weight < 0)) problems.at([...path, 'weight'], '"weight" must be a number of 0 or more');
  if (entry.check !== undefined && !CHECKS.includes(entry.check as CriterionCheck)) problems.at([...path, 'check'], `"check" must be one of: ${CHECKS.join(', ')}`);
  if (entry.otherwise !== undefined && !VERDICTS.includes(entry.otherwise as Verdict)) problems.at([...path, 'otherwise'], `"otherwise" must be one of: ${VERDICTS.join(', ')}`);
  for (const side of ['pass', 'fail'] as const) validateSignals(problems, entry[side], [...path, side], side);
  if (entry.categories === undefined) return;
  if (!isRecord(entry.categories)) {
    problems.at([...path, 'categories'], '"categories" must map a category id to pass, fail or unknown');
    return;
  }
  for (const [id, verdict] of Object.entries(entry.categories)) {
    if (!VERDICTS.includes(verdict as Verdict)) problems.at([...path, 'categories', id], `must be one of: ${VERDICTS.join(', ')}`);
  }
}

function validateExemplar(problems: Problems, entry: Raw, path: Path): void {
  checkKeys(problems, entry, EXEMPLAR_KEYS, path, `exemplar "${path[1]}"`);
  if (typeof entry.quote !== 'string' || entry.quote.trim() === '') problems.at([...path, 'quote'], `exemplar "${path[1]}" needs a "quote": the author's sentence the hover shows`);
  if (entry.verdict !== 'worthy' && entry.verdict !== 'low') problems.at([...path, 'verdict'], `exemplar "${path[1]}" needs a "verdict": worthy or low`);
  const groups = entry.match;
  if (!Array.isArray(groups) || groups.length === 0 || groups.some((group) => !Array.isArray(group) || group.length === 0 || group.some((word) => typeof word !== 'string' && typeof word !== 'number'))) {
    problems.at([...path, 'match'], `"match" must be a list of word lists, each of which the item must match, e.g. [[1:1s, one-on-ones], [leads, team leads]]`);
  }
  checkStringList(problems, entry.criteria, [...path, 'criteria'], '"criteria"');
  checkStringList(problems, entry.unless, [...path, 'unless'], '"unless"');
}

function validateBorderline(problems: Problems, value: unknown): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) {
    problems.at(['borderline'], '"borderline" must be a mapping with "categories" and "except", e.g. { categories: [culture], except: [weekly, staff] }');
    return;
  }
  checkKeys(problems, value, ['categories', 'except', 'handsOn', 'topics'], ['borderline'], '"borderline"');
  checkStringList(problems, value.topics, ['borderline', 'topics'], '"topics"');
  checkStringList(problems, value.categories, ['borderline', 'categories'], '"categories"');
  checkStringList(problems, value.except, ['borderline', 'except'], '"except"');
  checkStringList(problems, value.handsOn, ['borderline', 'handsOn'], '"handsOn"');
}

function validateRules(raw: Raw, problems: Problems): void {
  if (raw.rules === undefined) return;
  if (!isRecord(raw.rules)) {
    problems.at(['rules'], '"rules" must map a rule id to a severity');
    return;
  }
  for (const [id, severity] of Object.entries(raw.rules)) {
    if (!isRuleId(id)) problems.at(['rules', id], `unknown rule "${id}"; rules are: ${RULE_IDS.join(', ')}`, true);
    else if (!(SEVERITY_SETTINGS as readonly unknown[]).includes(severity)) problems.at(['rules', id], `severity must be one of: ${SEVERITY_SETTINGS.join(', ')}`);
  }
}

function validateShape(parsed: ParsedFile, problems: Problems): void {
  const raw = parsed.raw;
  validateTopLevel(raw, problems);
  validateAllocation(raw, problems);
  if (raw.vocabulary !== undefined) {
    if (!isRecord(raw.vocabulary)) problems.at(['vocabulary'], '"vocabulary" must map a list name to a list of words');
    else for (const [name, words] of Object.entries(raw.vocabulary)) {
      if (words === null) continue;
      checkStringList(problems, words, ['vocabulary', name], `vocabulary "${name}"`);
      checkWildcards(problems, words, ['vocabulary', name]);
    }
  }
  checkMapOf(problems, raw.criteria, ['criteria'], 'criterion', (entry, path) => validateCriterion(problems, entry, path));
  checkMapOf(problems, raw.exemplars, ['exemplars'], 'exemplar', (entry, path) => validateExemplar(problems, entry, path));
  validateBorderline(problems, raw.borderline);
  parsePeople(raw.people, (path, message) => problems.at(['people', ...path], message));
  validateRules(raw, problems);
}

// ---------------------------------------------------------------------------
// Merging (`extends`) and compiling into a Rubric.

/** Maps merge by key (`null` removes), everything else replaces. */
function mergeRaw(base: unknown, override: unknown): unknown {
  if (!isRecord(base) || !isRecord(override)) return override;
  const merged: Raw = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete merged[key];
    else merged[key] = key in base ? mergeRaw(base[key], value) : value;
  }
  return merged;
}

function toWords(value: unknown): string[] {
  return Array.isArray(value) ? value.map((item) => String(item)) : [];
}

function entriesOf(value: unknown): [string, Raw][] {
  return Object.entries((value as Raw | undefined) ?? {}) as [string, Raw][];
}

function compilePriorities(raw: Raw): RubricPriority[] {
  return entriesOf(raw.priorities).map(([id, entry]) => {
    const priority: RubricPriority = { id, name: typeof entry.name === 'string' ? entry.name : id, tags: toWords(entry.tags).map((tag) => tag.toLowerCase()) };
    if (typeof entry.description === 'string') priority.description = entry.description;
    return priority;
  });
}

function compileGroups(raw: Raw, problems: Problems): { groups: RubricGroup[]; groupOfCategory: Map<string, string> } {
  const groupOfCategory = new Map<string, string>();
  const groups = entriesOf(raw.groups).map(([id, entry]) => {
    const members = toWords(entry.categories);
    members.forEach((categoryId, index) => {
      const other = groupOfCategory.get(categoryId);
      if (other !== undefined && other !== id) problems.at(['groups', id, 'categories', index], `category "${categoryId}" is in two groups ("${other}" and "${id}"); a category belongs to one group`);
      groupOfCategory.set(categoryId, id);
    });
    return { id, name: typeof entry.name === 'string' ? entry.name : id, target: parseShare(entry.target) ?? 0, categories: members };
  });
  return { groups, groupOfCategory };
}

function compileCategory(id: string, entry: Raw, priorities: RubricPriority[], groupOfCategory: Map<string, string>, problems: Problems): RubricCategory {
  const path = ['categories', id];
  const priorityIds = new Set(priorities.map((p) => p.id));
  if (typeof entry.name !== 'string') problems.at(path, `category "${id}" needs a "name" (the heading text that selects it)`);
  if (entry.target === undefined) problems.at(path, `category "${id}" needs a "target" share, e.g. 10%`);
  const priorityId = typeof entry.priority === 'string' ? entry.priority : '';
  if (!priorityIds.has(priorityId)) {
    problems.at(entry.priority === undefined ? path : [...path, 'priority'], `category "${id}" has priority ${entry.priority === undefined ? '(none)' : JSON.stringify(entry.priority)}; expected one of: ${[...priorityIds].join(', ') || '(no priorities defined)'}`);
  }
  const groupId = groupOfCategory.get(id);
  if (groupId === undefined) problems.at(path, `category "${id}" is in no group; list it under a group's "categories"`, true);
  const aliases = toWords(entry.aliases);
  const headingHints = toWords(entry.headingHints);
  const name = typeof entry.name === 'string' ? entry.name : id;
  // A tag that names a priority (`#people`) names the priority, not a category whose alias happens to match it.
  const priorityTags = new Set(priorities.flatMap((p) => [p.id, ...p.tags]));
  const derived = [slugify(name), ...aliases.map(slugify), ...headingHints.map(slugify)].filter((tag) => !priorityTags.has(tag));
  const tags = [...new Set([id, ...derived, ...toWords(entry.tags).map((t) => t.toLowerCase())])].filter(Boolean);
  return { id, name, target: parseShare(entry.target) ?? 0, groupId: groupId ?? '', priorityId, aliases, headingHints, tags, signals: compileSignals(entry.signals) };
}

/** The weight of a word given in a list (`signals: [postmortem, incident]`): enough to decide alone. */
const LISTED_SIGNAL_WEIGHT = 2;

/** The weight of a listed `noCategory` word: as strong as a category's strongest usual signal. */
const NO_CATEGORY_WEIGHT = 3;

function compileSignals(value: unknown, listedWeight = LISTED_SIGNAL_WEIGHT): CategorySignal[] {
  if (Array.isArray(value)) return toWords(value).map((text) => ({ text, weight: listedWeight }));
  return Object.entries(isRecord(value) ? value : {}).flatMap(([text, weight]) => (typeof weight === 'number' ? [{ text, weight }] : []));
}

function compileBorderline(raw: Raw, categoryIds: Set<string>, problems: Problems): Pick<Rubric, 'borderline'> {
  if (!isRecord(raw.borderline)) return {};
  const categories = toWords(raw.borderline.categories);
  categories.forEach((id, index) => {
    if (!categoryIds.has(id)) problems.at(['borderline', 'categories', index], `unknown category "${id}"; categories are: ${[...categoryIds].join(', ')}`);
  });
  return { borderline: { categories, except: toWords(raw.borderline.except), handsOn: toWords(raw.borderline.handsOn), topics: toWords(raw.borderline.topics) } };
}

/** `exemplars:` each naming only criteria and a category the merged rubric has. */
function compileExemplars(raw: Raw, criterionIds: Set<string>, categoryIds: Set<string>, problems: Problems): RubricExemplar[] {
  return entriesOf(raw.exemplars).map(([id, entry]) => {
    const criteria = toWords(entry.criteria);
    criteria.forEach((criterion, index) => {
      if (!criterionIds.has(criterion)) problems.at(['exemplars', id, 'criteria', index], `unknown criterion "${criterion}"; criteria are: ${[...criterionIds].join(', ')}`);
    });
    const match = (Array.isArray(entry.match) ? entry.match : []).map((group) => toWords(group));
    const exemplar: RubricExemplar = { id, quote: String(entry.quote ?? ''), verdict: entry.verdict === 'low' ? 'low' : 'worthy', match, criteria };
    if (entry.unless !== undefined) exemplar.unless = toWords(entry.unless);
    if (entry.category === undefined) return exemplar;
    if (typeof entry.category !== 'string' || !categoryIds.has(entry.category)) problems.at(['exemplars', id, 'category'], `exemplar "${id}" names unknown category "${String(entry.category)}"; categories are: ${[...categoryIds].join(', ')}`);
    else exemplar.category = entry.category;
    return exemplar;
  });
}

/** `headings: { Platform work: architecture }`: each heading must name a category of the merged rubric. */
function compileHeadings(raw: Raw, categoryIds: Set<string>, problems: Problems): TaughtHeading[] {
  return Object.entries(isRecord(raw.headings) ? raw.headings : {}).flatMap(([heading, id]) => {
    if (typeof id !== 'string') return [];
    if (!categoryIds.has(id)) {
      problems.at(['headings', heading], `heading "${heading}" names unknown category "${id}"; categories are: ${[...categoryIds].join(', ')}`);
      return [];
    }
    return [{ heading, categoryId: id }];
  });
}

/** Targets: categories add up to 100%, a group's categories to the group's declared target. */
function checkTargets(raw: Raw, parsed: ParsedFile, categories: RubricCategory[], groups: RubricGroup[], problems: Problems): void {
  const categoryIds = new Set(categories.map((c) => c.id));
  groups.forEach((group) => group.categories.forEach((categoryId, index) => {
    if (!categoryIds.has(categoryId)) problems.at(['groups', group.id, 'categories', index], `group "${group.id}" lists unknown category "${categoryId}"; categories are: ${[...categoryIds].join(', ')}`);
  }));
  const sum = categories.reduce((total, c) => total + c.target, 0);
  if (categories.length > 0 && Math.abs(sum - 1) > 0.0005) {
    problems.at(['categories'], `category targets add up to ${round(sum * 100)}%, not 100%: ${categories.map((c) => `${c.id} ${round(c.target * 100)}%`).join(', ')}`, true);
  }
  for (const group of groups) {
    const memberSum = categories.filter((c) => c.groupId === group.id).reduce((total, c) => total + c.target, 0);
    const rawGroup = ((parsedGroups(parsed.raw)[group.id] ?? {}) as Raw);
    const declared = (raw.groups as Raw)[group.id] as Raw;
    if (declared.target !== undefined && Math.abs(memberSum - group.target) > 0.0005) {
      problems.at(['groups', group.id, rawGroup.target !== undefined ? 'target' : 'categories'], `group "${group.id}" has target ${round(group.target * 100)}% but its categories add up to ${round(memberSum * 100)}%`);
    }
    if (declared.target === undefined) group.target = memberSum;
  }
}

/** `$name` in a word list inserts the vocabulary list `name`. */
function vocabularyExpander(raw: Raw, problems: Problems): (words: string[], path: Path) => string[] {
  const vocabulary = new Map<string, string[]>();
  for (const [name, words] of Object.entries((raw.vocabulary as Raw | undefined) ?? {})) vocabulary.set(name, toWords(words));
  return (words, path) => words.flatMap((word, index) => {
    if (!word.startsWith('$')) return [word];
    const list = vocabulary.get(word.slice(1));
    if (list) return list;
    problems.at([...path, index], `unknown vocabulary list "${word}"; lists are: ${[...vocabulary.keys()].map((k) => `$${k}`).join(', ') || '(none)'}`);
    return [];
  });
}

function compileCriterion(id: string, entry: Raw, categoryIds: Set<string>, expand: (words: string[], path: Path) => string[], problems: Problems): RubricCriterion {
  const path = ['criteria', id];
  const signals = (side: 'pass' | 'fail'): CriterionSignals => {
    const block = (entry[side] as Raw | undefined) ?? {};
    return {
      keywords: expand(toWords(block.keywords), [...path, side, 'keywords']),
      tags: toWords(block.tags).map((t) => t.replace(/^#/, '').toLowerCase()),
      verbs: expand(toWords(block.verbs), [...path, side, 'verbs']),
      quantities: expand(toWords(block.quantities), [...path, side, 'quantities']),
      grand: expand(toWords(block.grand), [...path, side, 'grand']),
    };
  };
  const defaults: Record<string, Verdict> = {};
  for (const [categoryId, verdict] of Object.entries((entry.categories as Raw | undefined) ?? {})) {
    if (!categoryIds.has(categoryId)) problems.at([...path, 'categories', categoryId], `unknown category "${categoryId}"; categories are: ${[...categoryIds].join(', ')}`, true);
    defaults[categoryId] = verdict as Verdict;
  }
  const criterion: RubricCriterion = {
    id,
    name: typeof entry.name === 'string' ? entry.name : id,
    weight: typeof entry.weight === 'number' ? entry.weight : 1,
    pass: signals('pass'),
    fail: signals('fail'),
    categories: defaults,
    otherwise: (entry.otherwise as Verdict | undefined) ?? 'unknown',
  };
  if (typeof entry.description === 'string') criterion.description = entry.description;
  if (typeof entry.short === 'string') criterion.short = entry.short;
  if (entry.check !== undefined) criterion.check = entry.check as CriterionCheck;
  return criterion;
}

function compile(raw: Raw, parsed: ParsedFile, problems: Problems, source: string): Rubric | undefined {
  const priorities = compilePriorities(raw);
  const { groups, groupOfCategory } = compileGroups(raw, problems);
  const categoryEntries = entriesOf(raw.categories);
  if (categoryEntries.length === 0) problems.at(['categories'], 'a rubric needs at least one category under "categories"');
  const categories = categoryEntries.map(([id, entry]) => compileCategory(id, entry, priorities, groupOfCategory, problems));
  checkTargets(raw, parsed, categories, groups, problems);
  const expand = vocabularyExpander(raw, problems);
  const categoryIds = new Set(categories.map((c) => c.id));
  const criteria = entriesOf(raw.criteria).map(([id, entry]) => compileCriterion(id, entry, categoryIds, expand, problems));
  const headings = compileHeadings(raw, categoryIds, problems);
  const exemplars = compileExemplars(raw, new Set(criteria.map((c) => c.id)), categoryIds, problems);
  if (criteria.length === 0) problems.at(['criteria'], 'a rubric needs at least one criterion under "criteria"');
  if (problems.list.length > 0) return undefined;
  const rubric: Rubric = {
    name: typeof raw.name === 'string' ? raw.name : source,
    source,
    threshold: typeof raw.threshold === 'number' ? raw.threshold : 0.5,
    tolerance: parseShare(raw.tolerance) ?? 0.05,
    priorities,
    groups,
    categories,
    criteria,
    rules: (raw.rules as Rubric['rules'] | undefined) ?? {},
    requireOutcome: raw.requireOutcome === true,
    inferCategories: raw.inferCategories !== false,
    memory: raw.memory !== false,
    headings,
    noCategory: compileSignals(raw.noCategory, NO_CATEGORY_WEIGHT),
    exemplars,
    ...compileBorderline(raw, categoryIds, problems),
    // Validated per file before merging; here only the merged list is read.
    people: parsePeople(raw.people, () => undefined),
  };
  if (typeof raw.expectedHours === 'number') rubric.expectedHours = raw.expectedHours;
  if (typeof raw.advice === 'string') rubric.advice = raw.advice;
  return rubric;
}

function parsedGroups(raw: Raw): Raw {
  return isRecord(raw.groups) ? raw.groups : {};
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// ---------------------------------------------------------------------------
// Public entry points.

export type ReadFile = (path: string) => Promise<string | undefined>;

/** Resolves `extends: ./base.yaml` against the extending file's folder. */
export function resolveRelativePath(fromFile: string, target: string): string {
  if (target.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(target) || /^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return target;
  const folder = fromFile.slice(0, Math.max(fromFile.lastIndexOf('/'), 0));
  const parts = `${folder}/${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') {
      if (out.length > 1 || (out.length === 1 && out[0] !== '')) out.pop();
    } else if (part !== '.' && !(part === '' && out.length > 0)) out.push(part);
  }
  return out.join('/') || '/';
}

/** Why a path cannot be read (a FIFO, a directory), or undefined: synchronous, so nothing waits on a special file. */
export type RefuseRead = (path: string) => string | undefined;

/**
 * A host's reason to refuse reading a path (Restricted Mode), or undefined.
 * It may answer later: the extension resolves symbolic links before it
 * decides, and that is file-system work it must not do synchronously.
 */
export type RefusePath = (path: string) => string | undefined | Promise<string | undefined>;

async function loadMergedRaw(file: string, text: string, readFile: ReadFile, seen: string[], refuse?: RefusePath, unreadable?: RefuseRead): Promise<{ raw: Raw; top: ParsedFile; problems: RubricProblem[] }> {
  const { parsed, problems: syntax } = parseRubricFile(file, text);
  if (syntax.length > 0) return { raw: {}, top: parsed, problems: syntax };
  const problems = new Problems(parsed);
  validateShape(parsed, problems);
  if (problems.list.length > 0) return { raw: {}, top: parsed, problems: problems.list };
  const parent = parsed.raw.extends;
  if (parent === undefined) return { raw: parsed.raw, top: parsed, problems: [] };
  let base: Raw;
  if (parent === BUILTIN_RUBRIC_NAME) {
    base = (await loadMergedRaw(BUILTIN_RUBRIC_SOURCE, BUILTIN_CTO_RUBRIC_YAML, readFile, seen, refuse, unreadable)).raw;
  } else {
    const parentPath = resolveRelativePath(file, String(parent));
    // A chain of 20,000 files took 33 s and 2.5 GB (issue 23); no real rubric is more than a few deep.
    if (seen.length > MAX_EXTENDS_DEPTH) {
      problems.at(['extends'], `"extends" goes more than ${MAX_EXTENDS_DEPTH} files deep (${seen[0]} → … → ${parentPath}); a rubric may extend at most ${MAX_EXTENDS_DEPTH} others in a chain`);
      return { raw: {}, top: parsed, problems: problems.list };
    }
    if (seen.includes(parentPath)) {
      problems.at(['extends'], `"extends" forms a cycle: ${[...seen, parentPath].join(' → ')}`);
      return { raw: {}, top: parsed, problems: problems.list };
    }
    const refused = (await refuse?.(parentPath)) ?? unreadable?.(parentPath);
    if (refused !== undefined) {
      problems.at(['extends'], `"extends" names ${JSON.stringify(parent)}: ${refused}`);
      return { raw: {}, top: parsed, problems: problems.list };
    }
    const parentText = await readFile(parentPath);
    if (parentText === undefined) {
      problems.at(['extends'], `"extends" names ${JSON.stringify(parent)}, but ${parentPath} cannot be read; use "cto" for the built-in rubric or a path relative to this file`);
      return { raw: {}, top: parsed, problems: problems.list };
    }
    const loaded = await loadMergedRaw(parentPath, parentText, readFile, [...seen, parentPath], refuse, unreadable);
    if (loaded.problems.length > 0) return { raw: {}, top: parsed, problems: loaded.problems };
    base = loaded.raw;
  }
  const own = { ...parsed.raw };
  delete own.extends;
  const merged = mergeRaw(base, own) as Raw;
  if (own.name === undefined) delete merged.name;
  // Advice speaks to the rubric's owner: a rubric that extends another does not inherit it.
  if (own.advice === undefined) delete merged.advice;
  // Moving share between categories of different groups (`recruiting: 20%`,
  // `culture: 15%`) moves the groups' targets with them: an inherited group
  // target is derived from its categories unless this file sets it.
  const ownCategories = isRecord(own.categories) ? own.categories : {};
  const retargeted = Object.values(ownCategories).some((entry) => isRecord(entry) && entry.target !== undefined);
  if (retargeted && isRecord(merged.groups)) {
    const ownGroups = isRecord(own.groups) ? own.groups : {};
    const groups: Raw = {};
    for (const [id, group] of Object.entries(merged.groups)) {
      const declared = ownGroups[id];
      if (isRecord(group) && !(isRecord(declared) && declared.target !== undefined)) {
        const copy = { ...group };
        delete copy.target;
        groups[id] = copy;
      } else groups[id] = group;
    }
    merged.groups = groups;
  }
  return { raw: merged, top: parsed, problems: [] };
}

/** Loads and validates a rubric file; throws `RubricError` listing every problem with its position. */
export async function loadRubric(file: string, text: string, readFile: ReadFile, refuse?: RefusePath, unreadable?: RefuseRead): Promise<Rubric> {
  const { raw, top, problems } = await loadMergedRaw(file, text, readFile, [file], refuse, unreadable);
  if (problems.length > 0) throw new RubricError(problems[0]?.file ?? file, problems);
  const semantic = new Problems(top);
  const rubric = compile(raw, top, semantic, file);
  if (!rubric) throw new RubricError(file, semantic.list);
  rubric.people = mergePeople(rubric.people, await loadPeopleBeside(file, readFile, refuse, unreadable));
  return rubric;
}

/**
 * The `people.yaml` beside the rubric file in effect (not beside a file it
 * extends), so a team can share one rubric and keep its people apart. Its
 * problems are rubric problems at its own file and position.
 */
async function loadPeopleBeside(file: string, readFile: ReadFile, refuse?: RefusePath, unreadable?: RefuseRead) {
  const path = resolveRelativePath(file, PEOPLE_FILE_NAME);
  if (path === file || (await refuse?.(path)) !== undefined) return [];
  const why = unreadable?.(path);
  if (why !== undefined) throw new RubricError(path, [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, message: why }]);
  const text = await readFile(path);
  if (text === undefined) return [];
  const loaded = loadPeopleFile(path, text);
  if (loaded.problems.length > 0) throw new RubricError(path, loaded.problems);
  return loaded.people;
}

let builtin: Rubric | undefined;

/** The built-in `cto` rubric, compiled once. */
export function builtinRubric(): Rubric {
  if (!builtin) {
    const { parsed, problems } = parseRubricFile(BUILTIN_RUBRIC_SOURCE, BUILTIN_CTO_RUBRIC_YAML);
    const checker = new Problems(parsed);
    validateShape(parsed, checker);
    const rubric = problems.length === 0 && checker.list.length === 0 ? compile(parsed.raw, parsed, checker, BUILTIN_RUBRIC_SOURCE) : undefined;
    if (!rubric) throw new RubricError(BUILTIN_RUBRIC_SOURCE, [...problems, ...checker.list]);
    rubric.name = BUILTIN_RUBRIC_NAME;
    builtin = rubric;
  }
  return builtin;
}
