// Workspace trust: the rubric is data, so the extension works in untrusted
// workspaces ("limited" only because its path settings are restricted: their
// workspace values are ignored there) and must check reviews the same way.
// Tests tagged @untrusted also run in a second pass that scripts/test-vscode.mjs
// starts with workspace trust ON (a never-trusted temp folder, so VS Code is in
// Restricted Mode) and WEEKLY_REVIEW_EXPECT_UNTRUSTED=1.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, type CliFinding, describeAll, describeCli, EXTENSION_ID, firstDiagnostics, open, readJson, wsUri } from './helpers';

const expectUntrusted = process.env.WEEKLY_REVIEW_EXPECT_UNTRUSTED === '1';

describe('workspace trust @untrusted', () => {
  after(closeAll);

  it('declares untrusted workspaces supported, with every path-valued setting restricted @untrusted', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown; restrictedConfigurations?: unknown } } };
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['weeklyReview.folder', 'weeklyReview.rubric', 'weeklyReview.files', 'weeklyReview.calendar.url']);
  });

  it(`runs with isTrusted === ${!expectUntrusted} and gives full diagnostics and lenses @untrusted`, async () => {
    assert.equal(vscode.workspace.isTrusted, !expectUntrusted, expectUntrusted ? 'this pass must run in Restricted Mode' : 'trust is off in the default pass, so everything is trusted');
    const extension = await activateExtension();
    assert.ok(extension.isActive);
    await open(wsUri('2026-W45.md'));
    const list = await firstDiagnostics(wsUri('2026-W45.md'));
    assert.deepEqual(describeAll(list), readJson<CliFinding[]>('expected', '2026-W45.check.json').map(describeCli).sort());
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', wsUri('2026-W45.md'));
    assert.equal(lenses.filter((l) => l.command?.command === 'weeklyReview.summarize').length, 8);
  });
});
