// A `people.yaml` of its own, beside the rubric, so a team can share one
// rubric: either a list of people or a mapping with a `people:` list. Every
// problem is reported at its file, line and column (via the yaml package's
// LineCounter, like rubric files).

import { isMap, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { parseYamlDocument, yamlFileTooLarge, yamlValue } from '../parse/yamlDocument';
import { atSignHints, parsePeople, type Person } from './people';
import type { RubricProblem } from './model';
import { ProblemList } from './problemList';

export const PEOPLE_FILE_NAME = 'people.yaml';

/** A problem of a people file at its own position (1-based): a rubric problem, reported like one. */
export type PeopleProblem = RubricProblem;

export interface PeopleFile {
  people: Person[];
  problems: PeopleProblem[];
}

type Path = (string | number)[];

function positionOf(file: string, lineCounter: LineCounter, range: [number, number] | undefined): Omit<PeopleProblem, 'message'> {
  if (!range) return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const from = lineCounter.linePos(range[0]);
  const to = lineCounter.linePos(Math.max(range[0], range[1]));
  return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** Range of the deepest node on `path` that exists (a missing key points at its mapping). */
function rangeAt(doc: Document, path: Path): [number, number] | undefined {
  let node: unknown = doc.contents;
  const rangeOf = (value: unknown) => (value as YamlNode | null)?.range;
  let best = rangeOf(node);
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) next = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    else if (isSeq(node) && typeof segment === 'number') next = node.items[segment];
    if (!next) break;
    if (isPair(next)) {
      best = rangeOf(next.value) ?? rangeOf(next.key) ?? best;
      node = next.value;
    } else {
      best = rangeOf(next) ?? best;
      node = next;
    }
  }
  return best ? [best[0], best[1]] : undefined;
}

/** Reads a `people.yaml` text: the people it lists and every problem at its position. */
export function loadPeopleFile(file: string, text: string): PeopleFile {
  const tooLarge = yamlFileTooLarge(text);
  if (tooLarge !== undefined) return { people: [], problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: tooLarge }] };
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  // Capped (problemList.ts): a file of 30,000 duplicate handles listed each one.
  const found = new ProblemList();
  const problems = found.list;
  const at = (path: Path, message: string) => found.add(() => positionOf(file, lineCounter, rangeAt(doc, path)), message);
  const hint = atSignHints(text, lineCounter);
  for (const error of doc.errors) found.add(() => positionOf(file, lineCounter, error.pos), `YAML syntax: ${error.message.split('\n')[0]}${hint(error.pos[0])}`);
  if (problems.length > 0) return { people: [], problems };
  const read = yamlValue(doc);
  if ('problem' in read) return { people: [], problems: [{ ...positionOf(file, lineCounter, read.pos), message: read.problem }] };
  const value = read.value;
  if (value === null || value === undefined || Array.isArray(value)) {
    return { people: parsePeople(value, (path, message) => at(path, message)), problems };
  }
  if (typeof value !== 'object') {
    at([], 'a people file is a list of people, or a mapping with a "people:" list');
    return { people: [], problems };
  }
  for (const key of Object.keys(value)) if (key !== 'people' && key !== '$schema') at([key], `unknown key "${key}" (a people file holds "people:")`);
  const people = parsePeople((value as Record<string, unknown>).people, (path, message) => at(['people', ...path], message));
  return { people, problems };
}
