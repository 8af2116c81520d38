// Hostile input 8: a rubric or people file whose one line holds a syntax
// error per item (`[@a, @a, …]`: a value cannot start with @). Each error's
// hint read its whole line again, so 160,000 of them on a 640 KB line took
// 47 s. Each line's hint is now read once.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPeopleFile } from '../../../src/core/rubric/peopleFile';
import { fixture } from '../helpers';
import { fastest } from './timing';

describe('YAML syntax errors on one long line (hostile input 8)', () => {
  it('each error keeps the hint of its own line', () => {
    const text = '- name: Ana\n  handle: @ana\n- {name: Bo, handle: @bo} # @x\n[@c, @d]\n';
    assert.deepEqual(loadPeopleFile('/w/people.yaml', text).problems.map((p) => `${p.line}:${p.column}: ${p.message}`), [
      '2:11: YAML syntax: Plain value cannot start with reserved character @; a value cannot start with @ in YAML: write ana or "@ana"',
      '3:22: YAML syntax: Plain value cannot start with reserved character @; a value cannot start with @ in YAML: write bo or "@bo"',
      '4:1: YAML syntax: Unexpected flow-seq-start at node end; a value cannot start with @ in YAML: write c or "@c"',
      '4:2: YAML syntax: Unexpected scalar at node end; a value cannot start with @ in YAML: write c or "@c"',
      '4:4: YAML syntax: Unexpected comma token in YAML stream: ","; a value cannot start with @ in YAML: write c or "@c"',
      '4:6: YAML syntax: Unexpected scalar token in YAML stream: "@d"; a value cannot start with @ in YAML: write c or "@c"',
      '4:8: YAML syntax: Unexpected flow-seq-end token in YAML stream: "]"; a value cannot start with @ in YAML: write c or "@c"',
    ]);
    assert.deepEqual(loadPeopleFile('/w/people.yaml', '\n- handle: @e').problems.map((p) => `${p.line}:${p.column}: ${p.message}`), [
      '2:11: YAML syntax: Plain value cannot start with reserved character @; a value cannot start with @ in YAML: write e or "@e"',
    ]);
  });

  // The same errors, on one line and on a line each (the YAML is a flow list either way).
  const items = (separator: string) => `[${Array(40_000).fill('@a').join(separator)}]`;

  it('a people file of one line of 40,000 `@a` items costs at most 3 times the same items on their own lines (was 5 to 7 times)', async () => {
    const read = (text: string) => loadPeopleFile('/w/people.yaml', text);
    read(items(',\n')); // warm up
    const oneMs = await fastest(() => read(items(', ')));
    const linesMs = await fastest(() => read(items(',\n')));
    assert.ok(oneMs < 3 * linesMs + 25, `${oneMs.toFixed(0)} ms on one line, ${linesMs.toFixed(0)} ms on their own lines`);
    assert.equal(read(items(', ')).problems.length, read(items(',\n')).problems.length);
  });

  it('a rubric of one line of 40,000 `@a` items costs at most 3 times the same items on their own lines (was 3 to 4 times)', async () => {
    const rubric = (separator: string) => `${items(separator)}\n`;
    const check = (text: string) => fixture().service.checkRubricFile('/w/r.yaml', text);
    await check(rubric(',\n')); // warm up
    const oneMs = await fastest(() => check(rubric(', ')));
    const linesMs = await fastest(() => check(rubric(',\n')));
    assert.ok(oneMs < 3 * linesMs + 25, `${oneMs.toFixed(0)} ms on one line, ${linesMs.toFixed(0)} ms on their own lines`);
    assert.equal((await check(rubric(', '))).length, (await check(rubric(',\n'))).length);
    const short = `extends: cto\ncriteria: {strategic: {pass: {keywords: [@a, @a]}}}\n`;
    const problems = await check(short);
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column}: ${p.message}`), [
      '2:42: YAML syntax: Plain value cannot start with reserved character @; a value cannot start with @ in YAML: write a or "@a"',
      '2:46: YAML syntax: Plain value cannot start with reserved character @; a value cannot start with @ in YAML: write a or "@a"',
    ]);
  });
});
