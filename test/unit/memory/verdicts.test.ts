// Your corrections are remembered: the verdicts file (parse, append keeping
// comments, problems at their line), similarity, and a generated run of 12
// weeks in which a writer corrects the tool on weeks 1–4: the errors on weeks
// 5–12 with memory and without, and that a remembered verdict survives
// reordering the file and renaming the heading.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentStems, parseVerdicts, recall, rememberVerdict, similarity, verdictChoices, verdictEntry, type ReviewService } from '../../../src/core';
import { activityAt, fixture } from '../helpers';

describe('the verdicts file', () => {
  it('appends an entry and keeps what the writer wrote', () => {
    const mine = '# my corrections\nverdicts:\n  # the ops review is where decisions happen\n  - verdict: worthy\n    text: Weekly ops review\n';
    const next = rememberVerdict(mine, { verdict: 'low', text: 'Expense approvals', stems: ['expens', 'approv'], category: 'operations', week: '2027-W07' });
    assert.equal(next, `${mine}  - verdict: low\n    text: Expense approvals\n    stems: [ expens, approv ]\n    category: operations\n    week: 2027-W07\n`);
    assert.deepEqual(parseVerdicts('/w/.weekly-review/verdicts.yaml', next).memory?.entries.map((e) => [e.verdict, e.text, e.stems]), [['worthy', 'Weekly ops review', ['weekli', 'op', 'review']], ['low', 'Expense approvals', ['expens', 'approv']]]);
  });

  it('starts a new file with a header that says what it is', () => {
    assert.match(rememberVerdict(undefined, { verdict: 'worthy', text: 'Board deck', stems: ['board', 'deck'] }), /^# Verdicts you gave in the editor[^\n]*\n(?:#[^\n]*\n)*verdicts:\n {2}- verdict: worthy\n/u);
  });

  it('reports a bad entry at its line', () => {
    assert.deepEqual(parseVerdicts('/w/v.yaml', 'verdicts:\n  - verdict: maybe\n    text: x\n').problems.map((p) => [p.line, p.message]), [[2, 'a remembered verdict must say "verdict: worthy" or "verdict: low", found "maybe"']]);
  });

  it('compares items by content stems: an exact repeat is 1, a close rephrasing passes 0.6, another topic does not', () => {
    assert.equal(similarity(contentStems('Weekly ops review'), contentStems('weekly ops review')), 1);
    assert.ok(similarity(contentStems('Board deck: eng section'), contentStems('Eng section of the board deck for Q3')) >= 0.6);
    assert.ok(similarity(contentStems('Board deck: eng section'), contentStems('Weekly ops review')) < 0.6);
    const memory = { file: 'v', entries: [{ verdict: 'worthy' as const, text: 'Weekly ops review', stems: contentStems('Weekly ops review'), category: 'operations', week: '2027-W01' }] };
    assert.deepEqual(recall(memory, 'Weekly ops review', 'operations'), { verdict: 'worthy', text: 'Weekly ops review', week: '2027-W01', similarity: 1 });
    assert.equal(recall(memory, 'weekly ops review and planning', 'culture'), undefined, 'another category needs 0.8');
  });
});

/** A writer's recurring week: what they do, under which heading, and what they think of it. */
const RECURRING: { texts: string[]; heading: string[]; truth: 'worthy' | 'low' }[] = [
  { texts: ['Weekly ops review', 'Weekly ops review with the EMs', 'weekly ops review'], heading: ['Operations', 'Ops & delivery'], truth: 'worthy' },
  { texts: ['Board deck: eng section', 'Eng section of the board deck', 'Board deck: eng section, numbers'], heading: ['Other departments', 'Board & exec'], truth: 'worthy' },
  { texts: ['Exec staff', 'Exec staff meeting', 'exec staff'], heading: ['Other departments', 'Board & exec'], truth: 'worthy' },
  { texts: ['Architecture office hours', 'Architecture office hours, open Q&A', 'architecture office hours'], heading: ['Architecture', 'Tech direction'], truth: 'worthy' },
  { texts: ['Expense approvals', 'Expense approvals and receipts', 'expense approvals'], heading: ['Operations', 'Ops & delivery'], truth: 'low' },
  { texts: ['Customer advisory board prep → agenda sent', 'Customer advisory board prep → agenda sent out', 'customer advisory board prep → agenda sent'], heading: ['Sales & customers', 'Customers'], truth: 'low' },
  { texts: ['Hiring committee → 2 offers approved', 'Hiring committee → 3 offers approved', 'Hiring committee → 1 offer approved'], heading: ['Recruiting', 'Hiring'], truth: 'worthy' },
];

/** A deterministic shuffle, so every run makes the same weeks. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Week `n` of the run: the recurring items in a new order, reworded, under headings that change name every other week. */
function week(n: number): { text: string; truth: Map<number, 'worthy' | 'low'> } {
  const truth = new Map<number, 'worthy' | 'low'>();
  const lines = ['---', `week: 2027-W${String(n).padStart(2, '0')}`, '---'];
  for (const item of shuffled(RECURRING, n * 7919)) {
    lines.push(`## ${item.heading[n % 2] as string}`);
    truth.set(lines.length + 1, item.truth);
    lines.push(`- 1h ${item.texts[n % 3] as string}`);
  }
  return { text: `${lines.join('\n')}\n`, truth };
}

/** Items on which the tool's verdict differs from the writer's (borderline counts as not low). */
async function mistakes(service: ReviewService, n: number): Promise<number[]> {
  const { text, truth } = week(n);
  const analysis = await service.analyze(`/w/reviews/2027-W${String(n).padStart(2, '0')}.md`, text);
  return [...truth].filter(([line, verdict]) => (activityAt(analysis, line).lowValue === true) !== (verdict === 'low')).map(([line]) => line);
}

describe('a run of 12 weeks: corrections on weeks 1–4, errors on weeks 5–12', () => {
  it('with memory the tool stops repeating the mistakes the writer corrected', async () => {
    const { service, files } = fixture();
    let corrected = 0;
    for (let n = 1; n <= 4; n++) {
      const { text, truth } = week(n);
      const analysis = await service.analyze(`/w/reviews/2027-W0${n}.md`, text);
      for (const line of await mistakes(service, n)) {
        assert.ok(verdictChoices(analysis, line).some((c) => c.verdict === truth.get(line)), `week ${n} line ${line} offers "${truth.get(line)}"`);
        const entry = verdictEntry(analysis, line, truth.get(line) as 'worthy' | 'low');
        files.set('/w/.weekly-review/verdicts.yaml', rememberVerdict(files.get('/w/.weekly-review/verdicts.yaml'), entry as NonNullable<typeof entry>));
        corrected++;
      }
      service.forgetRubrics();
    }
    const remembered = fixture(Object.fromEntries(files)).service;
    const withMemory: number[] = [];
    const without: number[] = [];
    for (let n = 5; n <= 12; n++) {
      withMemory.push((await mistakes(remembered, n)).length);
      without.push((await mistakes(fixture().service, n)).length);
    }
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
    // The figures the closing note reports: corrections made, and errors on weeks 5–12 (56 items) with and without memory.
    assert.deepEqual({ corrected, errorsWithout: sum(without), errorsWithMemory: sum(withMemory) }, { corrected: 3, errorsWithout: 24, errorsWithMemory: 0 });
  });

  it('a remembered verdict survives reordering the file and renaming the heading, and the hover says why', async () => {
    const memory = rememberVerdict(undefined, { verdict: 'worthy', text: 'Weekly ops review', stems: contentStems('Weekly ops review'), category: 'operations', week: '2027-W01' });
    const { service } = fixture({ '/w/.weekly-review/verdicts.yaml': memory });
    const analysis = await service.analyze('/w/reviews/2027-W09.md', '## Ops & delivery\n- 2h Expense approvals\n- 1h weekly ops review\n');
    const activity = activityAt(analysis, 3);
    assert.deepEqual([activity.lowValue, activity.remembered], [false, { verdict: 'worthy', text: 'Weekly ops review', week: '2027-W01', similarity: 1 }]);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.range.start.line), [2]);
  });

  it('memory is off with the rubric\'s memory: false, or the host\'s option', async () => {
    const memory = rememberVerdict(undefined, { verdict: 'worthy', text: 'Weekly ops review', stems: contentStems('Weekly ops review') });
    const review = '## Ops\n- 1h Weekly ops review\n';
    const off = fixture({ '/w/.weekly-review/verdicts.yaml': memory, '/w/.weekly-review.yaml': 'extends: cto\nmemory: false\n' }).service;
    assert.equal(activityAt(await off.analyze('/w/2027-W09.md', review), 2).remembered, undefined);
    const on = fixture({ '/w/.weekly-review/verdicts.yaml': memory }).service;
    assert.equal(activityAt(await on.analyze('/w/2027-W09.md', review, { memory: false }), 2).remembered, undefined);
    assert.equal(activityAt(await on.analyze('/w/2027-W09.md', review), 2).remembered?.verdict, 'worthy');
  });
});
