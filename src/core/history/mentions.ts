// Who an item's text mentions, and whether it says 1:1 or carries #ask.
// A mention is `@handle` or the person's name (or a former name), as whole
// words, case-insensitively; one regular expression covers all people. A first
// name alone ("1:1s with Dana, Marcus, Li") mentions its person when no one
// else has that first name and it is nobody's name or alias; it must be
// written capitalised as in the people file, so "will" is never Will Ortiz.

import { escapeRegExp } from '../text';
import type { Person } from '../rubric/people';

const WORD = '[\\p{L}\\p{N}_]';
/** Not followed by a word character, nor by `.`/`-` that continues a word (`@ana.silva`). */
const END = `(?!${WORD}|[.-]${WORD})`;

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

const spaced = (name: string) => escapeRegExp(name.trim()).replace(/\s+/g, '\\s+');
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

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
  const longestFirst = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length);
  const handles = longestFirst(byHandle.keys()).map(escapeRegExp).join('|') || '(?!)';
  const names = longestFirst(byName.keys()).map(spaced).join('|') || '(?!)';
  const source = `(?<![\\p{L}\\p{N}_@])(?:@(${handles})|(${names}))${END}`;
  const pattern = new RegExp(source, 'giu');
  // Most items mention nobody: one test (no match objects, no set) answers those.
  const anyone = new RegExp(source, 'iu');
  const first = firstNamePattern(byFirstName);
  return (text) => {
    const anyFirst = first !== undefined && first.test(text);
    if (!anyone.test(text) && !anyFirst) return [];
    const found = new Set<Person>();
    for (const match of text.matchAll(pattern)) {
      const person = match[1] !== undefined ? byHandle.get(match[1].toLowerCase()) : byName.get(nameKey(match[2] ?? ''));
      if (person) found.add(person);
    }
    if (anyFirst) for (const match of text.matchAll(new RegExp(first.source, 'gu'))) found.add(byFirstName.get(match[1] ?? '') as Person);
    return people.filter((person) => found.has(person));
  };
}

/** Each first name (of names of two or more words) with the people who have it. */
function firstNameOwners(people: readonly Person[]): Map<string, Person[]> {
  const owners = new Map<string, Person[]>();
  for (const person of people) {
    const words = person.name.trim().split(/\s+/);
    const given = words[0] ?? '';
    if (words.length < 2 || given.length < 2) continue;
    owners.set(given, [...(owners.get(given) ?? []), person]);
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
  const pattern = firstNamePattern(shared);
  if (!pattern) return () => [];
  return (text) => {
    if (!pattern.test(text)) return [];
    const names = new Set([...text.matchAll(new RegExp(pattern.source, 'gu'))].map((match) => match[1] as string));
    return [...names].map((name) => ({ name, people: shared.get(name) as Person[] }));
  };
}

/**
 * One case-sensitive pattern for the unique first names, longest first;
 * undefined when there are none. A first name followed by a capitalised word
 * is someone's full name ("Ana Silvano"), not a mention of Ana Silva.
 */
function firstNamePattern(byFirstName: ReadonlyMap<string, unknown>): RegExp | undefined {
  if (byFirstName.size === 0) return undefined;
  const names = [...byFirstName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_@])(${names})${END}(?![ \\t]+\\p{Lu})`, 'u');
}
