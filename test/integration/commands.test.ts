// Every contributed command runs in the real workbench: Summarize week opens
// the webview panel, New weekly review creates this ISO week's file with last
// week's unchecked items carried over (and never overwrites), Insert summary
// table is idempotent, Open rubric opens the rubric in effect.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, exists, firstDiagnostics, open, pollUntil, summaryTab, writeFile, wsUri } from './helpers';

const COMMANDS = ['weeklyReview.summarize', 'weeklyReview.newReview', 'weeklyReview.importCalendar', 'weeklyReview.insertSummaryTable', 'weeklyReview.openRubric'];

/** ISO 8601 week of the local calendar day, computed here independently of the engine. */
function isoWeek(date: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { year: d.getUTCFullYear(), week: Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}
const weekName = (w: { year: number; week: number }) => `${w.year}-W${String(w.week).padStart(2, '0')}`;

describe('commands', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('contributes and registers all five commands', async () => {
    const contributed = (vscode.extensions.getExtension('weekly-review.weekly-review')?.packageJSON as { contributes: { commands: { command: string; title: string; category: string }[] } }).contributes.commands;
    assert.deepEqual(contributed.map((c) => c.command).sort(), [...COMMANDS].sort());
    assert.ok(contributed.some((c) => c.category === 'Weekly Review' && c.title === 'Summarize week'));
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of COMMANDS) assert.ok(registered.has(id), `${id} is registered`);
  });

  it('Summarize week opens the panel titled with the week', async () => {
    await open(wsUri('2026-W45.md'));
    await firstDiagnostics(wsUri('2026-W45.md'));
    await vscode.commands.executeCommand('weeklyReview.summarize');
    // No event carries a webview's title change; poll the tab model.
    const tab = await pollUntil(() => (summaryTab()?.label === 'Weekly Review 2026-W45' ? summaryTab() : undefined), 'the summary tab "Weekly Review 2026-W45"');
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the panel opens beside the editor');
  });

  it('New weekly review creates this ISO week\'s file with last week\'s unchecked items carried over', async () => {
    const now = new Date();
    const thisWeek = weekName(isoWeek(now));
    const lastWeek = weekName(isoWeek(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 7)));
    const template = new TextDecoder().decode(await vscode.workspace.fs.readFile(wsUri('templates', 'carry-over.md')));
    await writeFile(wsUri('reviews', `${lastWeek}.md`), template.replace('PREVIOUS_WEEK', lastWeek));
    const target = wsUri('reviews', `${thisWeek}.md`);
    assert.equal(await exists(target), false, 'precondition: this week\'s review does not exist yet');

    await vscode.commands.executeCommand('weeklyReview.newReview');
    assert.ok(await exists(target), `${thisWeek}.md was created in reviews/`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'and opened');
    const text = vscode.window.activeTextEditor.document.getText();
    assert.match(text, new RegExp(`^---\\nweek: ${thisWeek}\\n`));
    // Carried items land under their category; the one under "Other" (no category) under "Carried over".
    assert.match(text, /## Recruiting\n- \[ \] Write the staff engineer job description\n/);
    assert.match(text, /## Engineering operations\n- \[ \] Follow up on the Nov 3 incident action items\n/);
    assert.match(text, /## Carried over\n- \[ \] Book the offsite venue\n/);
    assert.ok(!text.includes('Interviewed two staff engineer'), 'done items stay behind');
    assert.ok(!text.includes('nested sub-task'), 'nested sub-items stay behind');
  });

  it('New weekly review opens, never overwrites, an existing file', async () => {
    const target = wsUri('reviews', `${weekName(isoWeek(new Date()))}.md`);
    if (!(await exists(target))) await vscode.commands.executeCommand('weeklyReview.newReview');
    await writeFile(target, '---\nweek: edited\n---\nmy own text\n');
    await vscode.commands.executeCommand('weeklyReview.newReview');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), '---\nweek: edited\n---\nmy own text\n');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
  });
});

describe('commands: summary table and rubric', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('Insert summary table is idempotent and replaces its block after an edit', async () => {
    // A copy of the example as week 44: one claiming week 45 too would give 2026-W45.md a
    // duplicate-week warning, and later tests compare its diagnostics exactly.
    const uri = wsUri('generated', '2026-W44.md');
    const example = new TextDecoder().decode(await vscode.workspace.fs.readFile(wsUri('2026-W45.md')));
    await writeFile(uri, example.replace('week: 2026-W45', 'week: 2026-W44'));
    const editor = await open(uri);
    await firstDiagnostics(uri);
    editor.selection = new vscode.Selection(6, 0, 6, 0); // the blank line under "# Week 45 review"
    await vscode.commands.executeCommand('weeklyReview.insertSummaryTable');
    const once = editor.document.getText();
    assert.equal(once.split('<!-- weekly-review:summary -->').length, 2, 'one start marker');
    assert.equal(once.split('<!-- /weekly-review:summary -->').length, 2, 'one end marker');
    // Row prefixes only: the Δ/status columns' wording belongs to the shared renderer (core/report).
    const block = once.slice(once.indexOf('<!-- weekly-review:summary -->'), once.indexOf('<!-- /weekly-review:summary -->'));
    assert.ok(block.includes('\n| Engineering culture | 6h 30m | 21% | 25% |'), `culture row with the engine's numbers in:\n${block}`);
    assert.ok(block.includes('\n| **Total** | **31h**'), `total row in:\n${block}`);

    await vscode.commands.executeCommand('weeklyReview.insertSummaryTable');
    assert.equal(editor.document.getText(), once, 'running it twice gives identical text');

    // After an edit the block is replaced in place, not duplicated.
    const edit = new vscode.WorkspaceEdit();
    const line = once.split('\n').findIndex((l) => l.startsWith('- 30m Rearranged'));
    edit.replace(uri, new vscode.Range(line, 2, line, 5), '90m');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.commands.executeCommand('weeklyReview.insertSummaryTable');
    const twice = editor.document.getText();
    assert.equal(twice.split('<!-- weekly-review:summary -->').length, 2, 'still one block');
    assert.ok(twice.includes('| Engineering culture | 7h 30m |'), 'the block shows the new culture total');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Open rubric opens the rubric in effect for the active review', async () => {
    await open(wsUri('team', '2026-W40.md'));
    await firstDiagnostics(wsUri('team', '2026-W40.md'));
    await vscode.commands.executeCommand('weeklyReview.openRubric');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), wsUri('team', '.weekly-review.yaml').toString());
  });
});
