// SPEC §2.3, §2.4, §2.6: category by tag > heading > uncategorized, the
// built-in aliases, heading normalisation, priorities.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activityAt, analyze, at, byRule } from '../helpers';

async function categoryOf(heading: string, item = '- 1h Something'): Promise<string | undefined> {
  const analysis = await analyze(`${heading}\n${item}\n`);
  return activityAt(analysis, 2).categoryId;
}

/** The category the heading itself names (not one inferred from its words: see categoryInference.test.ts). */
async function namedBy(heading: string): Promise<string | undefined> {
  const analysis = await analyze(`${heading}\n- 1h Something\n`);
  const activity = activityAt(analysis, 2);
  return activity.categorySource?.kind === 'heading' ? activity.categoryId : undefined;
}

describe('built-in aliases', () => {
  const aliases: Record<string, string[]> = {
    marketing: ['Marketing', 'Evangelism', 'Marketing & evangelism', 'Marketing and evangelism'],
    recruiting: ['Recruiting', 'Hiring', 'Talent'],
    sales: ['Sales', 'Customers', 'Sales & customers'],
    partners: ['Partners', 'Partnerships', 'Business development', 'BizDev', 'Business development & partners'],
    culture: ['Culture', 'Engineering culture'],
    operations: ['Operations', 'Ops', 'Engineering operations'],
    architecture: ['Architecture', 'Technology direction', 'Long-term architecture', 'Long-term architecture & technology direction'],
    departments: ['Other departments', 'Cross-functional', 'Connecting with other departments'],
  };
  for (const [id, names] of Object.entries(aliases)) {
    it(`${id}: ${names.join(', ')}`, async () => {
      for (const name of names) {
        assert.equal(await categoryOf(`## ${name}`), id, name);
        assert.equal(await categoryOf('## Misc', `- 1h Something #${name.toLowerCase().replace(/ & /g, '-').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`), id, `#tag for ${name}`);
      }
    });
  }

  it('category ids are tags too', async () => {
    for (const id of ['marketing', 'recruiting', 'sales', 'partners', 'culture', 'operations', 'architecture', 'departments']) {
      assert.equal(await categoryOf('# Misc', `- 1h Something #${id}`), id);
    }
  });
});

describe('heading normalisation', () => {
  const headings: [string, string | undefined][] = [
    ['## HIRING', 'recruiting'],
    ['## hiring!', 'recruiting'],
    ['## 🚀 Hiring 🚀', 'recruiting'],
    ['## Hiring (3 interviews)', 'recruiting'],
    ['## Sales and customers', 'sales'],
    ['## Sales&Customers', 'sales'],
    ['## Long term architecture and technology direction', 'architecture'],
    ['## **Ops**', 'operations'],
    ['## Ops ##', 'operations'],
    ['Hiring\n------', undefined], // setext: the item is on line 3, checked below
    ['## Hiring plan', undefined],
    ['## Not hiring', undefined],
  ];
  for (const [heading, expected] of headings) {
    if (heading.includes('\n')) continue;
    it(`"${heading}" → ${expected ?? 'names no category'}`, async () => {
      assert.equal(await namedBy(heading), expected);
    });
  }

  it('a setext heading is a heading too', async () => {
    const analysis = await analyze('Hiring\n------\n- 1h Something\n');
    assert.equal(activityAt(analysis, 3).categoryId, 'recruiting');
  });
});

describe('resolution order', () => {
  const text = [
    '# Week 47', //                 1
    '- 1h Before any category', //  2
    '## Recruiting', //             3
    '- 1h Phone screens', //        4
    '### Phone screens', //         5
    '- 1h Inherits recruiting', //  6
    '#### Deeper', //               7
    '- 1h Still recruiting', //     8
    '- 1h Tagged #sales', //        9
    '## Misc', //                  10
    '- 1h Reset by a non-matching h2', // 11
    '### Ops', //                  12
    '- 1h Ops under misc', //      13
    '## Ops', //                   14
    '### Hiring', //               15
    '- 1h Nearest matching heading wins', // 16
    '- 1h Tag on the parent', //   17
    '  - 30m child #sales', //     18
    '- 1h #hiring parent tag', //  19
    '  - 30m child inherits the parent tag', // 20
  ].join('\n');

  it('tag > nearest matching enclosing heading > uncategorized', async () => {
    const analysis = await analyze(text);
    const got = analysis.document.activities.map((a) => [a.line, a.categoryId ?? null, a.categorySource?.kind ?? null, a.categorySource?.line ?? null]);
    assert.deepEqual(got, [
      [2, null, null, null],
      [4, 'recruiting', 'heading', 3],
      [6, 'recruiting', 'heading', 3],
      [8, 'recruiting', 'heading', 3],
      [9, 'sales', 'tag', 9],
      [11, null, null, null],
      [13, 'operations', 'heading', 12],
      [16, 'recruiting', 'heading', 15],
      [17, 'recruiting', 'heading', 15],
      [18, 'sales', 'tag', 18],
      [19, 'recruiting', 'tag', 19],
      [20, 'recruiting', 'tag', 20],
    ]);
    assert.deepEqual(byRule(analysis, 'uncategorized').map(at), [[2, 3, 2, 25], [11, 3, 11, 32]]);
    assert.equal(byRule(analysis, 'uncategorized')[0]?.severity, 'info');
  });

  it('headings carry their category for the CodeLens', async () => {
    const analysis = await analyze(text);
    assert.deepEqual(analysis.document.headings.map((h) => [h.line, h.depth, h.categoryId ?? null]), [
      [1, 1, null], [3, 2, 'recruiting'], [5, 3, null], [7, 4, null], [10, 2, null], [12, 3, 'operations'], [14, 2, 'operations'], [15, 3, 'recruiting'],
    ]);
    assert.deepEqual(analysis.document.headings[1]?.range, { start: { line: 3, column: 1 }, end: { line: 3, column: 14 } });
  });
});

describe('priorities', () => {
  it('come from the category, and #people/#technology/#tech/#business tags name one directly', async () => {
    const analysis = await analyze('## Recruiting\n- 1h a\n- 1h b #business\n- 1h c #tech\n- 1h d #technology\n- 1h e #people\n## Ops\n- 1h f\n## Misc\n- 1h g #people\n- 1h h\n');
    assert.deepEqual(analysis.document.activities.map((a) => [a.line, a.categoryId ?? null, a.priorityId ?? null]), [
      [2, 'recruiting', 'people'],
      [3, 'recruiting', 'business'],
      [4, 'recruiting', 'technology'],
      [5, 'recruiting', 'technology'],
      // A priority tag names the priority, not a category.
      [6, 'recruiting', 'people'],
      [8, 'operations', 'technology'],
      [10, null, 'people'],
      [11, null, null],
    ]);
  });

  it('a "## People" heading names the people priority, not a category: its items are placed by their own words', async () => {
    assert.equal(await namedBy('## People'), undefined);
    assert.equal(await categoryOf('## People', '- 1h30m Onsite loop for a senior Rust engineer → strong hire'), 'recruiting');
    assert.equal(await categoryOf('## People', '- 1h30m Exec weekly with the CEO and CFO'), 'departments');
    assert.equal(await categoryOf('## People', '- 1h 1:1 with Dana, my EM'), 'culture');
  });
});
