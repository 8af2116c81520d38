// People and cadence over the indexed reviews, as of the latest one.
// - A touchpoint: a done (not planned) item whose own first line mentions the
//   person (`@handle` or name, whole words). A 1:1: a touchpoint whose line
//   says 1:1, one-on-one, 1-1 or 1on1, or whose nearest enclosing item or
//   heading saying so names this person or nobody ("### 1:1s").
// - An ask: an item tagged #ask, for the people it mentions, else those of the
//   nearest enclosing item that mentions someone, else of the nearest heading.
//   Open while unchecked (a plain bullet counts as unchecked); done when
//   checked, there or in a later review listing the same ask (same people and
//   normalised text). It is the same ask while it is carried forward open.
// - Overdue: weeks since the last 1:1 (latest week − its week) above cadence.

import { findBracketedDurations, parseLeadingDuration } from '../parse/durations';
import { itemAndAncestors, reviewItems, type ReviewItem } from './items';
import { createAmbiguousNameFinder, createMentionMatcher, isTaggedAsk, saysOneOnOne, type MentionMatcher } from './mentions';
import type { Person } from '../rubric/people';
import { CADENCE_RULE, type AskStatus, type ItemRef, type PeopleReport, type PersonStatus } from './peopleTypes';
import type { IndexedReview } from './reviewIndex';
import { weekLabelOfOrdinal } from './weeks';

export type PeopleInput = Pick<IndexedReview, 'path' | 'text' | 'week' | 'weekOrdinal' | 'analysis'>;

interface Tally {
  lastOneOnOne?: { ref: ItemRef; ordinal: number };
  lastTouchpoint?: ItemRef;
  touchpointWeeks: Set<number>;
  oneOnOneWeeks: Set<number>;
}

/** The item's text without durations and comments: how an ask is shown. */
export function askText(content: string): string {
  const leading = parseLeadingDuration(content);
  let text = leading ? content.slice(leading.index + leading.text.length) : content;
  for (const bracketed of findBracketedDurations(text).reverse()) text = text.slice(0, bracketed.index) + text.slice(bracketed.index + bracketed.text.length);
  return text.replace(/[([]\s*[)\]]/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * What makes two asks the same: their people, and the text before an outcome
 * arrow without tags, @handles, case and punctuation (so an ask carried
 * forward with its person's handle added is still the same ask).
 */
export function askKey(handles: readonly string[], content: string): string {
  const words = askText(content).split(/→|->|=>/)[0] as string;
  const normalised = words.replace(/(^|\s)[#@][\p{L}\p{N}_.-]+/gu, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `${[...handles].map((h) => h.toLowerCase()).sort().join(' ')}\u0000${normalised}`;
}

function askPeople(items: readonly ReviewItem[], index: number, matcher: MentionMatcher): Person[] {
  for (const item of itemAndAncestors(items, index)) {
    const people = matcher(item.content);
    if (people.length > 0) return people;
  }
  const headings = (items[index] as ReviewItem).headings;
  for (let i = headings.length - 1; i >= 0; i--) {
    const people = matcher(headings[i] as string);
    if (people.length > 0) return people;
  }
  return [];
}

function createAskTracker() {
  const open = new Map<string, AskStatus>();
  const openedAt = new Map<AskStatus, number>();
  const done: AskStatus[] = [];
  return {
    see(key: string, handles: string[], content: string, ref: ItemRef, ordinal: number, checked: boolean | undefined) {
      let ask = open.get(key);
      if (!ask) {
        ask = { handles, text: askText(content), state: 'open', opened: ref, lastSeen: ref, done: null, ageWeeks: 0 };
        openedAt.set(ask, ordinal);
        if (checked !== true) open.set(key, ask);
      }
      ask.lastSeen = ref;
      if (checked === true) {
        Object.assign(ask, { state: 'done', done: ref, ageWeeks: ordinal - (openedAt.get(ask) as number) });
        open.delete(key);
        done.push(ask);
      }
    },
    finish(latest: number): { open: AskStatus[]; done: AskStatus[] } {
      const stillOpen = [...open.values()].map((ask) => Object.assign(ask, { ageWeeks: latest - (openedAt.get(ask) as number) }));
      stillOpen.sort((a, b) => b.ageWeeks - a.ageWeeks || (a.opened.path < b.opened.path ? -1 : a.opened.path > b.opened.path ? 1 : a.opened.line - b.opened.line));
      return { open: stillOpen, done };
    },
  };
}

/**
 * A 1:1 with `person`: the item says 1:1, or the nearest enclosing item or
 * heading that says 1:1 names this person or nobody (a "1:1s" container), so
 * a note under "1:1 with @ana" that mentions @bo is not a 1:1 with Bo.
 */
function isOneOnOneWith(person: Person, items: readonly ReviewItem[], index: number, matcher: MentionMatcher): boolean {
  const item = items[index] as ReviewItem;
  if (saysOneOnOne(item.content)) return true;
  const context = [...itemAndAncestors(items, index).slice(1).map((it) => it.content), ...[...item.headings].reverse()];
  const container = context.find(saysOneOnOne);
  if (container === undefined) return false;
  const named = matcher(container);
  return named.length === 0 || named.includes(person);
}

function recordTouchpoint(tally: Tally, ref: ItemRef, ordinal: number, oneOnOne: boolean): void {
  tally.lastTouchpoint = ref;
  tally.touchpointWeeks.add(ordinal);
  if (!oneOnOne) return;
  tally.lastOneOnOne = { ref, ordinal };
  tally.oneOnOneWeeks.add(ordinal);
}

/** How many open asks name each handle (lower-cased), counted once: each person's count walked every ask. */
function openAsksByHandle(openAsks: readonly AskStatus[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ask of openAsks) for (const handle of new Set(ask.handles.map((h) => h.toLowerCase()))) counts.set(handle, (counts.get(handle) ?? 0) + 1);
  return counts;
}

function personStatus(person: Person, tally: Tally, latest: number, openAsks: ReadonlyMap<string, number>): PersonStatus {
  const last = tally.lastOneOnOne;
  const weeksSince = last ? latest - last.ordinal : null;
  const cadenceWeeks = person.cadenceWeeks ?? null;
  const overdue = weeksSince !== null && cadenceWeeks !== null && weeksSince > cadenceWeeks;
  return {
    name: person.name,
    handle: person.handle,
    role: person.role ?? null,
    team: person.team ?? null,
    cadence: person.cadence ?? null,
    cadenceWeeks,
    state: !last ? 'never' : cadenceWeeks === null ? 'no-cadence' : overdue ? 'overdue' : 'ok',
    lastOneOnOne: last?.ref ?? null,
    weeksSinceOneOnOne: weeksSince,
    overdueByWeeks: overdue ? (weeksSince as number) - (cadenceWeeks as number) : null,
    lastTouchpoint: tally.lastTouchpoint ?? null,
    touchpointWeeks: tally.touchpointWeeks.size,
    oneOnOneWeeks: tally.oneOnOneWeeks.size,
    openAsks: openAsks.get(person.handle.toLowerCase()) ?? 0,
  };
}

/** The people report as of the latest dated review (give `index.reviews()`). */
export function buildPeopleReport(reviews: readonly PeopleInput[], people: readonly Person[]): PeopleReport {
  const dated = reviews.filter((r) => r.weekOrdinal !== null).sort((a, b) => (a.weekOrdinal as number) - (b.weekOrdinal as number));
  const matcher = createMentionMatcher(people);
  const tallies = new Map<Person, Tally>(people.map((p) => [p, { touchpointWeeks: new Set(), oneOnOneWeeks: new Set() }]));
  const asks = createAskTracker();
  const ambiguous = createAmbiguousNameFinder(people);
  const ambiguousNames = new Map<string, NonNullable<PeopleReport['ambiguousNames']>[number]>();
  // Touchpoints and asks both need someone mentioned: with nobody to mention, no item can count.
  for (const review of people.length > 0 ? dated : []) {
    const ordinal = review.weekOrdinal as number;
    const items = reviewItems(review.analysis, review.text);
    items.forEach((item, index) => {
      // Built on first use: most items mention nobody and are no ask, so they need no ref.
      let ref: ItemRef | undefined;
      const refOf = (): ItemRef => (ref ??= { week: review.week ?? weekLabelOfOrdinal(ordinal), path: review.path, line: item.line, text: askText(item.content) });
      for (const { name, people: who } of ambiguous(item.content)) if (!ambiguousNames.has(name)) ambiguousNames.set(name, { name, handles: who.map((p) => p.handle), firstSeen: refOf() });
      if (!item.planned) for (const person of matcher(item.content)) recordTouchpoint(tallies.get(person) as Tally, refOf(), ordinal, isOneOnOneWith(person, items, index, matcher));
      if (!isTaggedAsk(item.content)) return;
      const handles = askPeople(items, index, matcher).map((p) => p.handle);
      if (handles.length > 0) asks.see(askKey(handles, item.content), handles, item.content, refOf(), ordinal, item.checked);
    });
  }
  const first = dated[0];
  const latest = dated[dated.length - 1]?.weekOrdinal ?? 0;
  const last = dated.find((review) => review.weekOrdinal === latest);
  const { open, done } = asks.finish(latest);
  const asksOf = openAsksByHandle(open);
  const statuses = people.map((person) => personStatus(person, tallies.get(person) as Tally, latest, asksOf));
  const overdue = statuses.filter((s) => s.state === 'overdue').sort((a, b) => (b.overdueByWeeks as number) - (a.overdueByWeeks as number));
  return {
    version: 1,
    cadenceRule: CADENCE_RULE,
    asOf: last ? { week: weekLabelOfOrdinal(latest), path: last.path } : null,
    range: first && last ? { firstWeek: weekLabelOfOrdinal(first.weekOrdinal as number), latestWeek: weekLabelOfOrdinal(latest), weeks: latest - (first.weekOrdinal as number) + 1, reviews: new Set(dated.map((r) => r.weekOrdinal)).size } : null,
    people: statuses,
    overdue: overdue.map((s) => s.handle),
    never: statuses.filter((s) => s.state === 'never').map((s) => s.handle),
    openAsks: open,
    doneAsks: done,
    ...(ambiguousNames.size > 0 ? { ambiguousNames: [...ambiguousNames.values()] } : {}),
  };
}

/**
 * The open asks as planned items for a new review ("New weekly review" carries
 * them forward): `- [ ] <text>`, with the people's handles added when the text
 * does not name them (an ask written under a person's heading). The added
 * handles keep it the same ask (see `askKey`).
 */
export function carryForwardAskLines(report: PeopleReport): string[] {
  return report.openAsks.map((ask) => {
    const named = ask.handles.filter((handle) => new RegExp(`(?<![\\p{L}\\p{N}_@])${handle.replace(/[.]/g, '\\.')}(?![\\p{L}\\p{N}_])`, 'iu').test(ask.text));
    const missing = ask.handles.filter((handle) => !named.includes(handle));
    return `- [ ] ${ask.text}${missing.length > 0 ? ` ${missing.join(' ')}` : ''}`;
  });
}
