// The rubric's `people:` key and the `people.yaml` beside the rubric file:
// validated like every other rubric key (problems at file:line:column), merged
// by handle (the file wins), and `handle: @ana` explained.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReviewService } from '../../../src/core';

async function resolve(files: Record<string, string>, review = '/w/2026-W01.md') {
  const service = createReviewService({ readFile: async (path) => files[path] });
  return service.resolveRubric(review, '');
}

const where = (problems: { file: string; line: number; column: number }[]) => problems.map((p) => `${p.file}:${p.line}:${p.column}`);

describe('rubric people', () => {
  it('reads people: from the rubric and keeps the built-in rubric without people', async () => {
    const resolved = await resolve({ '/w/.weekly-review.yaml': 'extends: cto\npeople:\n  - { name: Ana Silva, handle: ana, role: EM, cadence: 2w }\n' });
    assert.ok(resolved.ok);
    assert.deepEqual(resolved.rubric.people.map((p) => [p.handle, p.cadenceWeeks, p.role]), [['@ana', 2, 'EM']]);
    const builtin = await resolve({});
    assert.ok(builtin.ok);
    assert.deepEqual(builtin.rubric.people, []);
  });

  it('reports a bad person at its line and column', async () => {
    const resolved = await resolve({ '/w/.weekly-review.yaml': 'extends: cto\npeople:\n  - name: Ana\n    handle: ana\n    cadence: often\n' });
    assert.equal(resolved.ok, false);
    if (resolved.ok) return;
    assert.deepEqual(where(resolved.problems), ['/w/.weekly-review.yaml:5:14']);
    assert.match(resolved.problems[0]?.message ?? '', /cadence/);
  });

  it('says to write ana or "@ana" when a handle starts with @', async () => {
    const resolved = await resolve({ '/w/.weekly-review.yaml': 'extends: cto\npeople:\n  - name: Ana\n    handle: @ana\n' });
    assert.equal(resolved.ok, false);
    if (resolved.ok) return;
    assert.equal(resolved.problems[0]?.line, 4);
    assert.match(resolved.problems[0]?.message ?? '', /write ana or "@ana"/);
  });

  it('merges the people.yaml beside the rubric file by handle (the file wins)', async () => {
    const resolved = await resolve({
      '/w/.weekly-review.yaml': 'extends: cto\npeople:\n  - { name: Ana Silva, handle: ana, cadence: 2w }\n  - { name: Cy, handle: cy }\n',
      '/w/people.yaml': 'people:\n  - { name: Bo, handle: bo, cadence: 26w }\n  - { name: Ana Silva-Reis, handle: "@ana", cadence: 4w }\n',
    });
    assert.ok(resolved.ok);
    assert.deepEqual(resolved.rubric.people.map((p) => [p.handle, p.name, p.cadenceWeeks ?? null]), [['@ana', 'Ana Silva-Reis', 4], ['@cy', 'Cy', null], ['@bo', 'Bo', 26]]);
  });

  it('reports people.yaml problems at its own file, as rubric problems', async () => {
    const resolved = await resolve({
      '/w/.weekly-review.yaml': 'extends: cto\n',
      '/w/people.yaml': '- { name: Bo, handle: bo }\n- name: X\n  handle: @x\n',
    });
    assert.equal(resolved.ok, false);
    if (resolved.ok) return;
    assert.deepEqual(where(resolved.problems), ['/w/people.yaml:3:11']);
    assert.match(resolved.problems[0]?.message ?? '', /write x or "@x"/);
  });

  it('reads people.yaml beside the rubric in effect, not beside a rubric it extends', async () => {
    const resolved = await resolve({
      '/w/.weekly-review.yaml': 'extends: ../team-rubrics/team.yaml\n',
      '/team-rubrics/team.yaml': 'extends: cto\nname: team\n',
      '/team-rubrics/people.yaml': '- { name: Bo, handle: bo }\n',
    });
    assert.ok(resolved.ok);
    assert.deepEqual(resolved.rubric.people, []);
  });
});
