// The review over time in a real VS Code, on the history/ run of the fixture
// workspace (its own rubric and people.yaml; weeks 38–44 with week 41
// missing): the overdue 1:1 diagnostic on the latest review's title, the
// category heading hover with the last 8 weeks (gaps shown as gaps), both
// following an older review changed on disk, duplicate weeks on both files,
// and the 1:1 quick fix with undo. Expected numbers are counted here from the
// fixture text, not taken from the engine.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, hoverText, open, pollUntil, ruleOf, waitForDiagnostics, waitForText, writeFile, wsUri } from './helpers';

const latest = () => wsUri('history', '2026-W44.md');
const older = () => wsUri('history', '2026-W42.md');
// 0-based lines in history/2026-W44.md.
const TITLE_LINE = 4; // # Week 44 review
const CULTURE_HEADING = 6; // ## Engineering culture

const overdue = (list: vscode.Diagnostic[]) => list.filter((d) => ruleOf(d) === 'overdue-one-on-one');

/** The culture hover's table rows as `week share` pairs, once `accept` likes them. */
async function cultureHover(accept: (rows: string[]) => boolean, what: string): Promise<string[]> {
  return pollUntil(async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', latest(), new vscode.Position(CULTURE_HEADING, 5));
    const text = hovers.map(hoverText).find((t) => t.includes('last 8 weeks'));
    if (!text) return undefined;
    const rows = [...text.matchAll(/^\| (\d{4}-W\d{2}) \| ([^|]+?) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    return accept(rows) ? rows : undefined;
  }, what);
}

describe('the review over time (history/ run)', () => {
  let olderText: string;

  before(async () => {
    await activateExtension();
    olderText = new TextDecoder().decode(await vscode.workspace.fs.readFile(older()));
  });
  afterEach(async () => {
    await writeFile(older(), olderText);
    await closeAll();
  });

  it('puts one information diagnostic per overdue person on the latest review\'s title', async () => {
    await open(latest());
    const list = overdue(await waitForDiagnostics(latest(), (l) => overdue(l).length > 0, { what: 'the overdue 1:1 diagnostic' }));
    assert.equal(list.length, 1, 'Ana only: Bo had a 1:1 in W43, Cy never had one (listed, not overdue)');
    const [diagnostic] = list as [vscode.Diagnostic];
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(diagnostic.range.start.line, TITLE_LINE);
    // W38 → W44 is 6 weeks against a 2-week cadence.
    assert.match(diagnostic.message, /Ana Silva \(@ana\).*6 weeks since the last one \(2026-W38.*overdue by 4 weeks/);
    assert.ok(diagnostic.message.includes('(2026-W38, history/2026-W38.md:8)'), `the last 1:1 named relative to the workspace: ${diagnostic.message}`);
  });

  it('hovering a category heading shows its last 8 weeks, a missing week as a gap', async () => {
    await open(latest());
    // Culture / total per week, counted from the fixture: W38 1h+1h of 4h, W39 1h of 4h, W40 2h of 4h, W42 1h of 4h, W43 2h of 4h, W44 1h of 4h.
    const rows = await cultureHover((r) => r.length === 8, 'the culture hover');
    assert.deepEqual(rows, ['2026-W37 — no review', '2026-W38 50%', '2026-W39 25%', '2026-W40 50%', '2026-W41 — no review', '2026-W42 25%', '2026-W43 50%', '2026-W44 25%']);
  });

  it('both follow an older review changed on disk: a 1:1 with Ana in W42 ends the overdue, W42\'s share moves', async () => {
    await open(latest());
    await waitForDiagnostics(latest(), (l) => overdue(l).length === 1, { what: 'the overdue diagnostic first' });
    const changed = olderText.replace('## Engineering culture\n', '## Engineering culture\n- 1h 1:1 with @ana about her team\'s goals → 2 goals agreed\n');
    assert.notEqual(changed, olderText);
    await writeFile(older(), changed);
    // W42 → W44 is 2 weeks: within Ana's 2-week cadence.
    await waitForDiagnostics(latest(), (l) => overdue(l).length === 0, { what: 'the overdue diagnostic to go after W42 changed on disk' });
    // W42 culture is now 2h of 5h.
    const rows = await cultureHover((r) => r.includes('2026-W42 40%'), 'the culture hover to show W42 at 40%');
    assert.ok(rows.includes('2026-W41 — no review'));

    await writeFile(older(), olderText);
    await waitForDiagnostics(latest(), (l) => overdue(l).length === 1, { what: 'the overdue diagnostic to return' });
  });

  it('the quick fix plans the 1:1 under the culture heading as one edit, and undo removes it', async () => {
    const editor = await open(latest());
    const original = editor.document.getText();
    const [diagnostic] = overdue(await waitForDiagnostics(latest(), (l) => overdue(l).length === 1, { what: 'the overdue diagnostic' }));
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', latest(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const plan = actions.find((a) => a.title === 'Plan a 1:1 with @ana');
    assert.ok(plan?.edit, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(plan.edit));
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[CULTURE_HEADING + 2], '- [ ] 30m 1:1 with @ana', `the planned item right after the culture items:\n${lines.join('\n')}`);
    assert.equal(lines.length, original.split('\n').length + 1, 'one line added');

    const restored = waitForText(editor.document, (t) => t === original);
    await vscode.commands.executeCommand('undo');
    await restored;
    assert.equal(editor.document.getText(), original);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('two files claiming one week both get duplicate-week, until one goes', async () => {
    const copy = wsUri('history', '2026-W43-copy.md');
    const w43 = wsUri('history', '2026-W43.md');
    await writeFile(copy, '---\nweek: 2026-W43\n---\n\n## Engineering culture\n- 1h Team lunch → 2 new mentors\n');
    const duplicate = (l: vscode.Diagnostic[]) => l.some((d) => ruleOf(d) === 'duplicate-week' && d.range.start.line === 1);
    await waitForDiagnostics(w43, duplicate, { what: 'duplicate-week on 2026-W43.md' });
    await waitForDiagnostics(copy, duplicate, { what: 'duplicate-week on the copy' });
    await vscode.workspace.fs.delete(copy);
    await waitForDiagnostics(w43, (l) => !l.some((d) => ruleOf(d) === 'duplicate-week'), { what: 'duplicate-week to clear' });
  });
});

describe('weeklyReview.files adds reviews to the runs', () => {
  before(activateExtension);

  it('a file matched only by the globs takes part (here: a duplicate of week 43)', async () => {
    const config = vscode.workspace.getConfiguration('weeklyReview');
    const notes = wsUri('history', 'notes-late.md');
    const w43 = wsUri('history', '2026-W43.md');
    await writeFile(notes, '---\nweek: 2026-W43\n---\n\n## Engineering culture\n- 1h Team lunch → 2 new mentors\n');
    await config.update('files', ['history/notes-*.md'], vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(notes, (l) => l.some((d) => ruleOf(d) === 'duplicate-week'), { what: 'duplicate-week on the glob-matched file' });
      await waitForDiagnostics(w43, (l) => l.some((d) => ruleOf(d) === 'duplicate-week'), { what: 'duplicate-week on 2026-W43.md' });
    } finally {
      await config.update('files', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(notes);
    }
    await waitForDiagnostics(w43, (l) => !l.some((d) => ruleOf(d) === 'duplicate-week'), { what: 'duplicate-week to clear' });
  });
});

describe('New weekly review and the run\'s open asks', () => {
  before(activateExtension);
  after(closeAll);

  it('carries the run\'s open asks forward under "Open asks", with their people', async () => {
    const config = vscode.workspace.getConfiguration('weeklyReview');
    await config.update('folder', 'history', vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.commands.executeCommand('weeklyReview.newReview');
      const document = vscode.window.activeTextEditor?.document;
      assert.ok(document && document.uri.path.includes('/history/'), `a new review in history/: ${document?.uri.path}`);
      // The W39 ask is still unchecked; the W40 one was checked when written.
      assert.match(document.getText(), /\n## Open asks\n- \[ \] Send @ana the hiring plan for 2027 #ask\n/);
      assert.ok(!document.getText().includes('storage RFC'), 'a done ask stays behind');
      await closeAll();
      await vscode.workspace.fs.delete(document.uri);
    } finally {
      await config.update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
