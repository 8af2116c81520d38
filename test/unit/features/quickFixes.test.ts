// Quick fixes and the normalize refactor: exact titles, ranges and texts, and
// the text after applying them.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeRefactors, quickFixes, type FeatureAction, type ReviewAnalysis, type ReviewDiagnostic } from '../../../src/core';
import { analyzed, applyEdits, at, REVIEW } from './helpers';

const lineOf = (text: string, line: number) => text.split('\n')[line - 1];
const shape = (action: FeatureAction) => ({ title: action.title, edits: action.edits.map((edit) => [...at(edit.range), edit.newText]) });

function findingOf(analysis: ReviewAnalysis, ruleId: string, line: number): ReviewDiagnostic {
  const found = analysis.diagnostics.find((d) => d.ruleId === ruleId && d.range.start.line === line);
  assert.ok(found, `${ruleId} on line ${line}`);
  return found;
}

describe('quickFixes for categories and low-value items', async () => {
  const { analysis } = await analyzed(REVIEW);
  const fixes = (ruleId: string, line: number) => quickFixes(analysis, REVIEW, findingOf(analysis, ruleId, line));

  it('categorizes an uncategorized item: one fix per rubric category, a tag at the end of the first line', () => {
    const actions = fixes('uncategorized', 16);
    assert.equal(actions.length, 8);
    assert.deepEqual(shape(actions[1]!), { title: 'Categorize as Recruiting', edits: [[16, 25, 16, 25, ' #recruiting']] });
    assert.ok(actions.every((a) => a.kind === 'quickfix' && a.preferred === undefined && !a.snippet));
    assert.equal(lineOf(applyEdits(REVIEW, actions[1]!.edits), 16), '- 1h Cleaned up my inbox #recruiting');
  });

  it('offers an outcome (preferred) and a justification for a low-value item, as snippets before trailing spaces', () => {
    // A low-value finding as the rule reports it (whether the scorer flags this item is not the point here).
    const low: ReviewDiagnostic = { ruleId: 'low-value-item', severity: 'warning', message: '', url: '', range: { start: { line: 8, column: 6 }, end: { line: 8, column: 25 } }, data: { activityLine: 8 } };
    const [outcome, justify] = quickFixes(analysis, REVIEW, low);
    assert.deepEqual({ ...shape(outcome!), snippet: outcome!.snippet, preferred: outcome!.preferred }, { title: 'Add an outcome', edits: [[8, 25, 8, 25, ' → ${1:outcome}']], snippet: true, preferred: true });
    assert.deepEqual({ ...shape(justify!), snippet: justify!.snippet, preferred: justify!.preferred }, { title: 'Justify as worthy', edits: [[8, 25, 8, 25, ' <!-- worthy: ${1:reason} -->']], snippet: true, preferred: false });
  });

  it('justifies (preferred) but does not add an outcome when the item has one', async () => {
    const text = '---\nweek: 2026-W47\n---\n## Misc\n- 1h Cleaned up my inbox → empty\n';
    const { analysis: withOutcome } = await analyzed(text);
    const low: ReviewDiagnostic = { ruleId: 'low-value-item', severity: 'warning', message: '', url: '', range: { start: { line: 5, column: 6 }, end: { line: 5, column: 33 } }, data: { activityLine: 5 } };
    const [justify, ...rest] = quickFixes(withOutcome, text, low);
    assert.deepEqual(rest, []);
    assert.deepEqual(justify && { ...shape(justify), preferred: justify.preferred }, { title: 'Justify as worthy', edits: [[5, 33, 5, 33, ' <!-- worthy: ${1:reason} -->']], preferred: true });
  });

});

describe('quickFixes for durations and the week', async () => {
  const { analysis } = await analyzed(REVIEW);
  const fixes = (ruleId: string, line: number) => quickFixes(analysis, REVIEW, findingOf(analysis, ruleId, line));

  it('resolves a duration conflict both ways, swallowing the space before the bracket', () => {
    const [keep, use] = fixes('duration-conflict', 11);
    assert.deepEqual(shape(keep!), { title: 'Remove the bracketed (3h) (keep 2 hrs)', edits: [[11, 52, 11, 57, '']] });
    assert.equal(keep!.preferred, true);
    assert.deepEqual(shape(use!), { title: 'Use 3h as the duration', edits: [[11, 3, 11, 8, '3h'], [11, 52, 11, 57, '']] });
    assert.equal(lineOf(applyEdits(REVIEW, keep!.edits), 11), '- 2 hrs Career ladder calibration with all managers');
    assert.equal(lineOf(applyEdits(REVIEW, use!.edits), 11), '- 3h Career ladder calibration with all managers');
  });

  it('repairs a parent duration to the sum of its nested activities', () => {
    const actions = fixes('duration-mismatch', 17);
    assert.deepEqual(actions.map(shape), [{ title: 'Change duration to 2h', edits: [[17, 3, 17, 5, '2h']] }]);
    assert.equal(actions[0]?.preferred, true);
  });

  it('repairs a malformed duration with the suggested spelling', async () => {
    const text = '---\nweek: 2026-W47\n---\n## Recruiting\n- 2h30 Phone screen\n';
    const { analysis: invalid } = await analyzed(text);
    const issue = invalid.diagnostics.find((d) => d.ruleId === 'invalid-duration');
    assert.ok(issue);
    const actions = quickFixes(invalid, text, issue);
    assert.deepEqual(actions.map(shape), [{ title: 'Change duration to 2h30m', edits: [[5, 3, 5, 7, '2h30m']] }]);
    assert.equal(lineOf(applyEdits(text, actions[0]!.edits), 5), '- 2h30m Phone screen');
  });

  it('offers nothing for an invalid duration without a suggestion', () => {
    assert.deepEqual(fixes('invalid-duration', 13), []);
  });

  it('sets the front matter week to the file name\'s, keeping the comment', () => {
    const actions = fixes('week-mismatch', 2);
    assert.deepEqual(actions.map(shape), [{ title: 'Change week to 2026-W47', edits: [[2, 7, 2, 15, '2026-W47']] }]);
    assert.equal(lineOf(applyEdits(REVIEW, actions[0]!.edits), 2), 'week: 2026-W47   # typo');
  });
});

describe('normalizeRefactors', async () => {
  const { analysis } = await analyzed(REVIEW);

  it('normalizes an unusual spelling on the line and leaves canonical ones alone', () => {
    const actions = normalizeRefactors(analysis, 11);
    assert.deepEqual(actions.map((a) => ({ ...shape(a), kind: a.kind })), [{ title: 'Normalize duration to 2h', edits: [[11, 3, 11, 8, '2h']], kind: 'refactor' }]);
    assert.deepEqual(normalizeRefactors(analysis, 7), []);
    assert.deepEqual(normalizeRefactors(analysis, 6), []);
  });

  it('keeps brackets when normalizing a bracketed token', async () => {
    const text = '---\nweek: 2026-W47\n---\n## Recruiting\n- Phone screen (90 min)\n';
    const { analysis: bracketed } = await analyzed(text);
    assert.deepEqual(normalizeRefactors(bracketed, 5).map(shape), [{ title: 'Normalize duration to (1h30m)', edits: [[5, 16, 5, 24, '(1h30m)']] }]);
  });
});
