// Adversarial cases in the extension host: a markdown file that is not a
// review gets nothing; edits racing in-flight checks end with diagnostics for
// the final text; a 1 MB review gets its diagnostics without taking the host
// down; a review with more findings than VS Code shows gets those on screen;
// a review renamed and deleted while the summary panel shows it does
// not break the extension.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, closeAll, describeAll, engineExpectation, firstDiagnostics, hoverText, open, ours, pollUntil, ruleOf, summaryTab, waitForDiagnostics, writeFile, wsUri,
} from './helpers';

describe('robustness', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('a non-review markdown file gets no diagnostics, lenses, hovers or fixes', async () => {
    const notes = wsUri('notes.md');
    await open(notes);
    // Barrier instead of a sleep: the controller handles opened documents in
    // order, so once a review opened after notes.md has diagnostics, notes.md
    // has been looked at too.
    await open(wsUri('team', '2026-W40.md'), vscode.ViewColumn.Two);
    await firstDiagnostics(wsUri('team', '2026-W40.md'));
    assert.deepEqual(describeAll(ours(notes)), []);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', notes);
    assert.equal(lenses.filter((l) => l.command?.command.startsWith('weeklyReview.')).length, 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', notes, new vscode.Position(6, 8));
    assert.equal(hovers.map(hoverText).filter((t) => t.includes('Score')).length, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', notes, new vscode.Range(6, 4, 6, 4));
    assert.equal(actions.filter((a) => /Categorize|worthy|outcome|duration/.test(a.title)).length, 0);
  });

  it('edits racing in-flight checks end with diagnostics matching the final text', async function () {
    this.timeout(40_000);
    const config = vscode.workspace.getConfiguration('weeklyReview');
    // No debounce: every edit starts a check at once, so checks are in flight while the next edits land.
    await config.update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = wsUri('generated', '2026-W36.md');
      const head = '---\nweek: 2026-W36\n---\n\n# Week 36\n\n## Other\n';
      await writeFile(uri, head);
      const editor = await open(uri);
      const items = ['- 1h Cleaned up my inbox', '- 2h Tweaked staging logging config #operations', '- 30m Quarterly planning with product and finance → plan agreed #departments', '- 45m Fixed typos in an old blog post'];
      // Append, then rewrite lines, without waiting for diagnostics in between.
      for (let i = 0; i < 12; i++) {
        const document = editor.document;
        const edit = new vscode.WorkspaceEdit();
        if (i % 3 === 2) edit.replace(uri, document.lineAt(document.lineCount - 2).range, items[(i + 1) % items.length]!);
        else edit.insert(uri, new vscode.Position(document.lineCount - 1, 0), `${items[i % items.length]}\n`);
        assert.ok(await vscode.workspace.applyEdit(edit));
        // Half-way, let one check finish so a stale result could land after later edits.
        if (i === 5) await waitForDiagnostics(uri, (l) => l.length > 0, { what: 'a mid-way check' });
      }
      const finalText = editor.document.getText();
      const expected = await engineExpectation(uri, finalText);
      assert.ok(expected.length > 0, 'the final text has findings');
      const list = await waitForDiagnostics(uri, (l) => describeAll(l).join('\n') === expected.join('\n'), { what: 'diagnostics for the final text', timeoutMs: 20_000 });
      assert.deepEqual(describeAll(list), expected);
      assert.equal(editor.document.getText(), finalText);
      await vscode.commands.executeCommand('workbench.action.files.save');
    } finally {
      await config.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

describe('robustness: size and file moves', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('a 1 MB review gets its diagnostics and the host stays responsive', async function () {
    this.timeout(120_000);
    const uri = wsUri('generated', '2026-W20.md');
    const lines = ['---', 'week: 2026-W20', 'hours: 45', '---', '', '# Week 20 review', ''];
    const headings = ['## Engineering culture', '## Engineering operations', '## Recruiting', '## Other'];
    const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(2);
    let size = 0;
    for (let i = 0; size < 1_050_000; i++) {
      const block: string[] = [];
      if (i % 100 === 0) block.push(headings[(i / 100) % 4]!);
      block.push(i % 50 === 0 ? `- 30m Tweaked staging logging config number ${i}` : `Paragraph ${i}: ${filler}`, '');
      for (const l of block) size += l.length + 1;
      lines.push(...block);
    }
    const text = `${lines.join('\n')}\n`;
    assert.ok(text.length > 1_000_000, `generated ${text.length} bytes`);
    await writeFile(uri, text);
    const started = Date.now();
    await open(uri);
    const list = await firstDiagnostics(uri, 90_000);
    const elapsed = Date.now() - started;
    const expected = await engineExpectation(uri, text);
    assert.deepEqual(describeAll(list), expected, `diagnostics after ${elapsed} ms`);
    assert.ok(list.filter((d) => ruleOf(d) === 'low-value-item').length > 100);
    // Still answering: a hover on the small review comes back.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', wsUri('2026-W45.md'), new vscode.Position(41, 10));
    assert.ok(hovers.map(hoverText).some((t) => t.includes('Score')), 'hover on 2026-W45.md after the 1 MB check');
  });

  it('a review with more findings than VS Code shows gets those on screen, and a keystroke re-makes none of the other parts\' diagnostics', async function () {
    this.timeout(120_000);
    const uri = wsUri('generated', '2026-W21.md');
    const lines = ['---', 'week: 2026-W21', '---', '', '# Week 21'];
    for (let i = 0; lines.length < 2_900; i++) {
      if (i % 70 === 0) lines.push('', '## Engineering operations');
      lines.push(`- 30m Tweaked staging logging config number ${i}`);
    }
    const text = `${lines.join('\n')}\n`;
    await writeFile(uri, text);
    const expected = new Set(await engineExpectation(uri, text));
    assert.ok(expected.size > 2_500, `${expected.size} findings`);
    const editor = await open(uri);
    // At the top: the first parts (512 lines each) up to 1,000 diagnostics, every one the engine's.
    const top = await firstDiagnostics(uri, 60_000);
    assert.ok(top.length > 500 && top.length <= 1_000, `${top.length} shown at the top`);
    assert.ok(top.every((d) => d.range.start.line < 1_024));
    assert.deepEqual(describeAll(top).filter((d) => !expected.has(d)), []);
    // Scrolled to the end: the parts there, and the top ones are gone.
    const line = 2_700;
    const scrolled = waitForDiagnostics(uri, (list) => list.some((d) => d.range.start.line === line) && list.every((d) => d.range.start.line >= 2_048), { what: 'the diagnostics of the parts on screen' });
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    const bottom = await scrolled;
    assert.ok(bottom.length <= 1_000);
    assert.deepEqual(describeAll(bottom).filter((d) => !expected.has(d)), []);
    // A keystroke on line 2,700 (part 5): part 4's diagnostics are the very same objects (none re-made;
    // that only the changed part is sent again is checked on the engine in test/unit/extension/diagnosticParts.test.ts).
    const end = editor.document.lineAt(line).range.end;
    const typed = waitForDiagnostics(uri, (list) => list.some((d) => d.range.start.line === line && d.range.end.character === end.character + 1), { what: 'the typed line\'s diagnostic' });
    assert.ok(await editor.edit((builder) => builder.insert(end, 'x')));
    const after = await typed;
    const inPartFour = (list: vscode.Diagnostic[]) => list.filter((d) => Math.floor(d.range.start.line / 512) === 4);
    assert.ok(inPartFour(bottom).length > 0);
    assert.deepEqual(inPartFour(after).map((d, i) => d === inPartFour(bottom)[i]), inPartFour(bottom).map(() => true));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('renaming and deleting the review the panel shows does not break the extension', async () => {
    const uri = wsUri('generated', '2026-W43.md');
    await writeFile(uri, '---\nweek: 2026-W43\n---\n\n## Other\n- 2h Cleaned up my inbox\n');
    await open(uri);
    await firstDiagnostics(uri);
    await vscode.commands.executeCommand('weeklyReview.summarize');
    await pollUntil(() => (summaryTab()?.label === 'Weekly Review 2026-W43' ? true : undefined), 'the panel to show 2026-W43');

    const renamed = wsUri('generated', '2026-W43-renamed.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit), 'rename applied');
    await waitForDiagnostics(uri, (l) => l.length === 0, { what: 'the old name\'s diagnostics to clear' });
    await firstDiagnostics(renamed);
    await vscode.workspace.fs.delete(renamed);
    assert.ok(summaryTab(), 'the panel survives');

    // The extension still works: the panel follows another review.
    await open(wsUri('2026-W45.md'));
    await firstDiagnostics(wsUri('2026-W45.md'));
    await vscode.commands.executeCommand('weeklyReview.summarize');
    await pollUntil(() => (summaryTab()?.label === 'Weekly Review 2026-W45' ? true : undefined), 'the panel to show 2026-W45 after the delete');
  });
});
