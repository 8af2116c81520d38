// The mention matcher's walks over tries (src/core/history/nameTrie.ts) find
// the people and the shared first names that the expressions of them all
// found before (copied here as the oracle): random people lists (names,
// aliases, handles, shared and unique first names, names inside names) and
// texts of their words in any case, with the characters `iu` folds apart from
// `toLowerCase` (ſ, K, ı, İ, ß, ς), astral letters, and the punctuation and
// white space around names.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createMentionMatcher, type Person } from '../../../src/core';
import { createAmbiguousNameFinder } from '../../../src/core/history/mentions';
import { escapeRegExp } from '../../../src/core/text';
import { runs } from '../propertyRuns';

// The oracle: the matcher as it was, one expression of every handle and name.
const WORD = '[\\p{L}\\p{N}_]';
const END = `(?!${WORD}|[.-]${WORD})`;
const spaced = (name: string) => escapeRegExp(name.trim()).replace(/\s+/g, '\\s+');
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function oldMatcher(people: readonly Person[]): (text: string) => Person[] {
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
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_@])(?:@(${handles})|(${names}))${END}`, 'giu');
  const first = firstNamePattern(byFirstName);
  return (text) => {
    const found = new Set<Person>();
    for (const match of text.matchAll(pattern)) {
      const person = match[1] !== undefined ? byHandle.get(match[1].toLowerCase()) : byName.get(nameKey(match[2] ?? ''));
      if (person) found.add(person);
    }
    if (first) for (const match of text.matchAll(new RegExp(first.source, 'gu'))) found.add(byFirstName.get(match[1] ?? '') as Person);
    return people.filter((person) => found.has(person));
  };
}

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

function uniqueFirstNames(people: readonly Person[], byName: ReadonlyMap<string, Person>): Map<string, Person> {
  const unique = new Map<string, Person>();
  for (const [given, who] of firstNameOwners(people)) if (who.length === 1 && !byName.has(nameKey(given))) unique.set(given, who[0] as Person);
  return unique;
}

function firstNamePattern(byFirstName: ReadonlyMap<string, unknown>): RegExp | undefined {
  if (byFirstName.size === 0) return undefined;
  const names = [...byFirstName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_@])(${names})${END}(?![ \\t]+\\p{Lu})`, 'u');
}

function oldAmbiguous(people: readonly Person[]): (text: string) => { name: string; people: Person[] }[] {
  const shared = new Map([...firstNameOwners(people)].filter(([, who]) => who.length > 1));
  const pattern = firstNamePattern(shared);
  if (!pattern) return () => [];
  return (text) => {
    if (!pattern.test(text)) return [];
    const names = new Set([...text.matchAll(new RegExp(pattern.source, 'gu'))].map((match) => match[1] as string));
    return [...names].map((name) => ({ name, people: shared.get(name) as Person[] }));
  };
}

// Name parts: plain, folded apart by `iu` and `toLowerCase`, astral, with stops and hyphens.
const PARTS = ['Ana', 'ana', 'ANA', 'Anab', 'Sam', 'ſam', 'Silva', 'Kai', 'Kai', 'Lı', 'Li', 'İlk', 'Groß', 'GROẞ', 'Σοφία', 'ΣΟΦΙΑΣ', 'σοφιας', '𝒜na', 'Jo', 'Jon', 'Jo-Ann', 'Dr.', 'O\'Neil', 'Bo', 'x'];
const HANDLES = ['ana', 'Ana', 'ana.s', 'ana-b', 'bo', 'bo.j', 'sam', 'ſam', 'kai', 'li', 'jo', 'j', '_', 'ı', '@', ''];
const SEPARATORS = [' ', ' ', '  ', '\t', '\n', '\u00a0', ', ', '. ', '.', '-', '@', '(', ')', ':', '', 'x', ' Smith ', ' and '];

const nameArb = fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 3 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '  ', '\t'), { minLength: parts.length - 1, maxLength: parts.length - 1 }).map((gaps) => parts.map((part, i) => `${i > 0 ? gaps[i - 1] : ''}${part}`).join('')));

const personArb = fc.record({ name: nameArb, handle: fc.constantFrom(...HANDLES).map((h) => `@${h}`), aliases: fc.array(nameArb, { maxLength: 2 }) });

const peopleArb = fc.tuple(fc.array(personArb, { maxLength: 8 }), fc.boolean()).map(([people, twice]) => (twice && people[0] ? [...people, people[0]] : people));

// A text: parts in any case, handles and separators.
const tokenArb = fc.oneof(
  fc.constantFrom(...PARTS).chain((part) => fc.constantFrom(part, part.toLowerCase(), part.toUpperCase())),
  fc.constantFrom(...HANDLES).map((h) => `@${h}`),
  fc.constantFrom(...SEPARATORS),
);
const textArb = fc.array(tokenArb, { maxLength: 24 }).map((tokens) => tokens.join(''));

const places = (people: readonly Person[], found: readonly Person[]) => found.map((person) => people.indexOf(person));

describe('mention matching by tries (hostile input 10)', () => {
  it('finds the people and the shared first names the expressions found', () => {
    fc.assert(fc.property(peopleArb, fc.array(textArb, { minLength: 1, maxLength: 6 }), (people, texts) => {
      const now = createMentionMatcher(people);
      const before = oldMatcher(people);
      const ambiguous = createAmbiguousNameFinder(people);
      const ambiguousBefore = oldAmbiguous(people);
      for (const text of texts) {
        assert.deepEqual(places(people, now(text)), places(people, before(text)), text);
        assert.deepEqual(ambiguous(text).map(({ name, people: who }) => [name, places(people, who)]), ambiguousBefore(text).map(({ name, people: who }) => [name, places(people, who)]), text);
      }
    }), { numRuns: runs(1500), seed: 10 });
  });

  it('finds names in texts built from the names themselves, joined by anything', () => {
    const joinedArb = peopleArb.chain((people) => {
      const words = people.flatMap((p) => [p.name, ...p.aliases, p.handle, ...p.name.split(/\s+/)]);
      const pieceArb = words.length > 0 ? fc.oneof(fc.constantFrom(...words), fc.constantFrom(...SEPARATORS)) : fc.constantFrom(...SEPARATORS);
      return fc.tuple(fc.constant(people), fc.array(fc.array(pieceArb, { maxLength: 16 }).map((pieces) => pieces.join('')), { minLength: 1, maxLength: 6 }));
    });
    fc.assert(fc.property(joinedArb, ([people, texts]) => {
      const now = createMentionMatcher(people);
      const before = oldMatcher(people);
      for (const text of texts) assert.deepEqual(places(people, now(text)), places(people, before(text)), text);
    }), { numRuns: runs(1500), seed: 11 });
  });

  it('keeps the rules the examples show', () => {
    const person = (name: string, handle: string, aliases: string[] = []): Person => ({ name, handle, aliases });
    const people = [person('Ana Silva', '@ana'), person('Ana Silva Costa', '@asc'), person('Silva Costa', '@sc'), person('Sam Park', '@sam'), person('Sam Hill', '@samh'), person('Dana Ortiz', '@dana', ['D. Ortiz'])];
    const of = (text: string) => createMentionMatcher(people)(text).map((p) => p.handle);
    assert.deepEqual(of('met ana silva costa'), ['@asc'], 'the longest name wins');
    assert.deepEqual(of('Ana Silva, Costa'), ['@ana', '@sc'], 'Silva alone is the first name of Silva Costa');
    assert.deepEqual(of('@Sam.'), ['@sam']);
    assert.deepEqual(of('@samh-x @sam.park'), []);
    assert.deepEqual(of('Dana, d. ortiz'), ['@dana']);
    assert.deepEqual(of('Dana Smith'), []);
    assert.deepEqual(createAmbiguousNameFinder(people)('Sam and Sam Park').map((a) => a.name), ['Sam']);
  });
});
