// People and cadence: the people list (plain data and people.yaml), mentions,
// 1:1s and asks, the report, the overdue finding and its quick-fix edit.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildPeopleReport, carryForwardAskLines, createMentionMatcher, createReviewIndex, isTaggedAsk, loadPeopleFile, mergePeople, overdueFindings,
  parseCadence, parsePeople, renderPeopleJson, renderPeopleText, saysOneOnOne, type Person,
} from '../../../src/core';
import { memoryService } from './helpers';

const person = (name: string, handle: string, extra: Partial<Person> = {}): Person => ({ name, handle, aliases: [], ...extra });

async function indexOf(reviews: Record<string, string>) {
  const index = createReviewIndex(memoryService(new Map()));
  await index.setFiles(Object.entries(reviews).map(([path, text]) => ({ path, text })));
  return index;
}

describe('parseCadence', () => {
  it('reads weeks, months and years as whole weeks', () => {
    const cases: [string | number, number | undefined][] = [
      ['26w', 26], ['2w', 2], ['2 weeks', 2], ['6m', 26], ['1m', 4], ['3 months', 13], ['1y', 52], [4, 4], ['4', 4],
      ['0w', undefined], ['fortnightly', undefined], ['2d', undefined], ['', undefined],
    ];
    for (const [input, weeks] of cases) assert.equal(parseCadence(input), weeks, String(input));
  });
});

describe('parsePeople', () => {
  it('reads people with optional role, team, cadence and aliases', () => {
    const problems: string[] = [];
    const people = parsePeople([
      { name: 'Ana Silva', handle: 'ana', role: 'Staff engineer', team: 'Platform', cadence: '2w' },
      { name: 'Bo Jensen', handle: '@bo.j', aliases: ['Bo Jenssen'] },
    ], (path, message) => problems.push(`${path.join('.')}: ${message}`));
    assert.deepEqual(problems, []);
    assert.deepEqual(people, [
      { name: 'Ana Silva', handle: '@ana', aliases: [], role: 'Staff engineer', team: 'Platform', cadence: '2w', cadenceWeeks: 2 },
      { name: 'Bo Jensen', handle: '@bo.j', aliases: ['Bo Jenssen'] },
    ]);
  });

  it('reports every problem at its path and leaves bad entries out', () => {
    const problems: string[] = [];
    const people = parsePeople([
      { name: 'No Handle' },
      { handle: 'x' },
      { name: 'Bad', handle: 'bad', cadence: 'often', colour: 'red' },
      'just a name',
      { name: 'Ana', handle: 'ana' },
      { name: 'Ana again', handle: '@ANA' },
      { name: 'Spaces', handle: 'a b' },
    ], (path, message) => problems.push(`${path.join('.')}: ${message}`));
    assert.deepEqual(problems, [
      '0.handle: a person needs a "handle", e.g. handle: ana (written @ana in reviews)',
      '1: a person needs a "name"',
      '2.colour: unknown key "colour" (expected name, handle, role, team, cadence, aliases)',
      '2.cadence: "cadence" must be weeks, months or years such as 2w, 26w, 6m or 1y, found "often"',
      '3: a person must be a mapping: { name, handle, role, team, cadence }',
      '5.handle: handle @ANA is listed twice',
      '6.handle: "handle" must be a word like ana or "@ana", found "a b"',
    ]);
    assert.deepEqual(people.map((p) => p.handle), ['@bad', '@ana']);
    const notList: string[] = [];
    assert.deepEqual(parsePeople({ ana: {} }, (path, message) => notList.push(`${path.length}:${message}`)), []);
    assert.match(notList[0] ?? '', /^0:"people" must be a list/);
  });

  it('merges lists, the later one winning by handle', () => {
    const merged = mergePeople([person('Ana', '@ana'), person('Bo', '@bo')], [person('Ana Silva', '@ANA')]);
    assert.deepEqual(merged.map((p) => p.name), ['Ana Silva', 'Bo']);
  });
});

describe('loadPeopleFile', () => {
  it('reads a people: list and reports problems at file:line:column', () => {
    const text = 'people:\n  - name: Ana Silva\n    handle: ana\n    cadence: 2w\n  - name: Bo\n    handle: bo\n    cadence: often\n';
    const { people, problems } = loadPeopleFile('/team/people.yaml', text);
    assert.deepEqual(people.map((p) => p.handle), ['@ana', '@bo']);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column}-${p.endLine}:${p.endColumn}`), ['/team/people.yaml:7:14-7:19']);
    assert.match(problems[0]?.message ?? '', /"cadence" must be/);
  });

  it('reads a bare list, and reports YAML errors and unknown keys where they are', () => {
    assert.deepEqual(loadPeopleFile('p.yaml', '- { name: Ana, handle: "@ana" }\n').people.map((p) => p.handle), ['@ana']);
    const broken = loadPeopleFile('p.yaml', 'people:\n  - name: Ana\n    handle: @ana\n');
    assert.equal(broken.people.length, 0);
    assert.equal(broken.problems[0]?.line, 3);
    assert.match(broken.problems[0]?.message ?? '', /^YAML syntax: /);
    const unknown = loadPeopleFile('p.yaml', 'team: x\npeople: []\n');
    assert.deepEqual(unknown.problems.map((p) => [p.line, p.message]), [[1, 'unknown key "team" (a people file holds "people:")']]);
    assert.deepEqual(loadPeopleFile('p.yaml', '').problems, []);
    assert.match(loadPeopleFile('p.yaml', 'just text').problems[0]?.message ?? '', /list of people/);
  });
});

describe('mentions, 1:1s and asks', () => {
  const match = createMentionMatcher([person('Ana Silva', '@ana', { aliases: ['Ana Costa'] }), person('Bo', '@bo.j')]);
  const handles = (text: string) => match(text).map((p) => p.handle);

  it('finds @handles and names as whole words, case-insensitively', () => {
    assert.deepEqual(handles('1:1 with @Ana'), ['@ana']);
    assert.deepEqual(handles('lunch with ANA  silva and @bo.j.'), ['@ana', '@bo.j']);
    assert.deepEqual(handles('met Ana Costa (before her rename)'), ['@ana']);
    assert.deepEqual(handles('Ana Silvano, ana@example.com, @anabel, @ana-b, @bo'), []);
    assert.deepEqual(createMentionMatcher([])('@ana'), []);
  });

  it('finds a unique first name written as in the people file (issue 22: "1:1s with Dana, Marcus, Li")', () => {
    const team = createMentionMatcher([person('Dana Ortiz', '@dana'), person('Marcus Lee', '@marcus'), person('Li Wei', '@li'), person('Sam Park', '@sam'), person('Sam Hill', '@samh'), person('Will Ortiz', '@will')]);
    const of = (text: string) => team(text).map((p) => p.handle);
    assert.deepEqual(of('1:1s with Dana, Marcus, Li'), ['@dana', '@marcus', '@li']);
    assert.deepEqual(of('1:1 with Sam'), [], 'two people are called Sam');
    assert.deepEqual(of('we will ship it; dana@example.com'), [], 'lower case, or inside an address, is no first name');
    assert.deepEqual(of('met Dana Smith and Will'), ['@will'], 'a first name then a capitalised word is another full name');
  });

  it('names a first name two people share, used alone, once, and counts it for no one', async () => {
    const index = await indexOf({ '/r/2026-W05.md': '# W5\n## Engineering culture\n- 1h 1:1 with Sam\n- 1h Sam Park onboarding\n- 30m Lunch with Sam\n' });
    const sams = [person('Sam Park', '@sam', { cadence: '2w', cadenceWeeks: 2 }), person('Sam Hill', '@samh', { cadence: '2w', cadenceWeeks: 2 })];
    const report = buildPeopleReport(index.reviews(), sams);
    assert.deepEqual(report.ambiguousNames, [{ name: 'Sam', handles: ['@sam', '@samh'], firstSeen: { week: '2026-W05', path: '/r/2026-W05.md', line: 3, text: '1:1 with Sam' } }]);
    assert.deepEqual(report.people.map((p) => [p.handle, p.lastOneOnOne?.week ?? null, p.touchpointWeeks]), [['@sam', null, 1], ['@samh', null, 0]]);
    assert.match(renderPeopleText(report), /\nFirst names that match several people \(1\)\n {2}Sam \(first in 2026-W05, \/r\/2026-W05\.md:3\) could be @sam or @samh: write the @handle or the full name to count it$/);
    assert.equal('ambiguousNames' in buildPeopleReport(index.reviews(), [sams[0]!]), false, 'no key when nothing is ambiguous');
  });

  it('counts "1:1s with Dana, Marcus, Li" as a 1:1 with each of them', async () => {
    const index = await indexOf({ '/r/2026-W05.md': '# W5\n## Engineering culture\n- 2h 1:1s with Dana, Marcus, Li\n' });
    const report = buildPeopleReport(index.reviews(), [person('Dana Ortiz', '@dana', { cadence: '2w', cadenceWeeks: 2 }), person('Marcus Lee', '@marcus', { cadence: '2w', cadenceWeeks: 2 }), person('Li Wei', '@li', { cadence: '2w', cadenceWeeks: 2 })]);
    assert.deepEqual(report.people.map((p) => [p.handle, p.lastOneOnOne?.week ?? null]), [['@dana', '2026-W05'], ['@marcus', '2026-W05'], ['@li', '2026-W05']]);
  });

  it('recognises 1:1, one-on-one, 1-1 and 1on1, not times, dates or ratios', () => {
    for (const yes of ['1:1 with x', 'One-on-one', 'one on one', '1-1 w/ x', '1on1', 'weekly 1:1s', '(1:1)']) assert.equal(saysOneOnOne(yes), true, yes);
    for (const no of ['11:15 sync', '1:10 ratio', '2026-1-1', 'v1.1:1', 'won 1-10', '21:1']) assert.equal(saysOneOnOne(no), false, no);
  });

  it('recognises the #ask tag alone', () => {
    assert.equal(isTaggedAsk('Budget draft #ask'), true);
    assert.equal(isTaggedAsk('#Ask: budget'), true);
    assert.equal(isTaggedAsk('#asking around'), false);
    assert.equal(isTaggedAsk('see `#ask`'), false);
  });
});

const PEOPLE = [
  person('Ana Silva', '@ana', { cadence: '2w', cadenceWeeks: 2 }),
  person('Bo Jensen', '@bo', { cadence: '4w', cadenceWeeks: 4, role: 'EM' }),
  person('Cy Young', '@cy', { cadence: '6m', cadenceWeeks: 26 }),
];

describe('buildPeopleReport: 1:1s and asks', () => {
  it('counts done 1:1s only (a planned one is not a touchpoint), from the item, its parents or its headings', async () => {
    const index = await indexOf({
      '/r/2026-W01.md': '# W1\n## Engineering culture\n- 30m 1:1 with @ana\n- 30m Design review with Bo Jensen\n- [ ] 30m 1:1 with @cy\n',
      '/r/2026-W02.md': '# W2\n## Engineering culture\n### One-on-ones\n- 30m @bo: career\n',
      '/r/2026-W06.md': '# W6\n## Engineering culture\n- 1h 1:1s\n  - Cy Young: roadmap\n- 30m 1:1 with @cy\n  - Cy wants @ana on the data team\n',
    });
    const report = buildPeopleReport(index.reviews(), PEOPLE);
    assert.deepEqual(report.people.map((p) => [p.handle, p.state, p.lastOneOnOne?.week ?? null, p.weeksSinceOneOnOne, p.overdueByWeeks, p.touchpointWeeks, p.oneOnOneWeeks]), [
      ['@ana', 'overdue', '2026-W01', 5, 3, 2, 1],
      ['@bo', 'ok', '2026-W02', 4, null, 2, 1],
      ['@cy', 'ok', '2026-W06', 0, null, 1, 1],
    ]);
    assert.deepEqual(report.overdue, ['@ana']);
    assert.deepEqual(report.range, { firstWeek: '2026-W01', latestWeek: '2026-W06', weeks: 6, reviews: 3 });
    assert.deepEqual(report.asOf, { week: '2026-W06', path: '/r/2026-W06.md' });
  });

  it('tracks asks: by mention, under a person item or heading, carried forward, closed later', async () => {
    const index = await indexOf({
      '/r/2026-W01.md': '# W1\n## Asks\n- [ ] Ask @ana for the plan #ask\n- Sync with @bo\n  - [ ] Send budget #ask\n- [ ] Order laptops #ask\n### Cy Young\n- [ ] Draft roadmap #ask\n- Heads-up to @cy #ask\n',
      '/r/2026-W02.md': '# W2\n## Asks\n- [ ] Ask @ana for the plan #ask\n',
      '/r/2026-W04.md': '# W4\n## Asks\n- [x] ask @ANA for the plan! #ask\n### Cy Young\n- [x] 15m Draft roadmap #ask → sent\n',
    });
    const report = buildPeopleReport(index.reviews(), PEOPLE);
    assert.deepEqual(report.openAsks.map((a) => [a.handles, a.text, a.opened.week, a.opened.line, a.lastSeen.week, a.ageWeeks]), [
      [['@bo'], 'Send budget #ask', '2026-W01', 5, '2026-W01', 3],
      [['@cy'], 'Heads-up to @cy #ask', '2026-W01', 9, '2026-W01', 3],
    ]);
    assert.deepEqual(report.doneAsks.map((a) => [a.handles, a.opened.week, a.done?.week, a.lastSeen.week, a.ageWeeks]), [
      [['@ana'], '2026-W01', '2026-W04', '2026-W04', 3],
      [['@cy'], '2026-W01', '2026-W04', '2026-W04', 3],
    ]);
    assert.deepEqual(report.people.map((p) => p.openAsks), [0, 1, 1]);
  });

});

describe('buildPeopleReport: renames, nobody, rendering', () => {
  it('treats a handle kept under a new name as the same person, an unknown old name as nobody', async () => {
    const index = await indexOf({
      '/r/2026-W01.md': '# W1\n- 30m 1:1 with Dana Whitfield\n',
      '/r/2026-W02.md': '# W2\n- 30m 1:1 with @dana\n',
      '/r/2026-W03.md': '# W3\n- 30m 1:1 with Dana Okafor\n- 30m 1:1 with Eve Adams\n',
    });
    const report = buildPeopleReport(index.reviews(), [
      person('Dana Okafor', '@dana', { cadence: '1w', cadenceWeeks: 1 }),
      person('Eve Brook', '@eve', { aliases: ['Eve Adams'] }),
    ]);
    assert.deepEqual(report.people.map((p) => [p.handle, p.oneOnOneWeeks, p.state]), [['@dana', 2, 'ok'], ['@eve', 1, 'no-cadence']]);
  });

  it('says who never had a 1:1, and is empty without reviews', async () => {
    const index = await indexOf({ '/r/2026-W01.md': '# W1\n- Talked to @ana\n' });
    const report = buildPeopleReport(index.reviews(), PEOPLE);
    assert.deepEqual(report.never, ['@ana', '@bo', '@cy']);
    assert.equal(report.people[0]?.touchpointWeeks, 1);
    const empty = buildPeopleReport([], PEOPLE);
    assert.deepEqual([empty.asOf, empty.range, empty.overdue], [null, null, []]);
    assert.equal(renderPeopleText(empty), 'No dated reviews: nothing to report about people.');
  });

  it('without people still dates the run, and has no touchpoints or asks', async () => {
    const index = await indexOf({
      '/r/2026-W01.md': '# W1\n- 30m 1:1 with @ana\n- [ ] Ask @bo for X #ask\n',
      '/r/2026-W03.md': '# W3\n## 1:1s\n- 30m Ana Silva\n- [x] Ask for Y #ask\n',
    });
    const report = buildPeopleReport(index.reviews(), []);
    assert.deepEqual(report.asOf, { week: '2026-W03', path: '/r/2026-W03.md' });
    assert.deepEqual(report.range, { firstWeek: '2026-W01', latestWeek: '2026-W03', weeks: 3, reviews: 2 });
    assert.deepEqual([report.people, report.overdue, report.never, report.openAsks, report.doneAsks], [[], [], [], [], []]);
  });

  it('renders text that says how cadence is counted, and JSON', async () => {
    const index = await indexOf({
      '/r/2026-W01.md': '# W1\n- 30m 1:1 with @ana\n- [ ] Ask @bo for X #ask\n',
      '/r/2026-W09.md': '# W9\n- 30m 1:1 with @bo\n',
    });
    const report = buildPeopleReport(index.reviews(), PEOPLE);
    assert.equal(renderPeopleText(report), [
      'People as of 2026-W09 (/r/2026-W09.md); 2 reviews over 9 weeks, 2026-W01 … 2026-W09.',
      "Cadence is counted as weeks since the last 1:1, against the person's cadence.",
      '',
      'Overdue for a 1:1 (1)',
      '  Ana Silva @ana: 8 weeks since the last 1:1 (2026-W01), cadence 2w; overdue by 6 weeks',
      '',
      'No 1:1 in the indexed range (1)',
      '  Cy Young @cy: no 1:1 in the indexed range; cadence 6m = 26 weeks',
      '',
      'Within cadence (1)',
      '  Bo Jensen @bo (EM): 0 weeks since the last 1:1 (2026-W09), cadence 4w',
      '',
      'Open asks (1)',
      '  @bo  Ask @bo for X #ask  (open 8 weeks, since 2026-W01, /r/2026-W01.md:3)',
    ].join('\n'));
    assert.deepEqual(JSON.parse(renderPeopleJson(report)), report);
    assert.equal(report.cadenceRule, "weeks since the last 1:1, against the person's cadence");
  });
});

describe('carryForwardAskLines', () => {
  it('writes the open asks as planned items, naming the person, and they stay the same asks', async () => {
    const first = '# W1\n## Asks\n### Bo Jensen\n- [ ] 15m Send budget #ask\n- [ ] Ask @ana for the plan #ask\n- [x] Ask @cy for data #ask\n';
    const index = await indexOf({ '/r/2026-W01.md': first });
    const lines = carryForwardAskLines(buildPeopleReport(index.reviews(), PEOPLE));
    assert.deepEqual(lines, ['- [ ] Send budget #ask @bo', '- [ ] Ask @ana for the plan #ask']);
    await index.upsert('/r/2026-W03.md', `# W3\n## Asks\n${lines.join('\n')}\n`);
    const report = buildPeopleReport(index.reviews(), PEOPLE);
    assert.deepEqual(report.openAsks.map((a) => [a.handles, a.opened.week, a.lastSeen.week, a.ageWeeks]), [
      [['@bo'], '2026-W01', '2026-W03', 2],
      [['@ana'], '2026-W01', '2026-W03', 2],
    ]);
  });
});

describe('the overdue finding and its quick fix', () => {
  const overdueAna = '# W1\n- 30m 1:1 with @ana\n';

  async function fixFor(latestText: string, path = '/r/2026-W05.md') {
    const index = await indexOf({ '/r/2026-W01.md': overdueAna, [path]: latestText });
    const report = buildPeopleReport(index.reviews(), PEOPLE);
    const latest = index.latest();
    assert.ok(latest);
    return overdueFindings(report, latest);
  }

  it('is an information finding on the title naming the person, weeks since and cadence', async () => {
    const findings = await fixFor('---\nweek: 2026-W05\n---\n\n# Week 5\n\n## Recruiting\n- 1h Screen\n');
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.deepEqual([finding?.path, finding?.ruleId, finding?.severity, finding?.handle, finding?.range], ['/r/2026-W05.md', 'overdue-one-on-one', 'info', '@ana', { start: { line: 5, column: 1 }, end: { line: 5, column: 9 } }]);
    assert.equal(finding?.message, '1:1 with Ana Silva (@ana) is overdue: 4 weeks since the last one (2026-W01, /r/2026-W01.md:2), cadence 2w, overdue by 2 weeks.');
    assert.equal(finding?.fix?.title, 'Plan a 1:1 with @ana');
  });

  it('says a cadence in weeks once, and one week in the singular (issue 22: "cadence 1w (1 weeks)")', async () => {
    const weekly = [person('Ana Silva', '@ana', { cadence: '1w', cadenceWeeks: 1 }), person('Cy Young', '@cy', { cadence: '6m', cadenceWeeks: 26 })];
    const index = await indexOf({ '/r/2026-W01.md': overdueAna, '/r/2026-W03.md': '# W3\n- 1h Screen\n' });
    const latest = index.latest();
    assert.ok(latest);
    const [finding] = overdueFindings(buildPeopleReport(index.reviews(), weekly), latest);
    assert.equal(finding?.message, '1:1 with Ana Silva (@ana) is overdue: 2 weeks since the last one (2026-W01, /r/2026-W01.md:2), cadence 1w, overdue by 1 week.');
  });

  it('plans the 1:1 after the last line of the culture section', async () => {
    const [finding] = await fixFor('# Week 5\n\n## Engineering culture\n- 1h Offsite\n  - Outcome: 3 fixes\n\n## Recruiting\n- 1h Screen\n');
    assert.deepEqual(finding?.fix?.edit, { range: { start: { line: 6, column: 1 }, end: { line: 6, column: 1 } }, newText: '- [ ] 30m 1:1 with @ana\n' });
  });

  it('inserts a planned culture activity that does not itself end the overdue state', async () => {
    const text = '# Week 5\n\n## Engineering culture\n- 1h Offsite\n\n## Recruiting\n- 1h Screen\n';
    const [finding] = await fixFor(text);
    const edit = finding?.fix?.edit;
    assert.ok(edit);
    const lines = text.split('\n');
    const at = edit.range.start;
    lines[at.line - 1] = (lines[at.line - 1] ?? '').slice(0, at.column - 1) + edit.newText + (lines[at.line - 1] ?? '').slice(at.column - 1);
    const fixed = lines.join('\n');
    const index = await indexOf({ '/r/2026-W01.md': overdueAna, '/r/2026-W05.md': fixed });
    const planned = index.get('/r/2026-W05.md')?.analysis.document.activities.find((a) => a.text === '1:1 with @ana');
    assert.deepEqual([planned?.line, planned?.checked, planned?.minutes, planned?.categoryId], [5, false, 30, 'culture']);
    assert.deepEqual(buildPeopleReport(index.reviews(), PEOPLE).overdue, ['@ana']);
  });

  it('falls back to another people category (recruiting), then to the end of the file', async () => {
    const [underRecruiting] = await fixFor('# Week 5\n\n## Recruiting\n- 1h Screen\n## Architecture\n- 1h x\n');
    assert.deepEqual(underRecruiting?.fix?.edit.range.start, { line: 5, column: 1 });
    const [atEnd] = await fixFor('# Week 5\n\n## Architecture\n- 1h x\n\n');
    assert.deepEqual(atEnd?.fix?.edit, { range: { start: { line: 5, column: 1 }, end: { line: 5, column: 1 } }, newText: '- [ ] 30m 1:1 with @ana\n' });
    const [noNewline] = await fixFor('# Week 5\n## Architecture\n- 1h x');
    assert.deepEqual(noNewline?.fix?.edit, { range: { start: { line: 3, column: 7 }, end: { line: 3, column: 7 } }, newText: '\n- [ ] 30m 1:1 with @ana\n' });
  });

  it('keeps CRLF line endings, and plans under an empty culture heading', async () => {
    const [finding] = await fixFor('# W5\r\n## Engineering culture\r\n## Misc\r\n- 1h x\r\n');
    assert.deepEqual(finding?.fix?.edit, { range: { start: { line: 3, column: 1 }, end: { line: 3, column: 1 } }, newText: '- [ ] 30m 1:1 with @ana\r\n' });
  });
});
