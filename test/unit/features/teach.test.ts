// "Teach it once": the lessons offered on an inferred or uncategorized heading
// or item, the rubric text with a lesson written in (comments and layout
// kept, JSON too, a new file for the built-in rubric), and that the taught
// rubric categorizes the next review without asking.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryLessons, teachRubric, type CategoryLesson } from '../../../src/core';
import { activityAt, fixture } from '../helpers';

const REVIEW = '## Platform work\n- 2h Design review of the event bus RFC\n- 1h Spike on the new schema\n- 1h Friday thing with Sam\n## Tuesday\n- 1h Call with the vendor about the customer\n';

const heading = (categoryId: string): CategoryLesson => ({ kind: 'heading', text: 'Platform work', categoryId, title: '', preferred: false });

describe('categoryLessons', () => {
  it('offers every category on a heading that names none, the inferred one first', async () => {
    const analysis = await fixture().service.analyze('/r/2026-W47.md', REVIEW);
    const lessons = categoryLessons(analysis, 1);
    assert.equal(lessons.length, 8);
    assert.deepEqual(lessons[0], { kind: 'heading', text: 'Platform work', categoryId: 'architecture', title: "Count '## Platform work' as Long-term architecture & technology direction", preferred: true });
    assert.deepEqual(lessons.slice(1).map((l) => [l.categoryId, l.preferred]), [['marketing', false], ['recruiting', false], ['sales', false], ['partners', false], ['culture', false], ['operations', false], ['departments', false]]);
  });

  it('on a close call, offers each candidate with the word that pointed to it, then the heading\'s lessons', async () => {
    const analysis = await fixture().service.analyze('/r/2026-W47.md', REVIEW);
    const lessons = categoryLessons(analysis, 6);
    assert.deepEqual(lessons.slice(0, 3).map((l) => [l.kind, l.text, l.categoryId, l.title]), [
      ['word', 'customer', 'sales', 'Count “customer” as Sales & customers'],
      ['word', 'vendor', 'partners', 'Count “vendor” as Business development & partners'],
      ['heading', 'Tuesday', 'sales', "Count '## Tuesday' as Sales & customers"],
    ]);
  });

  it('offers nothing on a category heading or an item it places', async () => {
    const analysis = await fixture().service.analyze('/r/2026-W47.md', '## Recruiting\n- 1h Phone screen\n');
    assert.deepEqual([categoryLessons(analysis, 1), categoryLessons(analysis, 2)], [[], []]);
  });
});

describe('teachRubric', () => {
  it('starts a .weekly-review.yaml that extends the built-in rubric', () => {
    assert.equal(teachRubric('/r/.weekly-review.yaml', undefined, heading('architecture')), [
      '# Weekly Review rubric for this workspace, started by "teach it" in the editor.',
      '# It extends the built-in "cto" rubric: anything not set here is inherited.',
      'extends: cto',
      'headings:',
      '  Platform work: architecture',
      '',
    ].join('\n'));
  });

  it('keeps the writer\'s comments and layout', () => {
    const mine = '# My team\'s rubric\nextends: cto # the essay\'s\n\n# targets we agreed in Q3\ncategories:\n  recruiting:\n    target: 15% # hiring year\n  culture:\n    target: 20%\n';
    const taught = teachRubric('/r/.weekly-review.yaml', mine, { kind: 'word', text: 'postmortem', categoryId: 'operations', title: '', preferred: false });
    assert.equal(taught, `${mine}  operations:\n    signals:\n      postmortem: 5\n`);
    const again = teachRubric('/r/.weekly-review.yaml', taught, heading('architecture'));
    assert.equal(again, `${taught}headings:\n  Platform work: architecture\n`);
  });

  it('turns a list of signal words into a map before adding a weighted word', () => {
    const taught = teachRubric('/r/.weekly-review.yml', 'categories:\n  operations:\n    signals: [incident, on call]\n', { kind: 'word', text: 'postmortem', categoryId: 'operations', title: '', preferred: false });
    assert.equal(taught, 'categories:\n  operations:\n    signals: { incident: 2, on call: 2, postmortem: 5 }\n');
  });

  it('edits a JSON rubric as JSON', () => {
    assert.equal(teachRubric('/r/.weekly-review.json', '{ "extends": "cto" }', heading('operations')), '{\n  "extends": "cto",\n  "headings": {\n    "Platform work": "operations"\n  }\n}\n');
  });

  it('refuses a rubric it cannot read, with the reason', () => {
    assert.throws(() => teachRubric('/r/.weekly-review.yaml', 'extends: [cto\n', heading('architecture')), /the rubric has a YAML error/);
  });

  it('a taught heading categorizes the next review by itself, at its own source', async () => {
    const taught = teachRubric('/r/.weekly-review.yaml', undefined, heading('operations'));
    const { service } = fixture({ '/r/.weekly-review.yaml': taught });
    const analysis = await service.analyze('/r/2026-W48.md', '## Platform work\n- 1h Friday thing with Sam\n- 1h Design review of the RFC\n');
    assert.deepEqual([2, 3].map((line) => [activityAt(analysis, line).categoryId, activityAt(analysis, line).categorySource?.kind]), [['operations', 'heading'], ['operations', 'heading']]);
  });

  it('a taught word decides an item by itself', async () => {
    const taught = teachRubric('/r/.weekly-review.yaml', undefined, { kind: 'word', text: 'vendor', categoryId: 'partners', title: '', preferred: false });
    const { service } = fixture({ '/r/.weekly-review.yaml': taught });
    const analysis = await service.analyze('/r/2026-W48.md', '## Tuesday\n- 1h Call with the vendor about the customer\n');
    assert.equal(activityAt(analysis, 2).categoryId, 'partners');
  });
});
