// Hostile input 8: a `weeklyReview.files` glob with many stars. It was a
// regular expression (`*a*a*a*a*b.md` is `[^/]*a[^/]*a…`) that backtracks
// through every way of splitting a long name: 3 s for a 200-character name
// with 5 stars, 34 s for 100 characters with 7, for every markdown file the
// editor opened. Globs are now followed as an automaton, all states at once.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globMatcher, globToRegExp, matchesReviewGlobs } from '../../../src/core/workspace/reviews';
import { assertLinear } from './timing';

/** Every string of `alphabet` up to `length` characters. */
function strings(alphabet: readonly string[], length: number): string[] {
  const all = [''];
  for (let from = 0, size = 1; size <= length; size++) {
    const to = all.length;
    for (let at = from; at < to; at++) for (const char of alphabet) all.push(all[at] + char);
    from = to;
  }
  return all;
}

describe('review globs (hostile input 8)', () => {
  it('match what the regular expression matched, on every glob up to 4 characters and path up to 4', () => {
    const globs = strings(['*', '?', 'a', '/', '{', ',', '}', '[', ']', '!'], 4);
    const paths = strings(['a', 'b', '/', '!'], 4);
    for (const glob of globs) {
      let pattern: RegExp | undefined;
      try {
        pattern = globToRegExp(glob);
      } catch {
        pattern = undefined;
      }
      const matcher = globMatcher(glob);
      for (const path of paths) assert.equal(matcher(path), pattern?.test(path) ?? false, `${glob} ${path}`);
    }
  });

  it('read folders, choices, classes and line ends as before', () => {
    const cases: [string, string, boolean][] = [
      ['journal/**/*.md', 'journal/a/b/c.md', true],
      ['journal/**/*.md', 'journal/c.md', true],
      ['journal/*.md', 'journal/a/c.md', false],
      ['{journal,notes/{a,b}}/*.{md,markdown}', 'notes/b/x.markdown', true],
      ['{journal,notes', 'notes', true],
      ['[!a-c]x.md', 'dx.md', true],
      ['[!a-c]x.md', '/x.md', false],
      ['**.md', 'a\nb.md', false],
      ['*.md', 'a\nb.md', true],
      ['a]}.md', 'a]}.md', true],
    ];
    for (const [glob, path, matches] of cases) {
      assert.equal(globMatcher(glob)(path), matches, `${glob} ${JSON.stringify(path)}`);
      assert.equal(globToRegExp(glob).test(path), matches, `${glob} ${JSON.stringify(path)}`);
    }
  });

  it('a glob of many stars is linear in the name (it was a polynomial of the name\'s length, with the stars for its degree)', async () => {
    // Three stars (and the `**/` of a glob read anywhere) were cubic: 7 ms for a 200-character name, 1 s for 2,000.
    await assertLinear('stars', (n) => matchesReviewGlobs(`/ws/${'a'.repeat(n)}.md`, ['*a*a*b.md'], undefined), 200);
    assert.equal(matchesReviewGlobs(`/ws/${'a'.repeat(5_000)}b.md`, [`${'*a'.repeat(100)}*b.md`], '/ws'), true);
    assert.equal(matchesReviewGlobs(`/ws/${'a'.repeat(5_000)}.md`, [`${'**a'.repeat(100)}**b.md`], undefined), false);
  });

  it('a class that is no valid class (`[z-a]`) matches nothing, where it threw', () => {
    assert.throws(() => globToRegExp('[z-a].md'));
    assert.equal(matchesReviewGlobs('/ws/b.md', ['[z-a].md', 'b.md'], '/ws'), true);
    assert.equal(matchesReviewGlobs('/ws/b.md', ['[z-a].md'], '/ws'), false);
  });
});
