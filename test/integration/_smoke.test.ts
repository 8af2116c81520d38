// THROWAWAY smoke test for the runner; delete after verification.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';

async function until<T>(f: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('smoke', () => {
  it('runs in real VS Code with the extension active', async () => {
    assert.match(vscode.version, /^1\.100\./);
    const ext = vscode.extensions.getExtension('smoke.wr-smoke');
    assert.ok(ext, 'extension found');
    const api = await ext.activate();
    assert.strictEqual(api.ping(), 'pong');
    assert.ok(process.env.WEEKLY_REVIEW_TEST_RESULTS, 'results env var reached the extension host');
  });

  it('sets a diagnostic on markdown', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'workspace folder open');
    const uri = vscode.Uri.file(path.join(folder.uri.fsPath, 'note.md'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await until(() => { const d = vscode.languages.getDiagnostics(uri); return d.length ? d : undefined; });
    assert.strictEqual(diags[0]?.message, 'smoke: TODO found');
  });

  it('executes the contributed command', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('smoke.hello'), 'hello');
  });

  it('fails on purpose when SMOKE_FAIL is set', function () {
    if (!process.env.SMOKE_FAIL) this.skip();
    assert.strictEqual(1 + 1, 3, 'deliberate failure');
  });
});
