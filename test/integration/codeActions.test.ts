// Quick fixes and refactors through vscode.executeCodeActionProvider on
// actions/2026-W41.md: the offered titles, applying one with
// workspace.applyEdit (diagnostics follow the new text) and undo restoring
// the text byte for byte (diagnostics come back).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, describeAll, firstDiagnostics, open, ruleOf, waitForDiagnostics, waitForText, wsUri } from './helpers';

const file = () => wsUri('actions', '2026-W41.md');
// 0-based lines in actions/2026-W41.md.
const PRS_LINE = 8; // - 1h Reviewed two small PRs in the billing service
const INBOX_LINE = 11; // - 2h Cleaned up my inbox  (uncategorized + low-value)
const HRS_LINE = 12; // - 2 hrs Quarterly planning …  (unusual duration spelling)

async function actionsAt(line: number, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const document = await vscode.workspace.openTextDocument(file());
  const range = new vscode.Range(line, 4, line, 4);
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind?.value);
}

async function undoUntil(document: vscode.TextDocument, original: string): Promise<void> {
  const restored = waitForText(document, (t) => t === original);
  await vscode.commands.executeCommand('undo');
  await restored;
}

describe('code actions', () => {
  let editor: vscode.TextEditor, original: string, originalDiagnostics: string[];

  before(async () => {
    await activateExtension();
    editor = await open(file());
    original = editor.document.getText();
    originalDiagnostics = describeAll(await firstDiagnostics(file()));
  });
  after(async () => { await vscode.commands.executeCommand('workbench.action.files.revert'); await closeAll(); });

  it('offers "Categorize as …" for every rubric category on an uncategorized item', async () => {
    const titles = (await actionsAt(INBOX_LINE, vscode.CodeActionKind.QuickFix)).map((a) => a.title);
    for (const name of ['Recruiting', 'Engineering culture', 'Sales & customers', 'Connecting with other departments']) {
      assert.ok(titles.includes(`Categorize as ${name}`), `missing "Categorize as ${name}" in ${titles.join(' | ')}`);
    }
    assert.ok(titles.includes('Add an outcome'), 'low-value item offers "Add an outcome"');
    assert.ok(titles.includes('Justify as worthy'), 'low-value item offers "Justify as worthy"');
  });

  it('categorizing adds the tag, clears "uncategorized", and undo restores the text byte for byte', async () => {
    const action = (await actionsAt(INBOX_LINE, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Categorize as Recruiting');
    assert.ok(action?.edit, 'Categorize as Recruiting has an edit');
    // (executeCodeActionProvider does not hand back action.diagnostics; check the kind instead.)
    assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), 'a quick fix');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(editor.document.lineAt(INBOX_LINE).text, '- 2h Cleaned up my inbox #recruiting');
    await waitForDiagnostics(file(), (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'uncategorized'), { what: 'uncategorized to disappear' });

    await undoUntil(editor.document, original);
    assert.equal(editor.document.getText(), original);
    const back = await waitForDiagnostics(file(), (list) => list.some((d) => ruleOf(d) === 'uncategorized'), { what: 'uncategorized to return' });
    assert.deepEqual(describeAll(back), originalDiagnostics);
  });

  it('"Justify as worthy" inserts a worthy comment that silences the low-value warning; undo restores it', async () => {
    const action = (await actionsAt(PRS_LINE, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Justify as worthy');
    assert.ok(action?.edit, 'Justify as worthy has an edit');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.match(editor.document.lineAt(PRS_LINE).text, /^- 1h Reviewed two small PRs in the billing service <!-- worthy: reason -->$/);
    await waitForDiagnostics(file(), (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'low-value-item' && d.range.start.line === PRS_LINE), { what: 'the low-value warning on the justified line to go' });
    await undoUntil(editor.document, original);
    await waitForDiagnostics(file(), (list) => describeAll(list).join() === originalDiagnostics.join(), { what: 'the original diagnostics' });
  });

  it('offers "Normalize duration" as a refactor on "2 hrs" and applies it', async () => {
    const actions = await actionsAt(HRS_LINE, vscode.CodeActionKind.RefactorRewrite);
    const normalize = actions.find((a) => a.title === 'Normalize duration to 2h');
    assert.ok(normalize?.edit, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(normalize.edit));
    assert.ok(editor.document.lineAt(HRS_LINE).text.startsWith('- 2h Quarterly planning'), editor.document.lineAt(HRS_LINE).text);
    await undoUntil(editor.document, original);
    assert.equal(editor.document.getText(), original);
  });

  it('offers nothing for a clean, worthy line', async () => {
    const actions = await actionsAt(7, vscode.CodeActionKind.QuickFix);
    assert.deepEqual(actions.map((a) => a.title), []);
  });
});
