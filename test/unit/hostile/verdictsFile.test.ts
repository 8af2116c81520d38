// Hostile input 9: a large `.weekly-review/verdicts.yaml`, the file "Worth my
// time: remember" appends to and every review of the workspace reads. Its
// reader checked each key against every earlier key of its map (the yaml
// package's own check), found each entry's line by splitting all the text
// before it, and kept an item's stems in a list searched for each word; the
// writer parsed with the same key check. Each cost grew with the square of
// the file: 30,000 entries took 13.5 s to read, 30,000 keys 10.7 s to read
// and 11.0 s to append to, a remembered text of 30,000 different words 1.4 s.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentStems, parseVerdicts, rememberVerdict } from '../../../src/core/memory/verdicts';
import { assertLinear } from './timing';

const entries = (n: number) => `verdicts:\n${Array.from({ length: n }, (_, i) => `  - {verdict: low, text: "weekly ops review ${i}", stems: [weekli, op]}\n`).join('')}`;
const keys = (n: number) => `${Array.from({ length: n }, (_, i) => `k${i}: v\n`).join('')}verdicts: []\n`;
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i.toString(36)}x`).join(' ');
const ENTRY = { verdict: 'low' as const, text: 'Weekly ops review', stems: ['weekli', 'op', 'review'] };

describe('a large verdicts file (hostile input 9)', () => {
  it('is read as before: entries, their lines, and a duplicate key at its line with the package\'s message', () => {
    const read = parseVerdicts('/w/v.yaml', `${entries(3)}  - verdict: maybe\n    text: x\n`);
    assert.deepEqual(read.problems.map((p) => [p.line, p.message.slice(0, 40)]), [[5, 'a remembered verdict must say "verdict: ']]);
    const duplicate = parseVerdicts('/w/v.yaml', 'verdicts:\n  - verdict: low\n    text: a\n    text: b\n');
    assert.deepEqual(duplicate.problems.map((p) => [p.line, p.message]), [[4, 'YAML syntax: Map keys must be unique at line 4, column 5:']]);
    assert.throws(() => rememberVerdict('a: 1\na: 2\n', ENTRY), /Map keys must be unique at line 2, column 1:/);
    assert.deepEqual(contentStems('Reviewed the reviews, reviewing review 12'), ['review']);
  });

  it('an appended entry keeps every other line of the file', () => {
    const before = `${keys(3)}# mine\n`;
    const after = rememberVerdict(before, ENTRY);
    for (const line of before.split('\n').filter((l) => l !== 'verdicts: []')) assert.ok(after.split('\n').includes(line), line);
    assert.ok(after.includes('text: Weekly ops review'));
  });

  it('reading 3,000 or 30,000 entries costs time linear in them (was quadratic: 13.5 s for 30,000)', async () => {
    await assertLinear('entries', (n) => parseVerdicts('/w/v.yaml', entries(n)), 3000);
  });

  it('reading and appending to a file of 3,000 or 30,000 keys costs linear time (was quadratic: 10.7 s and 11.0 s)', async () => {
    await assertLinear('keys read', (n) => parseVerdicts('/w/v.yaml', keys(n)), 3000);
    await assertLinear('keys appended', (n) => rememberVerdict(keys(n), ENTRY), 3000);
  });

  it('the stems of a text of 3,000 or 30,000 different words cost linear time (was quadratic: 1.4 s)', async () => {
    await assertLinear('stems', (n) => contentStems(words(n)), 3000);
  });
});
