// The people a review run keeps in touch with: name, `@handle`, role, team and
// a 1:1 cadence (`26w`, `2w`, `6m`). Read from plain data (a rubric's `people:`
// key) or from a `people.yaml` file of its own, every problem reported at its
// path (and, for the file, its line and column).

import type { LineCounter } from 'yaml';
import type { Person } from './model';

export type { Person };

export type ReportProblem = (path: (string | number)[], message: string) => void;

const PERSON_KEYS = ['name', 'handle', 'role', 'team', 'cadence', 'aliases'];
const HANDLE = /^@?([\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]|[\p{L}\p{N}_])$/u;
const CADENCE = /^(\d+(?:\.\d+)?)\s*(w|wk|wks|weeks?|m|mo|mos|months?|y|yr|yrs|years?)$/i;

/** `26w` → 26, `2w` → 2, `6m` → 26 (52 weeks a year / 12), `1y` → 52; a bare number is weeks. */
export function parseCadence(value: string | number): number | undefined {
  const text = String(value).trim();
  const match = /^\d+(?:\.\d+)?$/.test(text) ? [text, text, 'w'] : CADENCE.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] as string).toLowerCase();
  const weeks = unit.startsWith('y') ? amount * 52 : unit.startsWith('m') ? (amount * 52) / 12 : amount;
  const rounded = Math.round(weeks);
  return rounded >= 1 ? rounded : undefined;
}

function optionalString(entry: Record<string, unknown>, key: string, at: (string | number)[], report: ReportProblem): string | undefined {
  const value = entry[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim()) return value.trim();
  report([...at, key], `"${key}" must be a non-empty text`);
  return undefined;
}

function parseAliases(value: unknown, at: (string | number)[], report: ReportProblem): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((alias, i) => {
    if (typeof alias === 'string' && alias.trim()) return [alias.trim()];
    report(Array.isArray(value) ? [...at, 'aliases', i] : [...at, 'aliases'], '"aliases" must be names (texts)');
    return [];
  });
}

function parseHandle(value: unknown, at: (string | number)[], report: ReportProblem): string | undefined {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  const match = HANDLE.exec(text);
  if (match) return `@${match[1]}`;
  report([...at, 'handle'], value === undefined ? 'a person needs a "handle", e.g. handle: ana (written @ana in reviews)' : `"handle" must be a word like ana or "@ana", found ${JSON.stringify(value)}`);
  return undefined;
}

function parsePerson(entry: unknown, at: (string | number)[], report: ReportProblem): Person | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    report(at, 'a person must be a mapping: { name, handle, role, team, cadence }');
    return undefined;
  }
  const raw = entry as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!PERSON_KEYS.includes(key)) report([...at, key], `unknown key "${key}" (expected ${PERSON_KEYS.join(', ')})`);
  const name = optionalString(raw, 'name', at, report);
  if (name === undefined && (raw.name === undefined || raw.name === null)) report(at, 'a person needs a "name"');
  const handle = parseHandle(raw.handle, at, report);
  const person: Person = { name: name ?? '', handle: handle ?? '', aliases: parseAliases(raw.aliases, at, report) };
  const role = optionalString(raw, 'role', at, report);
  const team = optionalString(raw, 'team', at, report);
  if (role !== undefined) person.role = role;
  if (team !== undefined) person.team = team;
  if (raw.cadence !== undefined && raw.cadence !== null) {
    const weeks = typeof raw.cadence === 'string' || typeof raw.cadence === 'number' ? parseCadence(raw.cadence) : undefined;
    if (weeks === undefined) report([...at, 'cadence'], `"cadence" must be weeks, months or years such as 2w, 26w, 6m or 1y, found ${JSON.stringify(raw.cadence)}`);
    else Object.assign(person, { cadence: String(raw.cadence).trim(), cadenceWeeks: weeks });
  }
  return name !== undefined && handle !== undefined ? person : undefined;
}

/**
 * A people list from plain data (a rubric's `people:` value): a list of
 * `{ name, handle, role, team, cadence, aliases }`. Bad entries are reported
 * (path relative to the list) and left out; a handle listed twice is reported.
 */
export function parsePeople(raw: unknown, report: ReportProblem): Person[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report([], '"people" must be a list of people: - { name: Ana Silva, handle: ana, cadence: 2w }');
    return [];
  }
  const people: Person[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const person = parsePerson(entry, [i], report);
    if (!person) return;
    const key = person.handle.toLowerCase();
    if (seen.has(key)) report([i, 'handle'], `handle ${person.handle} is listed twice`);
    else {
      seen.add(key);
      people.push(person);
    }
  });
  return people;
}

/** Later lists win by handle: `mergePeople(rubricPeople, peopleFile)`. */
export function mergePeople(...lists: readonly (readonly Person[])[]): Person[] {
  const byHandle = new Map<string, Person>();
  for (const list of lists) for (const person of list) byHandle.set(person.handle.toLowerCase(), person);
  return [...byHandle.values()];
}

/**
 * `handle: @ana` is a YAML error (`@` is reserved at the start of a plain
 * value); the parser's message does not say what to write instead.
 */
export function atSignHint(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const match = /(?:^|[\s{,:[-])(@[\p{L}\p{N}_.-]+)/u.exec(line.replace(/#.*$/, ''));
  return match ? `; a value cannot start with @ in YAML: write ${(match[1] as string).slice(1)} or "${match[1]}"` : '';
}

/**
 * `atSignHint` for every syntax error of one text, each line read once: a
 * one-line flow list of `@a` holds an error per item, and reading the whole
 * line for each made 160,000 of them take 47 s.
 */
export function atSignHints(text: string, lineCounter: LineCounter): (offset: number) => string {
  const byLine = new Map<number, string>();
  return (offset) => {
    const { line } = lineCounter.linePos(offset);
    let hint = byLine.get(line);
    if (hint === undefined) {
      // The line's start gives the line's hint: `atSignHint` reads the whole line around its offset.
      hint = atSignHint(text, line === 1 ? offset : (lineCounter.lineStarts[line - 1] ?? offset));
      byLine.set(line, hint);
    }
    return hint;
  };
}
