// Merges a week's imported activities into a review's text. Only lines the
// import wrote and nobody edited since are ever changed or removed: each
// imported line ends with `<!-- event: ID ~FINGERPRINT -->`, and a line whose
// text no longer matches its fingerprint is the user's. So importing again
// adds only events the review does not hold yet, updates an untouched line
// whose event changed, removes an untouched line whose event was cancelled or
// moved out of the week, and reports — never touches — an edited one. Every
// other line, its line ending included, comes out byte for byte.

import { categoryOfParts } from '../analysis/categories';
import { normalizeLabel } from '../text';
import type { Rubric } from '../rubric/model';
import { parseLeadingDuration } from '../parse/durations';
import { lineHash, type ImportItem } from './activities';

export const UNCATEGORIZED_HEADING = 'From your calendar';

export interface KeptLine {
  id: string;
  /** 1-based line in the merged text. */
  line: number;
  text: string;
  why: 'changed' | 'gone' | 'unknown';
}

export interface MergeReport {
  added: number;
  unchanged: number;
  updated: number;
  removed: number;
  kept: KeptLine[];
}

interface Line {
  text: string;
  eol: string;
}

const EVENT_COMMENT = /\s?<!-- event: (\S+) ~([0-9a-z]+) -->/;

export function decodeEventId(encoded: string): string {
  return encoded.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ text: text.slice(start, match.index), eol: match[0] });
    start = match.index + match[0].length;
  }
  if (start < text.length || lines.length === 0) lines.push({ text: text.slice(start), eol: '' });
  return lines;
}

/** Event ids with their line in a review text: what an import already wrote. */
export function importedIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const line of splitLines(text)) {
    const match = EVENT_COMMENT.exec(line.text);
    if (match) ids.add(decodeEventId(match[1] as string));
  }
  return ids;
}

export interface Section {
  /** Index of the heading line (a setext heading's underline). */
  heading: number;
  /** Index of the heading's first line (a setext heading's text). */
  start: number;
  level: number;
  /** The heading's text (a setext heading's whole paragraph). */
  label: string;
  categoryId?: string;
  /** The heading names its category in other words ("Ops & SRE"): a section named exactly wins. */
  inOtherWords?: boolean;
  /** Index just past the section's last line. */
  end: number;
}

/** A line that can be part of a paragraph, and so of a setext heading's text: not a list item, quote, table row, HTML block, ATX heading or indented code. */
const plainLine = (text: string): boolean => text.trim() !== '' && !/^ {4}|^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}(?:[>|<]|#{1,6}(?:[ \t]|$))/.test(text);

/** `---`, `***` or `___`, blanks allowed between: a thematic break, never a paragraph's line. */
const thematicBreak = (text: string): boolean => /^(?:-{3,}|\*{3,}|_{3,})$/.test(text.replace(/[ \t]/g, '')) && !/^ {4}/.test(text);

/** A setext heading's text: its paragraph's lines, joined. */
const setextLabel = (textOf: (index: number) => string, from: number, to: number): string => Array.from({ length: to - from }, (_, k) => textOf(from + k).trim()).join(' ');

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The category labels of a rubric: names, ids, aliases, heading hints and the headings it taught. */
function headingLabels(rubric: Rubric): Map<string, string> {
  const labels = new Map<string, string>();
  for (const category of rubric.categories) for (const label of [category.name, category.id, ...category.aliases, ...category.headingHints]) labels.set(normalizeLabel(label), category.id);
  for (const taught of rubric.headings) if (!labels.has(normalizeLabel(taught.heading))) labels.set(normalizeLabel(taught.heading), taught.categoryId);
  return labels;
}

/**
 * ATX headings (indented up to three spaces, as CommonMark reads them) and
 * setext ones (a paragraph underlined with `=` or `-`) outside front matter,
 * code fences and HTML comment blocks, with the category each names (name, id, alias, a heading
 * the rubric taught, or its parts in other words). A setext heading's section
 * starts at its underline, and the section before it ends above its text.
 */
export function sectionsOf(lines: readonly { text: string }[], rubric: Rubric): Section[] {
  const labels = headingLabels(rubric);
  const sections: Section[] = [];
  let fence: string | undefined;
  let i = 0;
  // The file's own byte-order mark (Notepad writes one) is not part of its first line.
  const textOf = (index: number): string => (index === 0 ? (lines[0]?.text ?? '').replace(/^\uFEFF/, '') : (lines[index] as Line).text);
  if (textOf(0).trimEnd() === '---') {
    for (i = 1; i < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[i]?.text ?? ''); i++);
    i++;
  }
  const add = (index: number, startsAt: number, level: number, label: string) => {
    for (const open of sections) if (open.end === Infinity && open.level >= level) open.end = startsAt;
    // A heading that names a category in other words ("Hiring stuff", "Ops & SRE") is the engine's too: a second `## Recruiting` would split the category.
    const exact = labels.get(normalizeLabel(label));
    const categoryId = exact ?? categoryOfParts(label, rubric)?.id;
    sections.push({ heading: index, start: startsAt, level, label, end: Infinity, ...(categoryId !== undefined ? { categoryId } : {}), ...(exact === undefined && categoryId !== undefined ? { inOtherWords: true } : {}) });
  };
  // The first line of the paragraph just above, which a setext underline makes a heading; and whether a paragraph may start here (not a list item's lazy continuation).
  let paragraph: number | undefined;
  let mayStart = true;
  let comment = false;
  for (; i < lines.length; i++) {
    const text = textOf(i);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker !== undefined && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      [paragraph, mayStart] = [undefined, true];
      continue;
    }
    if (fence !== undefined) continue;
    // An HTML comment block (a section the writer hid, template guidance) holds no heading: events put there would be hidden.
    if (comment || /^ {0,3}<!--/.test(text)) {
      comment = !(comment ? text : text.slice(text.indexOf('<!--') + 4)).includes('-->');
      [paragraph, mayStart] = [undefined, true];
      continue;
    }
    // A closing `##` is punctuation to normalizeLabel, so the whole rest of the line can be read.
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(text);
    if (heading) add(i, i, (heading[1] as string).length, heading[2] as string);
    else if (paragraph !== undefined && SETEXT_UNDERLINE.test(text)) add(i, paragraph, text.trim().startsWith('=') ? 1 : 2, setextLabel(textOf, paragraph, i));
    const breaks = heading !== null || paragraph !== undefined && SETEXT_UNDERLINE.test(text) || text.trim() === '' || thematicBreak(text);
    if (breaks) [paragraph, mayStart] = [undefined, true];
    else if (!plainLine(text)) [paragraph, mayStart] = [undefined, false];
    else if (paragraph === undefined && mayStart) paragraph = i;
  }
  for (const section of sections) if (section.end === Infinity) section.end = lines.length;
  return sections;
}

const dominantEol = (lines: readonly Line[]): string => {
  const crlf = lines.filter((l) => l.eol === '\r\n').length;
  return crlf > lines.length / 2 ? '\r\n' : '\n';
};

const LIST_LINE = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)|^\s+\S/;

/** The UID of an event id (`UID/20270308T100000Z` → `UID`). */
export function uidOfEventId(id: string): string {
  return id.replace(/\/\d{8}(?:T\d{6}Z)?$/, '');
}

/** Pass over the lines the import wrote before: update, remove, or keep and report. */
function reconcile(lines: Line[], out: (Line | null)[], byId: ReadonlyMap<string, ImportItem>, calendarUids: ReadonlySet<string>, report: MergeReport): { seen: Set<string>; kept: { index: number; id: string; why: KeptLine['why'] }[] } {
  const seen = new Set<string>();
  const kept: { index: number; id: string; why: KeptLine['why'] }[] = [];
  lines.forEach((line, index) => {
    const match = EVENT_COMMENT.exec(line.text);
    if (!match) return;
    const id = decodeEventId(match[1] as string);
    const stored = match[2] as string;
    seen.add(id);
    // Words after the comment are the user's too (the End key puts the cursor there): such a line is edited.
    const edited = lineHash(line.text.slice(0, match.index)) !== stored || line.text.slice(match.index + match[0].length).trim() !== '';
    const item = byId.get(id);
    if (item && item.hash === stored) report.unchanged++;
    else if (item && !edited) {
      out[index] = { text: item.line, eol: line.eol };
      report.updated++;
    } else if (item) kept.push({ index, id, why: 'changed' });
    else if (!calendarUids.has(uidOfEventId(id))) kept.push({ index, id, why: 'unknown' });
    else if (!edited) {
      out[index] = null;
      report.removed++;
    } else kept.push({ index, id, why: 'gone' });
  });
  return { seen, kept };
}

/**
 * Where a section's own items end: at its first subheading that names another
 * category. The engine counts an item under the innermost heading that names
 * one, so an operations event put after a nested `### Recruiting` block
 * counted as recruiting.
 */
function ownEnd(section: Section, sections: readonly Section[]): number {
  const nested = sections.find((s) => s.heading > section.heading && s.heading < section.end && s.categoryId !== undefined && s.categoryId !== section.categoryId);
  return nested ? nested.start : section.end;
}

/** Where each new item goes: after the last line of its category's section, or in sections added at the end. */
function placeNew(lines: readonly Line[], fresh: readonly ImportItem[], rubric: Rubric): { after: Map<number, string[]>; appended: string[] } {
  const sections = sectionsOf(lines, rubric);
  const after = new Map<number, string[]>();
  const appended: string[] = [];
  const uncategorized = normalizeLabel(UNCATEGORIZED_HEADING);
  const groups = new Map<string | undefined, ImportItem[]>();
  // Pushed, not copied: copying the group for each item was quadratic (20,160 events of two minutely series took 14 s).
  for (const item of fresh) {
    const group = groups.get(item.categoryId);
    if (group) group.push(item);
    else groups.set(item.categoryId, [item]);
  }
  const order = [...rubric.categories.map((c) => c.id), undefined].filter((id) => groups.has(id));
  for (const id of order) {
    const items = (groups.get(id) ?? []).map((item) => item.line);
    const section = id === undefined ? sections.find((s) => normalizeLabel(s.label) === uncategorized) : (sections.find((s) => s.categoryId === id && s.inOtherWords !== true) ?? sections.find((s) => s.categoryId === id));
    if (!section) {
      const name = id === undefined ? UNCATEGORIZED_HEADING : (rubric.categories.find((c) => c.id === id)?.name ?? id);
      // One by one: spreading 200,000 items into push's arguments overflowed the stack.
      appended.push(`## ${name}`);
      for (const line of items) appended.push(line);
      appended.push('');
      continue;
    }
    let anchor = ownEnd(section, sections) - 1;
    while (anchor > section.heading && (lines[anchor]?.text.trim() ?? '') === '') anchor--;
    const spacer = anchor !== section.heading && !LIST_LINE.test(lines[anchor]?.text ?? '') ? [''] : [];
    after.set(anchor, [...(after.get(anchor) ?? []), ...spacer, ...items]);
  }
  return { after, appended };
}

/** A list item's marker and checkbox (`- [x] `), before its text. */
const ITEM_START = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;

/** A title as typed and as imported compared alike: no tags, mentions or quotes; `normalizeLabel`'s case and spacing. */
const titleKey = (title: string): string => normalizeLabel(title.replace(/[#@][\p{L}\p{N}_-]+/gu, ' '));

/**
 * The titles of the items the writer typed by hand (list items without an
 * event comment, checked or without a box): the words after the duration, up to the outcome's arrow or
 * a `·` note. An event whose title is one of them is already in the review
 * (typed before the import, under the writer's own heading), and adding it
 * again would count its time twice.
 */
function handTypedTitles(lines: readonly Line[]): Set<string> {
  const titles = new Set<string>();
  for (const { text } of lines) {
    const start = ITEM_START.exec(text);
    // An unchecked item (`- [ ]`, a plan carried over from last week) counts no time: the event that did it still must.
    if (!start || start[0].includes('[ ]') || EVENT_COMMENT.test(text)) continue;
    let rest = text.slice(start[0].length);
    const duration = parseLeadingDuration(rest);
    if (duration !== undefined) rest = rest.slice(duration.index + duration.text.length);
    const key = titleKey(rest.split(/→|->|=>| · /)[0] ?? '');
    if (key !== '') titles.add(key);
  }
  return titles;
}

/** The review with the week's activities merged in, and what the merge did. */
export function mergeImport(review: string, items: readonly ImportItem[], rubric: Rubric, calendarUids: ReadonlySet<string>): { text: string; report: MergeReport } {
  const lines = splitLines(review);
  const eol = dominantEol(lines);
  const out: (Line | null)[] = lines.slice();
  const report: MergeReport = { added: 0, unchanged: 0, updated: 0, removed: 0, kept: [] };
  const { seen, kept } = reconcile(lines, out, new Map(items.map((item) => [item.id, item])), calendarUids, report);
  const typed = handTypedTitles(lines);
  const unseen = items.filter((item) => !seen.has(item.id));
  const fresh = unseen.filter((item) => !typed.has(titleKey(item.title)));
  report.added = fresh.length;
  report.unchanged += unseen.length - fresh.length;
  const { after, appended } = placeNew(lines, fresh, rubric);
  const result: Line[] = [];
  const newIndex = new Map<number, number>();
  const push = (text: string) => result.push({ text, eol });
  out.forEach((line, index) => {
    const inserted = after.get(index);
    if (line) {
      newIndex.set(index, result.length);
      result.push(inserted && line.eol === '' ? { text: line.text, eol } : line);
    }
    for (const text of inserted ?? []) push(text);
  });
  if (appended.length > 0) {
    if (appended[appended.length - 1] === '') appended.pop();
    const last = result[result.length - 1];
    if (last && last.eol === '') last.eol = eol;
    if (last && last.text.trim() !== '') push('');
    for (const text of appended) push(text);
    // The last line keeps the file's own ending: none if the review had none.
    if (review !== '' && !/[\r\n]$/.test(review)) (result[result.length - 1] as Line).eol = '';
  }
  report.kept = kept.map(({ index, id, why }) => ({ id, why, line: (newIndex.get(index) ?? 0) + 1, text: lines[index]?.text ?? '' }));
  return { text: result.map((line) => line.text + line.eol).join(''), report };
}
