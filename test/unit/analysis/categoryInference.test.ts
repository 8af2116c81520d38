// A category for every activity in the writer's own words: the precedence
// (tag > category heading > the item's words > its heading's words or items),
// close calls, personal admin, nesting, negation, the strict mode, and that
// what a writer gave by tag or heading never moves.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { activityRows, createReviewService, type RubricResolution } from '../../../src/core';
import { activityAt, analyze, byRule, fixture } from '../helpers';

const source = (text: string, line: number) => analyze(text).then((analysis) => activityAt(analysis, line));

describe('the item\'s own words', () => {
  const cases: [string, string, string[]][] = [
    ['- 1h Onsite loop for a senior backend engineer', 'recruiting', ['onsite', 'loop']],
    ["- 1h Postmortem for Tuesday's payment outage", 'operations', ['postmortem', 'outage']],
    ['- 1h Renewal call with a top-10 customer', 'sales', ['renewal call', 'customer']],
    ['- 1h Headcount plan with finance', 'recruiting', ['headcount plan']],
    ['- 1h Job ad for the streaming engineer, with HR', 'recruiting', ['job ad']],
    ['- 1h Talk abstract for DevOpsDays', 'marketing', ['talk abstract']],
    ['- 1h Design review of the billing RFC', 'architecture', ['design review', 'rfc']],
    ['- 1h Recorded a podcast episode on our migration', 'marketing', ['podcast', 'episode']],
    ['- 1h Term sheet call with the lead investor', 'partners', ['term sheet', 'investor']],
    // A licence or support we renew is bought from a vendor; a customer's renewal ("Renewal call with a top-10 customer") is a sale.
    ['- 1h Scheduling tool support renewal, two more years at the same rate', 'partners', ['support renewal']],
    // The organisation's senior management team is the other departments' heads, not the writer's own team.
    ['- 1h30m Senior management team, monthly', 'departments', ['senior management']],
  ];
  for (const [item, category, words] of cases) {
    it(`"${item}" → ${category}`, async () => {
      const activity = await source(`## Tuesday\n${item}\n`, 2);
      assert.equal(activity.categoryId, category);
      assert.deepEqual(activity.categorySource, { kind: 'words', text: words.join(', '), line: 2, words });
    });
  }

  it('words that only look like a category\'s do not place an item: an abstraction layer is no talk abstract, a brand template no marketing', async () => {
    const abstraction = await source('## Tuesday\n- 1h Designed the abstraction layer for the storage drivers\n', 2);
    assert.equal(abstraction.categoryId, 'architecture');
    const brand = await source('## Tuesday\n- 30m Applied the new brand template to the payments runbook\n', 2);
    assert.deepEqual([brand.categoryId, brand.categorySource?.words], ['operations', ['runbook']]);
  });

  it('the rubric\'s own example of the work weighs toward the category it names, over one signal word', async () => {
    const goals = await source("## Tuesday\n- 1h Read product's and marketing's H2 OKRs to see where engineering needs to turn up\n", 2);
    assert.deepEqual([goals.categoryId, goals.categorySource], ['departments', { kind: 'exemplar', text: 'learn-team-goals', line: 2, words: ['read', 'to see where', 'okrs', 'needs', 'where engineering', "product's", "marketing's"] }]);
    const leads = await source('## Tuesday\n- 1h 1:1s with my three leads\n', 2);
    assert.deepEqual([leads.categoryId, leads.categorySource], ['culture', { kind: 'exemplar', text: 'one-on-ones-with-leads', line: 2, words: ['1 1s', 'leads'] }]);
    const summary = (await analyze("## Tuesday\n- 1h Read product's and marketing's H2 OKRs to see where engineering needs to turn up\n")).document.activities[0];
    assert.equal(summary?.categorySource?.kind, 'exemplar');
  });

  it('an item\'s own clear words still win over an exemplar it happens to match', async () => {
    const hiring = await source('## Tuesday\n- 2h Interviewed two candidates, then discussed the outcome with the Head of Validation and HR; we make an offer to the second\n', 2);
    assert.deepEqual([hiring.exemplar?.id, hiring.categoryId, hiring.categorySource?.kind], ['learn-team-goals', 'recruiting', 'words']);
  });

  it('fonts and headings are what a strategy document\'s edit changed, not personal admin: the time went to the document', async () => {
    const activity = await source('## Tuesday\n- 30m Re-did headings and fonts in the "Technology Vision 2028" doc → vision doc tidied\n', 2);
    assert.deepEqual([activity.categoryId, activity.categorySource?.words], ['architecture', ['technology vision', 'vision doc']]);
  });

  it('reads the outcome written on the item\'s own line too', async () => {
    const activity = await source('## Tuesday\n- 1h Sync with Ana → she takes the offer letter to the candidate\n', 2);
    assert.equal(activity.categoryId, 'recruiting');
  });

  it('a negated word points nowhere ("Not hiring", "no customer calls")', async () => {
    assert.equal((await source('## Tuesday\n- 1h Told the board we are not hiring\n', 2)).categoryId, 'departments');
    assert.equal((await source('## Tuesday\n- 1h Quiet day, no customer calls\n', 2)).categoryId, undefined);
  });

  it('personal admin stays uncategorized, even under an inferred heading', async () => {
    const analysis = await analyze('## Leadership team\n- 1h Exec staff meeting\n- 30m Expenses for the Berlin trip\n');
    assert.equal(activityAt(analysis, 2).categoryId, 'departments');
    assert.equal(activityAt(analysis, 3).categoryId, undefined);
    assert.equal(activityAt(analysis, 3).categoryCandidates, undefined);
  });

  it('two close categories leave the item uncategorized, and the hint names both', async () => {
    const analysis = await analyze('## Tuesday\n- 1h Call with the vendor about the customer\n');
    const activity = activityAt(analysis, 2);
    assert.equal(activity.categoryId, undefined);
    assert.deepEqual(activity.categoryCandidates, [{ id: 'sales', words: ['customer'] }, { id: 'partners', words: ['vendor'] }]);
    assert.deepEqual(byRule(analysis, 'uncategorized').map((d) => d.message), ['1h could be Sales & customers or Business development & partners: its words fit both. Tag it #sales or #partners.']);
  });

  it('a nested activity takes its parent\'s category when the parent\'s words decide', async () => {
    const analysis = await analyze('## Crew\n- 2h 1:1s with my leads\n  - 1h Kasia (firmware)\n  - 1h Jonas (SRE)\n');
    assert.deepEqual([3, 4].map((line) => [activityAt(analysis, line).categoryId, activityAt(analysis, line).categorySource?.line]), [['culture', 2], ['culture', 2]]);
  });
});

describe('precedence: tag, category heading, words, inferred heading', () => {
  it('a tag wins over a category heading, and a category heading over the item\'s words', async () => {
    const analysis = await analyze('## Recruiting\n- 1h Renewal call with our largest customer\n- 1h Renewal call #sales\n');
    assert.deepEqual([activityAt(analysis, 2).categoryId, activityAt(analysis, 2).categorySource?.kind], ['recruiting', 'heading']);
    assert.deepEqual([activityAt(analysis, 3).categoryId, activityAt(analysis, 3).categorySource?.kind], ['sales', 'tag']);
  });

  it('a heading whose parts name a category in other words ("Customers & sales", "infra / ops") places the items its words leave open', async () => {
    const analysis = await analyze('## Customers + sales\n- 1h Thursday catch-up with Dana\n- 1h Onsite interview for an SRE\n## infra / ops\n- 1h Friday thing\n');
    assert.deepEqual(activityAt(analysis, 2).categorySource, { kind: 'inferred-heading', text: 'Customers + sales', line: 1, basis: 'name', words: ['Customers'] });
    assert.equal(activityAt(analysis, 2).categoryId, 'sales');
    assert.equal(activityAt(analysis, 3).categoryId, 'recruiting');
    assert.deepEqual([activityAt(analysis, 5).categoryId, activityAt(analysis, 5).categorySource?.basis], ['operations', 'name']);
  });

  it('a heading\'s own words place the items their words leave open ("SRE & tooling")', async () => {
    const activity = await source('## SRE & tooling\n- 1h Friday thing with Sam\n', 2);
    assert.deepEqual([activity.categoryId, activity.categorySource], ['operations', { kind: 'inferred-heading', text: 'SRE & tooling', line: 1, basis: 'words', words: ['sre', 'tooling'] }]);
  });

  it('a heading takes its items\' category when they agree strongly, and passes it to the items that say nothing', async () => {
    const text = '## Platform work\n- 2h Design review of the event bus RFC\n- 1h Spike on the new schema\n- 1h Prototype of the storage layer\n- 1h Friday thing with Sam\n';
    const analysis = await analyze(text);
    assert.deepEqual(analysis.document.headings[0]?.inferred, { categoryId: 'architecture', from: 'items', items: 3, of: 3 });
    assert.deepEqual(activityAt(analysis, 5).categorySource, { kind: 'inferred-heading', text: 'Platform work', line: 1, basis: 'items', items: 3 });
  });

  it('items that disagree give their heading nothing', async () => {
    const analysis = await analyze('## Monday\n- 1h Design review of the RFC\n- 1h Renewal call with a customer\n- 1h Friday thing\n');
    assert.equal(analysis.document.headings[0]?.inferred, undefined);
    assert.equal(activityAt(analysis, 4).categoryId, undefined);
  });

  it('a subsection inherits its parent heading\'s inferred category, and follows it when the parent changes', async () => {
    const { service } = fixture();
    const before = '## Platform work\n- 2h Design review of the RFC\n- 1h Spike on the schema\n### Odds\n- 1h Friday thing\n';
    const first = await service.analyze('/r/2026-W47.md', before);
    assert.equal(activityAt(first, 5).categoryId, 'architecture');
    const after = before.replace('Design review of the RFC', 'Renewal call with a customer').replace('Spike on the schema', 'Customer demo');
    const second = await service.analyze('/r/2026-W47.md', after);
    assert.deepEqual([activityAt(second, 5).categoryId, activityAt(second, 5).categorySource?.text], ['sales', 'Platform work']);
  });
});

const disk = createReviewService({ readFile: async (file) => { try { return readFileSync(file, 'utf8'); } catch { return undefined; } } });

/** The rubric in effect for a file (its own `.weekly-review.yaml`, else the built-in one), with inference on or off. */
async function rubricFor(file: string, text: string, inferCategories: boolean): Promise<RubricResolution> {
  const resolution = await disk.resolveRubric(file, text);
  if (!resolution.ok) throw new Error(`${file}: its rubric is broken`);
  return { ...resolution, rubric: { ...resolution.rubric, inferCategories } };
}

describe('heading hints ("## Team")', () => {
  const review = '## Team\n- 1h Debrief with HR on the backend candidate → offer goes out Monday\n- 1h Friday thing with Sam\n- 30m Lunch #team\n';

  it('lean without deciding: the item\'s own words come first, the hint places what they leave open', async () => {
    const analysis = await analyze(review);
    assert.equal(activityAt(analysis, 2).categoryId, 'recruiting');
    assert.equal(activityAt(analysis, 2).categorySource?.kind, 'words');
    assert.equal(activityAt(analysis, 3).categoryId, 'culture');
    assert.deepEqual(activityAt(analysis, 3).categorySource, { kind: 'inferred-heading', text: 'Team', line: 1, basis: 'name', words: ['Team'] });
    assert.equal(analysis.document.headings[0]?.categoryId, undefined);
  });

  it('decide as an alias does when the rubric does not infer, and stay tags', async () => {
    const { service, files } = fixture({ '/r/.weekly-review.yaml': 'extends: cto\ninferCategories: false\n' });
    files.set('/r/2026-W47.md', review);
    const analysis = await service.analyze('/r/2026-W47.md', review);
    assert.deepEqual([2, 3, 4].map((line) => activityAt(analysis, line).categoryId), ['culture', 'culture', 'culture']);
    assert.equal(analysis.document.headings[0]?.categoryId, 'culture');
    assert.equal(activityAt(await analyze(review), 4).categorySource?.kind, 'tag');
  });

  it('a rubric may declare its own', async () => {
    const { service, files } = fixture({ '/r/.weekly-review.yaml': 'extends: cto\ncategories:\n  architecture:\n    headingHints: [Platform]\n' });
    const text = '## Platform\n- 1h Friday thing with Sam\n- 1h Renewal call with a top-10 customer\n';
    files.set('/r/2026-W47.md', text);
    const analysis = await service.analyze('/r/2026-W47.md', text);
    assert.deepEqual([2, 3].map((line) => activityAt(analysis, line).categoryId), ['architecture', 'sales']);
  });
});

describe('strict mode and stability', () => {
  it('inferCategories: false reads tags and category headings only', async () => {
    const { service, files } = fixture({ '/r/.weekly-review.yaml': 'extends: cto\ninferCategories: false\n' });
    files.set('/r/2026-W47.md', '## Platform work\n- 1h Design review of the RFC\n');
    const analysis = await service.analyze('/r/2026-W47.md', files.get('/r/2026-W47.md') as string);
    assert.equal(activityAt(analysis, 2).categoryId, undefined);
    assert.equal(analysis.document.headings[0]?.inferred, undefined);
  });

  const baseline = JSON.parse(readFileSync(new URL('../../fixtures/strict-category-minutes.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;
  const root = new URL('../../../', import.meta.url);

  it(`with inference off, every fixture keeps the minutes per category it had before inference (${Object.keys(baseline).length} files)`, async () => {
    for (const [file, expected] of Object.entries(baseline)) {
      const path = new URL(file, root).pathname;
      const text = readFileSync(path, 'utf8');
      const summary = disk.summarize(disk.analyzeWith(path, text, await rubricFor(path, text, false)));
      const minutes: Record<string, number> = Object.fromEntries((summary?.categories ?? []).filter((c) => c.minutes > 0).map((c) => [c.id, c.minutes]));
      assert.deepEqual({ ...minutes, uncategorized: summary?.uncategorizedMinutes }, expected, file);
    }
  });

  it('with inference on, no item placed by a tag or a category heading moves', async () => {
    for (const file of Object.keys(baseline)) {
      const path = new URL(file, root).pathname;
      const text = readFileSync(path, 'utf8');
      const given = disk.analyzeWith(path, text, await rubricFor(path, text, false)).document.activities.filter((a) => a.categoryId !== undefined);
      const inferred = new Map(disk.analyzeWith(path, text, await rubricFor(path, text, true)).document.activities.map((a) => [a.line, a]));
      for (const activity of given) assert.deepEqual([inferred.get(activity.line)?.categoryId, inferred.get(activity.line)?.minutes], [activity.categoryId, activity.minutes], `${file}:${activity.line}`);
    }
  });
});

describe('the summary says how much was inferred', () => {
  it('counts inferred minutes per category and in total, and lists every activity with its evidence', async () => {
    const { service } = fixture();
    const text = '## Recruiting\n- 1h Phone screen\n## Tuesday\n- 2h Onsite loop for a backend engineer\n- 30m Friday thing\n- 15m Lunch #culture\n';
    const analysis = await service.analyze('/r/2026-W47.md', text);
    const summary = service.summarize(analysis);
    const recruiting = summary?.categories.find((c) => c.id === 'recruiting');
    assert.deepEqual([recruiting?.minutes, recruiting?.inferredMinutes, summary?.inferredMinutes, summary?.uncategorizedMinutes], [180, 120, 120, 30]);
    // "Lunch" is culture time and the onsite loop hiring time that state no result: borderline, a judgment call, not low-value; a phone screen is groundwork.
    assert.deepEqual([summary?.lowValueMinutes, summary?.borderlineMinutes], [90, 135]);
    assert.deepEqual(activityRows(analysis), [
      { line: 2, text: 'Phone screen', minutes: 60, category: 'recruiting', categorySource: 'heading', categoryEvidence: 'from heading “Recruiting”', lowValue: true, borderline: false },
      { line: 4, text: 'Onsite loop for a backend engineer', minutes: 120, category: 'recruiting', categorySource: 'words', categoryEvidence: 'from its words “onsite”, “loop”', lowValue: false, borderline: true },
      { line: 5, text: 'Friday thing', minutes: 30, category: null, categorySource: null, categoryEvidence: null, lowValue: true, borderline: false },
      { line: 6, text: 'Lunch #culture', minutes: 15, category: 'culture', categorySource: 'tag', categoryEvidence: 'from tag #culture', lowValue: false, borderline: true },
    ]);
  });
});
