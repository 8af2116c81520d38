// "Teach it once": the lessons a writer can give the rubric about an item or a
// heading whose category was inferred or missing ("Count '## Platform work'
// as Long-term architecture & technology direction", "Count “vendor” as
// Business development & partners"), and the rubric text with a lesson
// written in. A heading lesson goes under `headings:` (a map, so it merges by
// key over what the rubric extends); a word lesson goes under the category's
// `signals:` at a weight that decides alone. YAML is edited through the
// `yaml` package's Document API, so the writer's comments and layout stay;
// the built-in rubric is never edited: a lesson about it starts a new
// `.weekly-review.yaml` that extends it.

import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ReviewAnalysis } from '../analysis/analyze';
import { yamlTooDeep } from '../parse/yamlDocument';
import type { Rubric } from '../rubric/model';
import type { Activity, Heading } from '../types';

export interface CategoryLesson {
  kind: 'heading' | 'word';
  /** The heading text as written, or the word. */
  text: string;
  categoryId: string;
  /** "Count '## Platform work' as Long-term architecture & technology direction". */
  title: string;
  /** The lesson the tool itself would draw (the inferred category): an editor may offer it first. */
  preferred: boolean;
}

/** The weight a taught word gets: more than any built-in signal, so it decides alone. */
export const TAUGHT_WORD_WEIGHT = 5;

/** The file a lesson about the built-in rubric creates, at the workspace folder's root. */
export const TAUGHT_RUBRIC_FILE = '.weekly-review.yaml';

const NEW_RUBRIC_HEADER = `# Weekly Review rubric for this workspace, started by "teach it" in the editor.
# It extends the built-in "cto" rubric: anything not set here is inherited.
extends: cto
`;

function headingLesson(heading: Heading, rubric: Rubric, categoryId: string, preferred: boolean): CategoryLesson {
  const name = rubric.categories.find((c) => c.id === categoryId)?.name ?? categoryId;
  return { kind: 'heading', text: heading.text, categoryId, title: `Count '${'#'.repeat(heading.depth)} ${heading.text}' as ${name}`, preferred };
}

/** Every category for a heading, the one the tool inferred first. */
function lessonsForHeading(heading: Heading, rubric: Rubric): CategoryLesson[] {
  const inferred = heading.inferred?.categoryId;
  const ids = [...(inferred ? [inferred] : []), ...rubric.categories.map((c) => c.id).filter((id) => id !== inferred)];
  return ids.map((id) => headingLesson(heading, rubric, id, id === inferred));
}

/** The word lessons of an item whose words fit two categories: each candidate with the word that pointed to it. */
function lessonsForWords(activity: Activity, rubric: Rubric): CategoryLesson[] {
  return (activity.categoryCandidates ?? []).flatMap(({ id, words }) => {
    const word = words[0];
    const name = rubric.categories.find((c) => c.id === id)?.name ?? id;
    return word ? [{ kind: 'word' as const, text: word, categoryId: id, title: `Count “${word}” as ${name}`, preferred: false }] : [];
  });
}

/** The nearest heading above `line` (the one an item sits under), when it names no category. */
function uncategorizedHeadingAbove(analysis: ReviewAnalysis, line: number): Heading | undefined {
  let nearest: Heading | undefined;
  for (const heading of analysis.document.headings) if (heading.line < line && (!nearest || heading.line > nearest.line)) nearest = heading;
  return nearest && nearest.categoryId === undefined ? nearest : undefined;
}

/**
 * The lessons offered at a line: on a heading that names no category, one per
 * category; on a counted item that no tag or category heading placed, the
 * lessons of the heading it sits under and, when its words fit two
 * categories, a word lesson for each (with the word that pointed to it).
 */
export function categoryLessons(analysis: ReviewAnalysis, line: number): CategoryLesson[] {
  const rubric = analysis.document.rubric;
  if (!rubric) return [];
  const heading = analysis.document.headings.find((h) => h.line === line);
  if (heading) return heading.categoryId === undefined ? lessonsForHeading(heading, rubric) : [];
  const activity = analysis.document.activities.find((a) => a.line === line);
  const kind = activity?.categorySource?.kind;
  if (!activity?.counted || kind === 'tag' || kind === 'heading') return [];
  const above = uncategorizedHeadingAbove(analysis, line);
  const own = activity.categoryId ?? activity.categoryCandidates?.[0]?.id;
  const headingLessons = above ? lessonsForHeading(above, rubric).map((lesson) => ({ ...lesson, preferred: lesson.categoryId === own })) : [];
  return [...lessonsForWords(activity, rubric), ...headingLessons.sort((a, b) => Number(b.preferred) - Number(a.preferred))];
}

function isJsonFile(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

/** The path in the rubric where a lesson is written. */
function lessonPath(lesson: CategoryLesson): string[] {
  return lesson.kind === 'heading' ? ['headings', lesson.text] : ['categories', lesson.categoryId, 'signals', lesson.text];
}

function lessonValue(lesson: CategoryLesson): string | number {
  return lesson.kind === 'heading' ? lesson.categoryId : TAUGHT_WORD_WEIGHT;
}

/** A list of signal words becomes a map (each at weight 2, what a listed word decides alone with) so a weighted word can join it. */
function signalsAsMap(doc: Document, categoryId: string): void {
  const signals = doc.getIn(['categories', categoryId, 'signals']);
  if (!isSeq(signals)) return;
  const map = doc.createNode(Object.fromEntries(signals.items.map((item) => [String(isScalar(item) ? item.value : item), 2])));
  // A list written on one line becomes a map on one line: the writer's layout stays.
  map.flow = signals.flow === true;
  keepComments(signals, map);
  doc.setIn(['categories', categoryId, 'signals'], map);
}

/** The writer's comments on a list and its words, on the map that replaces it (they were dropped with the list). */
function keepComments(list: YAMLSeq, map: YAMLMap): void {
  if (list.comment) map.comment = list.comment;
  if (list.commentBefore) map.commentBefore = list.commentBefore;
  const byWord = new Map<string, { before?: string | undefined; after?: string | undefined }>();
  for (const item of list.items) {
    if (!isScalar(item)) continue;
    const said = byWord.get(String(item.value)) ?? {};
    said.before = [said.before, item.commentBefore].filter((c) => c !== undefined && c !== null).join('\n') || undefined;
    said.after = [said.after, item.comment].filter((c) => c !== undefined && c !== null).join('\n') || undefined;
    byWord.set(String(item.value), said);
  }
  for (const pair of map.items) {
    const said = isScalar(pair.key) ? byWord.get(String(pair.key.value)) : undefined;
    if (!said || !isScalar(pair.key) || !isScalar(pair.value)) continue;
    if (said.before !== undefined) pair.key.commentBefore = said.before;
    if (said.after !== undefined) pair.value.comment = said.after;
  }
}

function teachYaml(text: string, lesson: CategoryLesson): string {
  const deep = yamlTooDeep(text);
  if (deep !== undefined) throw new Error(`the rubric's ${deep}`);
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`the rubric has a YAML error (${doc.errors[0]?.message.split('\n')[0] ?? 'syntax'}); fix it first`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new Error('the rubric is not a mapping of keys');
  if (lesson.kind === 'word') signalsAsMap(doc, lesson.categoryId);
  doc.setIn(lessonPath(lesson), lessonValue(lesson));
  return doc.toString();
}

function teachJson(text: string, lesson: CategoryLesson): string {
  const root = JSON.parse(text) as Record<string, unknown>;
  let at: Record<string, unknown> = root;
  const path = lessonPath(lesson);
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    at = (at[key] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
  }
  at[path[path.length - 1] as string] = lessonValue(lesson);
  return `${JSON.stringify(root, null, 2)}\n`;
}

/**
 * The rubric file's text with `lesson` written in: `existing` is the file's
 * text, or undefined to start a new `.weekly-review.yaml` that extends the
 * built-in rubric. Throws with a sentence to show when the file cannot be
 * edited (a syntax error, not a mapping).
 */
export function teachRubric(file: string, existing: string | undefined, lesson: CategoryLesson): string {
  if (existing === undefined) return teachYaml(NEW_RUBRIC_HEADER, lesson);
  return isJsonFile(file) ? teachJson(existing, lesson) : teachYaml(existing, lesson);
}
