// Hostile input 12: a people file of 30,000 people with one handle (or a
// rubric of as many duplicate keys) listed each duplicate as a problem, no
// cap: 30,000 problems for every host to show. A file's problems are capped
// at 100, as the rubric checker's were, and one last problem counts the
// rest at the file and line where they start.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPeopleFile } from '../../../src/core/rubric/peopleFile';
import { loadRubric } from '../../../src/core/rubric/load';
import { RubricError } from '../../../src/core/rubric/model';

const people = (count: number) => Array.from({ length: count }, (_, i) => `- { name: P${i}, handle: same }`).join('\n');

describe('floods of problems in one file (hostile input 12)', () => {
  it('a people file of 30,000 duplicate handles lists 100 problems and counts the rest at their file and line', () => {
    const { problems } = loadPeopleFile('/w/.weekly-review/people.yaml', people(30_000));
    assert.equal(problems.length, 101);
    assert.equal(problems[0]?.message, 'handle @same is listed twice');
    assert.equal(problems[0]?.line, 2);
    const last = problems[100];
    assert.equal(last?.file, '/w/.weekly-review/people.yaml');
    assert.equal(last?.line, 102);
    assert.equal(last?.message, 'and 29,899 more problems in people.yaml, from line 102 on (the first 100 are listed)');
  });

  it('a people file of 101 problems says "1 more problem"; one of 100 lists them all', () => {
    assert.equal(loadPeopleFile('/w/people.yaml', people(102)).problems[100]?.message, 'and 1 more problem in people.yaml, from line 102 on (the first 100 are listed)');
    const hundred = loadPeopleFile('/w/people.yaml', people(101)).problems;
    assert.equal(hundred.length, 100);
    assert.ok(hundred.every((problem) => problem.message === 'handle @same is listed twice'));
  });

  it('YAML errors of a people file and a rubric are capped the same way', async () => {
    const keys = (count: number) => Array.from({ length: count }, () => 'name: x').join('\n');
    const errors = loadPeopleFile('/w/people.yaml', keys(5_000)).problems;
    assert.equal(errors.length, 101);
    assert.match(errors[100]?.message ?? '', /^and 4,899 more problems in people\.yaml, from line 102 on/);
    const rubric = await loadRubric('/w/.weekly-review.yaml', keys(5_000), async () => undefined).then(() => undefined, (error: unknown) => error);
    assert.ok(rubric instanceof RubricError);
    assert.equal(rubric.problems.length, 101);
    assert.match(rubric.problems[100]?.message ?? '', /^and 4,899 more problems in \.weekly-review\.yaml, from line 102 on/);
  });
});
