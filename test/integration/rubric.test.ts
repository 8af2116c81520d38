// Rubric files are live: editing team/.weekly-review.yaml (unsaved, in the
// editor) re-checks the open review under it; a broken rubric shows
// rubric-error diagnostics in the rubric file itself (and the review says it
// is not judged); fixing it clears them; a change on disk (file watcher) is
// picked up too.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, describeAll, firstDiagnostics, open, replaceAll, ruleOf, SOURCE, waitForDiagnostics, writeFile, wsUri } from './helpers';

const review = () => wsUri('team', '2026-W40.md');
const rubric = () => wsUri('team', '.weekly-review.yaml');
const hasLowValue = (list: vscode.Diagnostic[]) => list.some((d) => ruleOf(d) === 'low-value-item' && d.range.start.line === 7);

describe('rubric files', () => {
  let original: string;
  before(async () => {
    await activateExtension();
    original = new TextDecoder().decode(await vscode.workspace.fs.readFile(rubric()));
  });
  after(async () => { await writeFile(rubric(), original); await closeAll(); });

  it('the team rubric applies: the small-PR review item is low-value', async () => {
    await open(review());
    const list = await firstDiagnostics(review());
    assert.deepEqual(describeAll(list), ['low-value-item 7:2-7:50 warning']);
  });

  it('editing the rubric in the editor re-checks the open review', async () => {
    const editor = await open(rubric(), vscode.ViewColumn.Two);
    await replaceAll(editor.document, original.replace('threshold: 0.5', 'threshold: 0'));
    // Every score is ≥ 0, so nothing is low-value any more (whatever the scorer says), with no save needed.
    const list = await waitForDiagnostics(review(), (l) => !hasLowValue(l), { what: 'the low-value warning to go after lowering the threshold' });
    assert.deepEqual(describeAll(list), []);
  });

  it('a broken rubric shows rubric-error in the rubric file itself and in the review', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === rubric().toString());
    assert.ok(editor, 'rubric editor still open');
    await replaceAll(editor.document, original.replace('threshold: 0.5', 'threshold: 7'));
    const problems = await waitForDiagnostics(rubric(), (l) => l.length > 0, { what: 'rubric-error in the rubric file' });
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(ruleOf(problem!), 'rubric-error');
    assert.equal(problem!.source, SOURCE);
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.match(problem!.message, /threshold.*between 0 and 1.*7/);
    // `threshold: 7` is on 0-based line 2 ("# comment" first); the range covers the value.
    assert.ok(problem!.range.isEqual(new vscode.Range(2, 11, 2, 12)), JSON.stringify(problem!.range));
    const inReview = await waitForDiagnostics(review(), (l) => l.some((d) => ruleOf(d) === 'rubric-error'), { what: 'rubric-error in the review' });
    assert.match(inReview.find((d) => ruleOf(d) === 'rubric-error')!.message, /not judged/);
  });

  it('fixing the rubric clears its problems and restores the verdicts', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === rubric().toString());
    assert.ok(editor);
    await replaceAll(editor.document, original);
    await waitForDiagnostics(rubric(), (l) => l.length === 0, { what: 'the rubric problems to clear' });
    const list = await waitForDiagnostics(review(), hasLowValue, { what: 'the low-value warning to return' });
    assert.deepEqual(describeAll(list), ['low-value-item 7:2-7:50 warning']);
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  it('a rubric changed on disk (not in an editor) re-checks open reviews', async () => {
    await closeAll();
    await open(review());
    await writeFile(rubric(), original.replace('threshold: 0.5', 'threshold: 0'));
    await waitForDiagnostics(review(), (l) => !hasLowValue(l), { what: 'the watcher to re-check after the rubric changed on disk' });
    await writeFile(rubric(), original);
    await waitForDiagnostics(review(), hasLowValue, { what: 'the watcher to re-check after the rubric was restored' });
  });
});
