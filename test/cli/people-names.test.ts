// Issue 22: "1:1s with Dana, Marcus, Li" counts for Dana Ortiz (a unique
// first name), and a first name two people share gets a hint in `people`,
// with the path as the user typed it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli, workspace } from './harness';

const RUBRIC = 'extends: cto\npeople:\n  - { name: Dana Ortiz, handle: dana, cadence: 2w }\n  - { name: Sam Park, handle: sam, cadence: 2w }\n  - { name: Sam Hill, handle: samh, cadence: 2w }\n';

describe('people and first names', () => {
  it('counts a unique first name as a 1:1, and hints at a shared one', async () => {
    const dir = workspace({ 'reviews/.weekly-review.yaml': RUBRIC, 'reviews/2026-W05.md': '---\nweek: 2026-W05\n---\n\n## Engineering culture\n- 2h 1:1s with Dana and Sam\n' });
    const run = await cli(['people', '--format', 'json', 'reviews'], dir);
    const report = JSON.parse(run.stdout) as { people: { handle: string; lastOneOnOne: { week: string } | null }[]; ambiguousNames: unknown };
    assert.deepEqual(report.people.map((p) => [p.handle, p.lastOneOnOne?.week ?? null]), [['@dana', '2026-W05'], ['@sam', null], ['@samh', null]]);
    assert.deepEqual(report.ambiguousNames, [{ name: 'Sam', handles: ['@sam', '@samh'], firstSeen: { week: '2026-W05', path: 'reviews/2026-W05.md', line: 6, text: '1:1s with Dana and Sam' } }]);
    const text = await cli(['people', 'reviews'], dir);
    assert.match(text.stdout, /\n {2}Sam \(first in 2026-W05, reviews\/2026-W05\.md:6\) could be @sam or @samh: write the @handle or the full name to count it$/);
  });
});
