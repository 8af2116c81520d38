// "Teach it once" in the real VS Code: on a heading whose category was
// inferred, the quick fix "Count '## Platform work' as …" creates a
// .weekly-review.yaml (extends: cto) at the workspace folder's root, and the
// next review in the folder gets that category from the heading, without
// asking. The created rubric is removed afterwards so later suites see the
// workspace as it was.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, exists, firstDiagnostics, hoverText, open, pollUntil, ruleOf, waitForDiagnostics, writeFile, wsUri } from './helpers';

const THIS_WEEK = ['---', 'week: 2026-W49', '---', '', '## Platform work', '- 2h Design review of the event bus RFC → approved', '- 1h Spike on the new schema', '- 1h Friday thing with Sam', ''].join('\n');
const NEXT_WEEK = ['---', 'week: 2026-W50', '---', '', '## Platform work', '- 1h Friday thing with Sam', ''].join('\n');
const HEADING_LINE = 4; // 0-based: ## Platform work
const TITLE = "Count '## Platform work' as Long-term architecture & technology direction";

describe('teach a category', () => {
  const rubric = () => wsUri('.weekly-review.yaml');

  before(async () => {
    await activateExtension();
    assert.equal(await exists(rubric()), false, 'the workspace root has no rubric of its own before this test');
    await writeFile(wsUri('teach', '2026-W49.md'), THIS_WEEK);
    await writeFile(wsUri('teach', '2026-W50.md'), NEXT_WEEK);
  });

  after(async () => {
    await closeAll();
    if (await exists(rubric())) await vscode.workspace.fs.delete(rubric());
  });

  it('offers the inferred category first on the heading, writes it into a new rubric, and the next review is categorized by it', async () => {
    const editor = await open(wsUri('teach', '2026-W49.md'));
    await firstDiagnostics(editor.document.uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(HEADING_LINE, 3, HEADING_LINE, 3), vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.equal(titles.filter((t) => t.startsWith("Count '## Platform work' as ")).length, 8, titles.join(' | '));
    const teach = actions.find((a) => a.title === TITLE);
    assert.ok(teach?.command, `"${TITLE}" is offered with a command`);

    assert.equal(await vscode.commands.executeCommand(teach.command.command, ...(teach.command.arguments ?? [])), true);
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(rubric()));
    assert.match(written, /^extends: cto$/m);
    assert.match(written, /^headings:\n {2}Platform work: architecture\n$/m);

    const next = await open(wsUri('teach', '2026-W50.md'));
    // The next review's only item says nothing of its own: the taught heading places it, so no "uncategorized" remains.
    await waitForDiagnostics(next.document.uri, (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'uncategorized'), { what: 'the taught heading to categorize the item' });
    const hover = await pollUntil(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', next.document.uri, new vscode.Position(5, 8));
      const text = hovers.map(hoverText).join('\n');
      return text.includes('from heading “Platform work”') ? text : undefined;
    }, 'a hover saying the category comes from the heading');
    // Markdown-escaped as the hover shows it: "Long\-term architecture \& technology direction".
    assert.ok(hover.includes('Category: **Long\\-term architecture \\& technology direction** — from heading “Platform work”'), hover);
  });
});
