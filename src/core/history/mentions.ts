// Who an item's text mentions, and whether it says 1:1 or carries #ask.
// A mention is `@handle` or the person's name (or a former name), as whole
// words, case-insensitively. A first name alone ("1:1s with Dana, Marcus,
// Li") mentions its person when no one else has that first name and it is
// nobody's name or alias; it must be written capitalised as in the people
// file, so "will" is never Will Ortiz, and not followed by a capitalised word
// ("Ana Silvano" is someone's full name). The names are found by walks over
// tries (nameTrie.ts), with the matches that one expression of them all gave:
// V8 tried its every alternative at each place, people × text.

import { escapeRegExp } from '../text';
import type { Person } from '../rubric/people';
import { createExactScan, createFoldedScan, spaced, type FoldedScan } from './nameTrie';

/** 1:1, 1-1, 1on1, 1 on 1, one-on-one (and plurals: "1:1s"). */
const ONE_ON_ONE = /(?<![\p{L}\p{N}_:./-])(?:1\s?:\s?1|1-1|1\s?on\s?1|one[\s-]on[\s-]one)s?(?![\p{L}\p{N}_]|[:./-]\p{N})/iu;
const ASK_TAG = /(?<![\p{L}\p{N}_&/#`])#ask(?![\p{L}\p{N}_-])/iu;

export function saysOneOnOne(text: string): boolean {
  return ONE_ON_ONE.test(text);
}

export function isTaggedAsk(text: string): boolean {
  return ASK_TAG.test(text);
}

export type MentionMatcher = (text: string) => Person[];

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The alternatives in the order of the one expression that found them before
 * (`(?:@(handles)|(names))`, each longest first). A list of one empty key was
 * no alternative (`(?!)`): a lone handle `@` matched nothing.
 */
function alternatives(keys: Iterable<string>): string[] {
  const sorted = [...keys].sort((a, b) => b.length - a.length);
  return sorted.join('') === '' ? [] : sorted;
}

/** The scan for `@handle` and names, each alternative confirmed by its part of the old expression (without `END`). */
function handleAndNameScan(handles: readonly string[], names: readonly string[]): FoldedScan {
  return createFoldedScan([
    ...handles.map((handle) => ({ key: `@${handle}`, spaceRuns: false, source: `@${escapeRegExp(handle)}` })),
    ...names.map((name) => ({ key: name, spaceRuns: true, source: spaced(name) })),
  ]);
}

/** The people found, in the order of `people`, by place: a walk over everyone for each item cost people × items. */
function inListOrder(people: readonly Person[]): (found: Set<Person>) => Person[] {
  const placeOf = new Map<Person, number>();
  people.forEach((person, at) => placeOf.set(person, at));
  // A person listed twice is given twice, as the filter over the list did.
  if (placeOf.size < people.length) return (found) => people.filter((person) => found.has(person));
  return (found) => [...found].sort((a, b) => (placeOf.get(a) as number) - (placeOf.get(b) as number));
}

/** A function giving the people a text mentions, in the order of `people`. */
export function createMentionMatcher(people: readonly Person[]): MentionMatcher {
  const byHandle = new Map<string, Person>();
  const byName = new Map<string, Person>();
  for (const person of people) {
    if (person.handle) byHandle.set(person.handle.slice(1).toLowerCase(), person);
    for (const name of [person.name, ...person.aliases]) if (name.trim() && !byName.has(nameKey(name))) byName.set(nameKey(name), person);
  }
  const byFirstName = uniqueFirstNames(people, byName);
  if (byHandle.size === 0 && byName.size === 0) return () => [];
  const handles = alternatives(byHandle.keys());
  const scan = handleAndNameScan(handles, alternatives(byName.keys()));
  const firstNames = createExactScan(byFirstName.keys());
  const ordered = inListOrder(people);
  return (text) => {
    const found = new Set<Person>();
    for (const { alternative, start, end } of scan(text)) {
      const matched = text.slice(start, end);
      // Looked up by the text matched, as before: a match whose lower case is no key (V8 folds a few characters that `toLowerCase` keeps) names no one.
      const person = alternative.rank < handles.length ? byHandle.get(matched.slice(1).toLowerCase()) : byName.get(nameKey(matched));
      if (person) found.add(person);
    }
    for (const name of firstNames(text)) found.add(byFirstName.get(name) as Person);
    return found.size === 0 ? [] : ordered(found);
  };
}

/** Each first name (of names of two or more words) with the people who have it. */
function firstNameOwners(people: readonly Person[]): Map<string, Person[]> {
  const owners = new Map<string, Person[]>();
  for (const person of people) {
    const words = person.name.trim().split(/\s+/);
    const given = words[0] ?? '';
    if (words.length < 2 || given.length < 2) continue;
    // Pushed, not copied: a list copied per person cost the square of the people who share a first name.
    const who = owners.get(given);
    if (who) who.push(person);
    else owners.set(given, [person]);
  }
  return owners;
}

/** First names that only one person has, and that are not also someone's name or alias. */
function uniqueFirstNames(people: readonly Person[], byName: ReadonlyMap<string, Person>): Map<string, Person> {
  const unique = new Map<string, Person>();
  for (const [given, who] of firstNameOwners(people)) if (who.length === 1 && !byName.has(nameKey(given))) unique.set(given, who[0] as Person);
  return unique;
}

export type AmbiguousNameFinder = (text: string) => { name: string; people: Person[] }[];

/** The first names several people share, as a text uses them alone ("1:1 with Sam" when there are two Sams): these match no one. */
export function createAmbiguousNameFinder(people: readonly Person[]): AmbiguousNameFinder {
  const shared = new Map([...firstNameOwners(people)].filter(([, who]) => who.length > 1));
  if (shared.size === 0) return () => [];
  const scan = createExactScan(shared.keys());
  return (text) => [...new Set(scan(text))].map((name) => ({ name, people: shared.get(name) as Person[] }));
}
