// SPEC §2.6: the built-in `cto` rubric, rubric files with `extends`,
// validation errors with their file and position, and the lookup order.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRubric, createReviewService, type RubricProblem } from '../../../src/core';
import { at, byRule, fixture } from '../helpers';

const where = (problems: RubricProblem[]) => problems.map((p) => [p.file, p.line, p.column, p.endLine, p.endColumn]);

describe('built-in rubric cto', () => {
  const rubric = builtinRubric();
  it('has the eight categories with the targets, groups and priorities of docs/RUBRIC.md', () => {
    assert.equal(rubric.name, 'cto');
    assert.deepEqual(rubric.categories.map((c) => [c.id, c.target, c.groupId, c.priorityId]), [
      ['marketing', 0.1, 'external', 'business'],
      ['recruiting', 0.1, 'external', 'people'],
      ['sales', 0.05, 'external', 'business'],
      ['partners', 0.05, 'external', 'business'],
      ['culture', 0.25, 'internal', 'people'],
      ['operations', 0.2, 'internal', 'technology'],
      ['architecture', 0.15, 'internal', 'technology'],
      ['departments', 0.1, 'internal', 'business'],
    ]);
    assert.deepEqual(rubric.categories.map((c) => c.name), ['Marketing & evangelism', 'Recruiting', 'Sales & customers', 'Business development & partners', 'Engineering culture', 'Engineering operations', 'Long-term architecture & technology direction', 'Connecting with other departments']);
    assert.deepEqual(rubric.groups.map((g) => [g.id, g.name, g.target]), [['external', 'External', 0.3], ['internal', 'Internal', 0.7]]);
    assert.deepEqual(rubric.priorities.map((p) => p.id), ['people', 'technology', 'business']);
    assert.equal(rubric.threshold, 0.5);
    assert.equal(rubric.tolerance, 0.05);
  });

  it('has the ten criteria with stable ids', () => {
    assert.deepEqual(rubric.criteria.map((c) => c.id), [
      'aligned-with-values', 'closer-to-vision', 'mission-big-way', 'company-wide-scope', 'long-term-impact',
      'large-scale-impact', 'strategic', 'not-mired-in-details', 'clear-outcome', 'measurable-outcome',
    ]);
  });
});

describe('rubric files', () => {
  it('extends cto and overrides two category targets; group targets follow', async () => {
    const { service } = fixture({
      '/w/.weekly-review.yaml': 'extends: cto\nname: my-cto\nthreshold: 0.4\ncategories:\n  recruiting:\n    target: 20%\n  culture:\n    target: 15%\n',
    });
    const resolution = await service.resolveRubric('/w/reviews/2026-W47.md', '# x');
    assert.equal(resolution.ok, true);
    if (!resolution.ok) return;
    assert.equal(resolution.file, '/w/.weekly-review.yaml');
    const rubric = resolution.rubric;
    assert.equal(rubric.name, 'my-cto');
    assert.equal(rubric.threshold, 0.4);
    assert.deepEqual(rubric.categories.map((c) => [c.id, c.target]), [
      ['marketing', 0.1], ['recruiting', 0.2], ['sales', 0.05], ['partners', 0.05], ['culture', 0.15], ['operations', 0.2], ['architecture', 0.15], ['departments', 0.1],
    ]);
    assert.deepEqual(rubric.groups.map((g) => [g.id, Math.round(g.target * 100)]), [['external', 40], ['internal', 60]]);
    assert.equal(rubric.criteria.length, 10);
    assert.equal(rubric.categories.find((c) => c.id === 'recruiting')?.aliases.includes('Hiring'), true);
  });

  it('reads JSON rubric files', async () => {
    const { service } = fixture({ '/w/r.json': '{\n  "extends": "cto",\n  "tolerance": "10%"\n}\n' });
    assert.deepEqual(await service.checkRubricFile('/w/r.json', '{\n  "extends": "cto",\n  "tolerance": "10%"\n}\n'), []);
  });

  const broken: [string, Record<string, string>, [string, number, number, number, number][], RegExp][] = [
    ['bad YAML', { '/w/r.yaml': 'extends: cto\ncategories:\n  recruiting: {target: 20%\n' }, [['/w/r.yaml', 4, 1, 4, 2]], /YAML syntax/],
    ['bad JSON', { '/w/r.json': '{\n  "extends": "cto",\n  "threshold": 0.5,,\n}\n' }, [['/w/r.json', 3, 20, 3, 21]], /JSON syntax/],
    ['unknown keys', { '/w/r.yaml': 'extends: cto\nthreshhold: 0.6\ncategories:\n  recruiting:\n    target: 10%\n    colour: red\n' }, [['/w/r.yaml', 2, 1, 2, 11], ['/w/r.yaml', 6, 5, 6, 11]], /unknown key "threshhold" in the rubric/],
    ['targets not summing to 100%', { '/w/r.yaml': 'extends: cto\ncategories:\n  recruiting:\n    target: 20%\n' }, [['/w/r.yaml', 2, 1, 2, 11]], /category targets add up to 110%, not 100%/],
    ['a category in two groups', { '/w/r.yaml': 'extends: cto\ngroups:\n  external:\n    categories: [marketing, recruiting, sales, partners, culture]\n' }, [['/w/r.yaml', 3, 3, 5, 1]], /category "culture" is in two groups \("external" and "internal"\)/],
    ['an unknown priority', { '/w/r.yaml': 'extends: cto\ncategories:\n  sales:\n    priority: money\n' }, [['/w/r.yaml', 4, 15, 4, 20]], /priority "money"; expected one of: people, technology, business/],
    ['an unknown vocabulary list', { '/w/r.yaml': 'extends: cto\ncriteria:\n  strategic:\n    pass:\n      keywords: [$strategy, plan]\n' }, [['/w/r.yaml', 5, 18, 5, 27]], /unknown vocabulary list "\$strategy"/],
    ['an unknown vocabulary list among grand words', { '/w/r.yaml': 'extends: cto\ncriteria:\n  clear-outcome:\n    fail:\n      grand: [$visions]\n' }, [['/w/r.yaml', 5, 15, 5, 23]], /unknown vocabulary list "\$visions"/],
    ['grand words on the pass side', { '/w/r.yaml': 'extends: cto\ncriteria:\n  clear-outcome:\n    pass:\n      grand: [vision]\n' }, [['/w/r.yaml', 5, 14, 5, 22]], /"grand" is read only on the "fail" side of an outcome check; move it under "fail"/],
    ['borderline topics that are not a list', { '/w/r.yaml': 'extends: cto\nborderline:\n  topics: 3\n' }, [['/w/r.yaml', 3, 11, 3, 12]], /"topics" must be a list/],
    ['hands-on words that are not a list', { '/w/r.yaml': 'extends: cto\nborderline:\n  handsOn: myself\n' }, [['/w/r.yaml', 3, 12, 3, 18]], /"handsOn" must be a list/],
    ['a bad threshold', { '/w/r.json': '{\n  "extends": "cto",\n  "threshold": 2\n}\n' }, [['/w/r.json', 3, 16, 3, 17]], /"threshold" must be a number between 0 and 1/],
    ['an extends cycle', { '/w/r.yaml': 'extends: ./b.yaml\n', '/w/b.yaml': 'extends: ./r.yaml\n' }, [['/w/b.yaml', 1, 10, 1, 18]], /"extends" forms a cycle: \/w\/r.yaml → \/w\/b.yaml → \/w\/r.yaml/],
    ['a missing extends file', { '/w/r.yaml': 'name: x\nextends: ./nope.yaml\n' }, [['/w/r.yaml', 2, 10, 2, 21]], /\/w\/nope.yaml cannot be read/],
    ['an exemplar naming an unknown category', { '/w/r.yaml': 'extends: cto\nexemplars:\n  demo-day:\n    quote: "Demo days teach more than decks."\n    verdict: worthy\n    category: demos\n    match: [[demo day]]\n    criteria: [clear-outcome]\n' }, [['/w/r.yaml', 6, 15, 6, 20]], /exemplar "demo-day" names unknown category "demos"; categories are: marketing, /],
    ['exemplar exceptions that are not a list', { '/w/r.yaml': 'extends: cto\nexemplars:\n  demo-day:\n    quote: "Demo days teach more than decks."\n    verdict: worthy\n    match: [[demo day]]\n    unless: rehearsal\n    criteria: [clear-outcome]\n' }, [['/w/r.yaml', 7, 13, 7, 22]], /"unless" must be a list/],
    ['a group target its categories do not meet', { '/w/r.yaml': 'extends: cto\ngroups:\n  external:\n    target: 35%\n' }, [['/w/r.yaml', 4, 13, 4, 16]], /group "external" has target 35% but its categories add up to 30%/],
  ];
  for (const [what, files, positions, message] of broken) {
    it(`reports ${what} at its file and position`, async () => {
      const path = Object.keys(files)[0] as string;
      const { service } = fixture(files);
      const problems = await service.checkRubricFile(path, files[path] as string);
      assert.deepEqual(where(problems), positions);
      assert.match(problems[0]?.message ?? '', message);
    });
  }

  it('a review using a broken rubric gets a rubric-error naming the rubric file, and is not judged', async () => {
    const { service } = fixture({ '/w/.weekly-review.yaml': 'extends: cto\ncategories:\n  recruiting:\n    target: 20%\n' });
    const analysis = await service.analyze('/w/2026-W47.md', '# Recruiting\n- 2h Cleaned up my inbox\n');
    const [error, ...rest] = byRule(analysis, 'rubric-error');
    assert.deepEqual(rest, []);
    assert.equal(error?.severity, 'error');
    assert.deepEqual(at(error), [1, 1, 1, 13]);
    assert.equal(error?.data?.rubricFile, '/w/.weekly-review.yaml');
    assert.match(error?.message ?? '', /^Rubric \/w\/\.weekly-review\.yaml is broken, so this review is not judged\. 2:1: category targets add up to 110%/);
    assert.deepEqual(byRule(analysis, 'low-value-item'), []);
    assert.deepEqual(byRule(analysis, 'uncategorized'), [], 'without a rubric there are no categories to miss');
    assert.equal(service.summarize(analysis), undefined);
  });

  it('the rubric-error sits on the front matter rubric: line when that names it', async () => {
    const { service } = fixture({ '/w/r.yaml': 'extends: nope\n' });
    const analysis = await service.analyze('/w/2026-W47.md', '---\nweek: 2026-W47\nrubric: r.yaml\n---\n');
    assert.deepEqual(byRule(analysis, 'rubric-error').map(at), [[3, 1, 3, 15]]);
  });

  it('a rubric file that cannot be read is a rubric-error too', async () => {
    const { service } = fixture();
    const analysis = await service.analyze('/w/2026-W47.md', '# Ops\n', { rubricPath: '/w/missing.yaml' });
    const [error] = byRule(analysis, 'rubric-error');
    assert.equal(error?.data?.rubricFile, '/w/missing.yaml');
    assert.match(error?.message ?? '', /cannot be read/);
  });
});

describe('rubric lookup order', () => {
  const files = {
    '/w/.weekly-review.yaml': 'extends: cto\nname: root\n',
    '/w/team/.weekly-review.json': '{ "extends": "cto", "name": "team-json" }',
    '/w/team/sub/.weekly-review.yml': 'extends: cto\nname: sub-yml\n',
    '/w/team/fm.yaml': 'extends: cto\nname: front-matter\n',
    '/w/option.yaml': 'extends: cto\nname: option\n',
  };
  const nameOf = async (review: string, text = '# x', rubricPath?: string) => {
    const { service } = fixture(files);
    const resolution = await service.resolveRubric(review, text, rubricPath ? { rubricPath } : undefined);
    return resolution.ok ? `${resolution.rubric.name}@${resolution.file}` : `broken@${resolution.file}`;
  };

  it('front matter rubric: > rubricPath option > nearest file walking up > built-in', async () => {
    const withFrontMatter = '---\nweek: 2026-W47\nrubric: ../fm.yaml\n---\n';
    assert.equal(await nameOf('/w/team/sub/2026-W47.md', withFrontMatter, '/w/option.yaml'), 'front-matter@/w/team/fm.yaml');
    assert.equal(await nameOf('/w/team/sub/2026-W47.md', '# x', '/w/option.yaml'), 'option@/w/option.yaml');
    assert.equal(await nameOf('/w/team/sub/2026-W47.md'), 'sub-yml@/w/team/sub/.weekly-review.yml');
    assert.equal(await nameOf('/w/team/other/2026-W47.md'), 'team-json@/w/team/.weekly-review.json');
    assert.equal(await nameOf('/w/2026-W47.md'), 'root@/w/.weekly-review.yaml');
    assert.equal(await nameOf('/elsewhere/2026-W47.md'), 'cto@built-in');
    assert.equal(await nameOf('/w/2026-W47.md', '---\nrubric: cto\n---\n'), 'cto@built-in');
  });

  it('.yaml wins over .yml and .json in one folder', async () => {
    const { service } = fixture({ '/d/.weekly-review.json': '{ "extends": "cto", "name": "json" }', '/d/.weekly-review.yaml': 'extends: cto\nname: yaml\n' });
    const resolution = await service.resolveRubric('/d/2026-W47.md', '');
    assert.equal(resolution.ok && resolution.rubric.name, 'yaml');
  });

  it('forgetRubrics drops cached lookups', async () => {
    const { service, files: map } = fixture({ '/d/.weekly-review.yaml': 'extends: cto\nname: first\n' });
    assert.equal((await service.resolveRubric('/d/2026-W47.md', '')).ok, true);
    map.set('/d/.weekly-review.yaml', 'extends: cto\nname: second\n');
    const cached = await service.resolveRubric('/d/2026-W47.md', '');
    assert.equal(cached.ok && cached.rubric.name, 'first');
    service.forgetRubrics();
    const fresh = await service.resolveRubric('/d/2026-W47.md', '');
    assert.equal(fresh.ok && fresh.rubric.name, 'second');
  });
});

describe('a host that refuses reads (Restricted Mode)', () => {
  // Outside `/w` everything is refused, and the answer comes later, as the
  // extension's does (it resolves symbolic links before it decides).
  const files = new Map(Object.entries({
    '/w/.weekly-review.yaml': 'extends: ../out/base.yaml\n',
    '/w/fm/2026-W47.md': '',
    '/w/people/.weekly-review.yaml': 'extends: cto\n',
    '/w/people/people.yaml': 'people:\n  ana: {}\n',
    '/out/base.yaml': 'extends: cto\n',
    '/out/.weekly-review.yaml': 'extends: cto\n',
  }));
  const setup = (refused: (path: string) => boolean) => {
    const reads: string[] = [];
    const service = createReviewService({
      readFile: async (path) => (reads.push(path), files.get(path)),
      refuseRead: async (path) => (await Promise.resolve(), refused(path) ? `refused ${path}` : undefined),
    });
    return { service, reads };
  };
  const outside = (path: string) => !path.startsWith('/w/');

  it('waits for an asynchronous refusal before reading a named rubric, an extends target or a people file', async () => {
    const { service, reads } = setup(outside);
    const named = await service.resolveRubric('/w/fm/2026-W47.md', '---\nrubric: ../../out/base.yaml\n---\n');
    assert.deepEqual(named.ok ? [] : named.problems.map((p) => p.message), ['refused /out/base.yaml']);
    const extended = await service.resolveRubric('/w/2026-W47.md', '');
    assert.deepEqual(extended.ok ? [] : extended.problems.map((p) => p.message), ['"extends" names "../out/base.yaml": refused /out/base.yaml']);
    const people = setup((path) => path.endsWith('people.yaml'));
    const withoutPeople = await people.service.resolveRubric('/w/people/2026-W47.md', '');
    assert.deepEqual(withoutPeople.ok && withoutPeople.rubric.people, []);
    assert.ok(!people.reads.includes('/w/people/people.yaml'), people.reads.join());
    assert.deepEqual(reads.filter(outside), []);
  });

  it('passes over a refused nearest rubric on the walk up', async () => {
    const { service, reads } = setup(outside);
    const resolution = await service.resolveRubric('/out/2026-W47.md', '');
    assert.equal(resolution.file, 'built-in');
    assert.deepEqual(reads, []);
  });

  it('reports a nearest rubric that is there but refused (a link leading outside), without reading it', async () => {
    const reads: string[] = [];
    const link = '/w/.weekly-review.yaml';
    const why = `${link} leads to /out/base.yaml`;
    const service = createReviewService({
      readFile: async (path) => (reads.push(path), files.get(path)),
      refuseRead: async (path) => (path === link ? why : undefined),
      unreadable: (path) => (path === link ? why : undefined),
    });
    const resolution = await service.resolveRubric('/w/sub/2026-W47.md', '');
    assert.deepEqual(resolution.ok ? [] : [resolution.file, ...resolution.problems.map((p) => p.message)], [link, why]);
    assert.ok(!reads.includes(link), reads.join());
  });
});
