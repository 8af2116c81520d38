// Every feature of the workspace engine through an InMemoryHost, in plain
// node: the latest analysis with stale results dropped, diagnostics, hover
// (activity and category), lenses, status, code actions (quick fixes, teach,
// remember), summary JSON and table, new review with carry-over, and
// Restricted Mode's rubric rule.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { activityRows, createReviewService, ManualClock, summaryJson, type FileChange, type ReviewState } from '../../../src/core';
import { analyzed, openReview, rangeOf, setup } from './helpers';

const W46 = readFileSync('examples/2026-W46.md', 'utf8');
const W47 = readFileSync('examples/2026-W47.md', 'utf8');
const R46 = '/ws/reviews/2026-W46.md';
const R47 = '/ws/reviews/2026-W47.md';

describe('the latest analysis of an open review', () => {
  it('equals the service’s own analysis of the text', async () => {
    const s = setup({ files: { [R46]: W46 } });
    const state = await openReview(s, R46);
    const direct = await createReviewService({ readFile: async () => undefined }).analyze(R46, W46);
    assert.deepEqual(s.workspace.diagnostics(R46).map((d) => [d.ruleId, d.severity, d.message, rangeOf(d)]), direct.diagnostics.map((d) => [d.ruleId, d.severity, d.message, rangeOf(d)]));
    assert.equal(state.summary?.week, '2026-W46');
    s.workspace.dispose();
  });

  it('debounces edits and keeps only the latest: three quick edits give one analysis, of the last text', async () => {
    const clock = new ManualClock();
    const s = setup({ clock, settings: { debounceMs: 250 } });
    const seen: ReviewState[] = [];
    s.workspace.onDidAnalyze((state) => seen.push(state));
    const first = analyzed(s.workspace, R46);
    s.workspace.open(R46, W46, 1);
    clock.advance(0);
    await first;
    const last = analyzed(s.workspace, R46);
    s.workspace.change(R46, W46.replace('1h Rewrote', '2h Rewrote'), 2);
    clock.advance(100);
    s.workspace.change(R46, W46.replace('1h Rewrote', '3h Rewrote'), 3);
    clock.advance(100);
    s.workspace.change(R46, W46.replace('1h Rewrote', '4h Rewrote'), 4);
    assert.equal(seen.length, 1, 'nothing before the debounce');
    clock.advance(250);
    const state = await last;
    assert.equal(state.version, 4);
    assert.equal(seen.length, 2);
    s.workspace.dispose();
  });

  it('drops a result overtaken while its rubric loads (a close wins over a run in flight)', async () => {
    const s = setup({ files: { [R46]: W46 } });
    const seen: ReviewState[] = [];
    s.workspace.onDidAnalyze((state) => seen.push(state));
    s.workspace.open(R46, W46, 1);
    s.workspace.close(R46);
    // The run's timer was cleared and its ticket forgotten: an explicit request finds no document.
    assert.equal(await s.workspace.analyze(R46), undefined);
    assert.deepEqual(seen, []);
    s.workspace.dispose();
  });
});

describe('features', () => {
  it('hovers an activity with its verdict and evidence, and a category heading with its weeks', async () => {
    const s = setup({ files: { [R46]: W46, [R47]: W47 } });
    await openReview(s, R47);
    const state = s.workspace.stateOf(R47) as ReviewState;
    const low = state.analysis.diagnostics.find((d) => d.ruleId === 'low-value-item');
    assert.ok(low);
    const hover = s.workspace.hover(R47, low.range.start);
    assert.ok(hover);
    assert.match(hover.markdown, /\n\n---\n\n/);
    const heading = state.analysis.document.headings.find((h) => h.categoryId !== undefined);
    assert.ok(heading);
    const category = s.workspace.hover(R47, { line: heading.line, column: 1 });
    assert.ok(category);
    assert.match(category.markdown, /: last 8 weeks · target \d+% · 2 of 8 weeks reviewed/);
    assert.match(category.markdown, /\| 2026-W40 \| — no review \| \|/);
    s.workspace.dispose();
  });

  it('gives lenses per category heading (none when the setting is off) and the status text', async () => {
    const s = setup({ files: { [R46]: W46 } });
    await openReview(s, R46);
    const lenses = s.workspace.lenses(R46);
    assert.ok(lenses.length > 0);
    assert.match(lenses.find((lens) => !lens.title.startsWith('≈'))?.title ?? '', /^\d+h( \d+m)? · \d+% · target \d+% \([+−]?[\d.]+ pp\)$/);
    assert.match(lenses[0]?.title ?? '', /^≈ Engineering culture \(from its words “offsite”\) · 4h 30m · 18% · target 25% \(−7 pp\)$/);
    assert.match(s.workspace.status(R46)?.text ?? '', /^W46 · \d+h( \d+m)? · \d+ low-value$/);
    s.host.settingsValue = { ...s.host.settingsValue, codeLensEnabled: false };
    assert.deepEqual(s.workspace.lenses(R46), []);
    s.workspace.dispose();
  });

  it('offers the finding’s quick fixes: a duration conflict resolves either way', async () => {
    const s = setup({ files: { [R46]: W46 } });
    await openReview(s, R46);
    const conflict = s.workspace.diagnostics(R46).find((d) => d.ruleId === 'duration-conflict');
    assert.ok(conflict);
    const actions = s.workspace.codeActions(R46, conflict.range, ['quickfix']).filter((a) => a.diagnostic === conflict);
    assert.deepEqual(actions.map((a) => a.title), ['Remove the bracketed (2h) (keep 1h30m)', 'Use 2h as the duration']);
    assert.deepEqual(actions[0]?.edits.map((e) => [rangeOf(e), e.newText]), [[[20, 39, 20, 44], '']]);
    assert.deepEqual(s.workspace.codeActions(R46, conflict.range, ['refactor']).filter((a) => a.diagnostic), []);
    s.workspace.dispose();
  });

  it('teaches a category: on the built-in rubric, a new .weekly-review.yaml at the folder root that extends cto', async () => {
    const text = '---\nweek: 2026-W47\n---\n## Platform work\n- 2h Kubernetes upgrade planning with SRE\n';
    const s = setup({ files: { [R47]: text } });
    await openReview(s, R47);
    const teach = s.workspace.codeActions(R47, { start: { line: 4, column: 1 }, end: { line: 4, column: 1 } }).find((a) => a.teach);
    assert.ok(teach, 'a teach action on the heading');
    const change = (await s.workspace.resolveChange(R47, teach)) as FileChange;
    assert.equal(change.path, '/ws/.weekly-review.yaml');
    assert.equal(change.create, true);
    assert.match(change.text, /^# Weekly Review rubric[\s\S]*extends: cto\n/);
    s.host.files.set('/ws/.weekly-review.yaml', 'extends: cto\n');
    assert.match(((await s.workspace.resolveChange(R47, teach)) as { refused: string }).refused, /exists in ws but this review uses the built-in rubric/);
    s.workspace.dispose();
  });

  it('remembers a verdict into .weekly-review/verdicts.yaml (created, then edited keeping what is there)', async () => {
    const s = setup({ files: { [R46]: W46 } });
    const state = await openReview(s, R46);
    const line = state.analysis.diagnostics.find((d) => d.ruleId === 'low-value-item')?.range.start.line ?? 0;
    const remember = s.workspace.codeActions(R46, { start: { line, column: 1 }, end: { line, column: 1 } }).find((a) => a.remember);
    assert.equal(remember?.title, 'Worth my time: remember');
    const created = (await s.workspace.resolveChange(R46, remember as never)) as FileChange;
    assert.deepEqual([created.path, created.create], ['/ws/.weekly-review/verdicts.yaml', true]);
    s.host.files.set(created.path, '# mine\nverdicts: []\n');
    const edited = (await s.workspace.resolveChange(R46, remember as never)) as FileChange;
    assert.equal(edited.create, false);
    assert.equal(edited.previous, '# mine\nverdicts: []\n');
    assert.match(edited.text, /^# mine\n/);
    s.workspace.dispose();
  });

  it('gives the summary JSON as the CLI prints it for one file, and the summary table edit', async () => {
    const s = setup({ files: { [R46]: W46 } });
    const state = await openReview(s, R46);
    const service = createReviewService({ readFile: async () => undefined });
    const expected = summaryJson(service.summarizeWeeks([{ ...(state.summary as NonNullable<ReviewState['summary']>), activities: activityRows(state.analysis) }]), 0);
    assert.deepEqual(await s.workspace.summaryJson(R46), expected);
    const table = s.workspace.summaryTable(R46, 5, '\n');
    assert.ok(table && 'newText' in table);
    assert.match(table.newText, /<!-- weekly-review:summary -->/);
    s.workspace.dispose();
  });

  it('plans this week’s review with last week’s unchecked items carried over, and opens an existing one', async () => {
    const clock = new ManualClock(new Date('2026-11-18T10:00:00'));
    const s = setup({ clock, files: { [R46]: W46 } });
    const plan = await s.workspace.newReview();
    assert.ok('text' in plan);
    assert.equal(plan.path, R47);
    assert.equal(plan.carried, 1);
    assert.match(plan.text, /^---\nweek: 2026-W47\n/);
    assert.match(plan.text, /- \[ \] 1h Write the staff engineer job description/);
    s.host.files.set(R47, 'x');
    assert.deepEqual(await s.workspace.newReview(), { path: R47, exists: true });
    s.host.settingsValue = { ...s.host.settingsValue, folder: '../outside' };
    assert.match(((await s.workspace.newReview()) as { refused: string }).refused, /leads outside the workspace folder ws/);
    s.workspace.dispose();
  });

  it('in Restricted Mode refuses a rubric outside the folders, naming why, and reads nothing there', async () => {
    const text = '---\nweek: 2026-W47\nrubric: /etc/team/rubric.yaml\n---\n## Hiring\n- 1h Screen\n';
    const s = setup({ trusted: false, files: { [R47]: text, '/etc/team/rubric.yaml': 'extends: cto\n' } });
    await openReview(s, R47);
    const errors = s.workspace.diagnostics(R47).filter((d) => d.ruleId === 'rubric-error');
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? '', /Restricted Mode: rubric path \/etc\/team\/rubric\.yaml is outside the workspace folders/);
    assert.equal(s.host.reads.includes('/etc/team/rubric.yaml'), false);
    s.workspace.dispose();
  });
});
