// Hostile input 9 (a user's file corrupted): teaching a word to a category
// whose signals are a list turns the list into a map of weights, and the
// comments the writer put on the list and on its words went with the list:
// "Teach it" deleted lines of the rubric file ("# flow comment", "# block
// item"). They now go onto the map that replaces it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { teachRubric } from '../../../src/core/features/teach';
import { fixture } from '../helpers';

const LESSON = { kind: 'word' as const, text: 'vendor', categoryId: 'recruiting', title: '', preferred: false };
const comments = (text: string) => [...text.matchAll(/#[^\n]*/g)].map((match) => match[0].trim());

describe('teaching a word keeps the comments on the signal list (hostile input 9)', () => {
  const rubrics = {
    'a flow list': 'extends: cto\ncategories:\n  recruiting:\n    # before signals\n    signals: [hire, # the one that counts\n      # on its own line\n      interview]   # after the list\n    tags: [hr]\n',
    'a block list': 'extends: cto\ncategories:\n  recruiting:\n    signals:\n      # before the first word\n      - hire   # on a word\n      - interview\n    # after the list\n',
    'a word listed twice': 'extends: cto\ncategories:\n  recruiting:\n    signals:\n      - hire # first\n      - hire # second\n',
  };
  for (const [name, rubric] of Object.entries(rubrics)) {
    it(`${name}: every comment is still in the file, and the rubric reads the taught word`, async () => {
      const taught = teachRubric('/w/.weekly-review.yaml', rubric, LESSON);
      assert.deepEqual(comments(taught), comments(rubric), taught);
      assert.match(taught, /vendor: 5/);
      assert.deepEqual(await fixture().service.checkRubricFile('/w/.weekly-review.yaml', taught), []);
    });
  }
});
