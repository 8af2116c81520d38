// Issue 23's Restricted Mode acceptance in the real VS Code: a symbolic link
// inside the workspace that leads outside (a nearest rubric, a front matter
// `rubric:`), a refused rubric that "Open rubric" must not open, and
// `weeklyReview.folder` outside the workspace (by `..`, by a link, or as a
// workspace value Restricted Mode ignores). Each is refused with its exact
// message, and nothing outside is opened, read or written: the outside files
// are valid rubrics (a read would judge the review without a rubric-error),
// the outside folder stays empty, and no editor or document shows an outside
// path. The links point outside the fixture workspace, so they are made here,
// beside it, when the suite starts. Tagged @untrusted: the trusted pass shows
// the same files are read, opened and written when the workspace is trusted.

import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAll, describeAll, exists, open, ruleOf, waitForDiagnostics, workspaceFolder, writeFile, wsUri } from './helpers';

const restricted = process.env.WEEKLY_REVIEW_EXPECT_UNTRUSTED === '1';

function review(week: number, rubric?: string): string {
  // The inbox item is flagged under any working rubric, so every pass has a publication to wait for.
  return `---\nweek: 2026-W${week}\n${rubric ? `rubric: ${rubric}\n` : ''}---\n\n## Other\n- 1h Cleaned up my inbox\n`;
}

/** ISO week name of the local calendar day (as "New weekly review" names its file). */
function thisWeek(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const week = Math.ceil(((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

type Show = (message: string, ...items: unknown[]) => Thenable<unknown>;

/** The warnings and errors the extension shows while `run` runs (the tests share the extension's API object). */
async function messagesDuring(run: () => Thenable<unknown>): Promise<string[]> {
  const window = vscode.window as unknown as { showWarningMessage: Show; showErrorMessage: Show };
  const { showWarningMessage, showErrorMessage } = window;
  const shown: string[] = [];
  const capture: Show = (message) => (shown.push(message), Promise.resolve(undefined));
  window.showWarningMessage = capture;
  window.showErrorMessage = capture;
  try {
    await run();
  } finally {
    window.showWarningMessage = showWarningMessage;
    window.showErrorMessage = showErrorMessage;
  }
  return shown;
}

/** Every file an editor tab or an open document shows. */
function shownPaths(): string[] {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => (tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined));
  return [...tabs, ...vscode.workspace.textDocuments.map((document) => document.uri)].flatMap((uri) => (uri?.scheme === 'file' ? [uri.fsPath] : []));
}

function assertNothingShownFrom(...paths: string[]): void {
  const shown = shownPaths();
  for (const file of paths) assert.ok(!shown.includes(file), `${file} is not opened; shown: ${shown.join(', ')}`);
}

describe('Restricted Mode and links leading outside @untrusted', () => {
  let beside: string;
  let outsideRubric: string;
  let outsideFolder: string;

  before(async () => {
    await activateExtension();
    // Beside the workspace folder, i.e. outside it.
    beside = path.dirname(workspaceFolder().uri.fsPath);
    outsideRubric = path.join(beside, 'outside-linked-rubric.yaml');
    writeFileSync(outsideRubric, 'extends: cto\nthreshold: 0.4\n');
    outsideFolder = path.join(beside, 'outside-linked-reviews');
    mkdirSync(outsideFolder, { recursive: true });
    const links = wsUri('links').fsPath;
    mkdirSync(path.join(links, 'nearest'), { recursive: true });
    symlinkSync(outsideRubric, path.join(links, 'nearest', '.weekly-review.yaml'));
    symlinkSync(outsideRubric, path.join(links, 'linked-rubric.yaml'));
    symlinkSync(outsideFolder, path.join(links, 'linked-reviews'));
  });

  after(async () => {
    await closeAll();
    rmSync(outsideFolder, { recursive: true, force: true });
  });

  afterEach(closeAll);

  async function rubricErrors(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
    await open(uri);
    const list = restricted
      ? await waitForDiagnostics(uri, (l) => l.some((d) => ruleOf(d) === 'rubric-error'), { what: 'a rubric-error' })
      : await waitForDiagnostics(uri, (l) => l.some((d) => ruleOf(d) === 'low-value-item'), { what: 'the inbox item judged by the outside rubric' });
    return list.filter((d) => ruleOf(d) === 'rubric-error');
  }

  const leadsOutside = (link: vscode.Uri) => `Restricted Mode: rubric path ${link.path} leads to ${realpathSync(outsideRubric)}, outside the workspace folders`;
  /** The review's rubric-error, as the engine words a broken rubric. */
  const notJudged = (link: vscode.Uri) => `Rubric ${link.path} is broken, so this review is not judged. 1:1: ${leadsOutside(link)}. Fix the rubric file; its problems are listed there.`;

  it(`${restricted ? 'refuses' : 'reads'} a nearest .weekly-review.yaml that is a link to a file outside @untrusted`, async () => {
    const uri = wsUri('links', 'nearest', '2026-W34.md');
    await writeFile(uri, review(34));
    const errors = await rubricErrors(uri);
    if (!restricted) return assert.deepEqual(describeAll(errors), []);
    assert.deepEqual(errors.map((d) => d.message), [notJudged(wsUri('links', 'nearest', '.weekly-review.yaml'))]);
    // The link itself gets no problems list: one click there would open the outside file.
    assert.deepEqual(vscode.languages.getDiagnostics(wsUri('links', 'nearest', '.weekly-review.yaml')), []);
    assertNothingShownFrom(outsideRubric, wsUri('links', 'nearest', '.weekly-review.yaml').fsPath);
  });

  it(`${restricted ? 'refuses' : 'reads'} front matter "rubric:" naming a link to a file outside @untrusted`, async () => {
    const uri = wsUri('links', '2026-W33.md');
    await writeFile(uri, review(33, 'linked-rubric.yaml'));
    const errors = await rubricErrors(uri);
    if (!restricted) return assert.deepEqual(describeAll(errors), []);
    assert.deepEqual(errors.map((d) => d.message), [notJudged(wsUri('links', 'linked-rubric.yaml'))]);
    // On the `rubric:` line of the front matter.
    assert.equal(errors[0]!.range.start.line, 2);
  });

  it(`Open rubric ${restricted ? 'does not open a refused rubric' : 'opens the rubric in effect'}, by a link or by a path outside @untrusted`, async () => {
    for (const [week, rubric, file] of [[32, 'linked-rubric.yaml', wsUri('links', 'linked-rubric.yaml')], [31, '../../outside-linked-rubric.yaml', vscode.Uri.file(outsideRubric)]] as const) {
      const uri = wsUri('links', `2026-W${week}.md`);
      await writeFile(uri, review(week, rubric));
      await rubricErrors(uri);
      const shown = await messagesDuring(() => vscode.commands.executeCommand('weeklyReview.openRubric'));
      if (!restricted) {
        assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, file.fsPath);
        continue;
      }
      const reason = rubric.startsWith('..') ? `Restricted Mode: rubric path ${file.path} is outside the workspace folders` : leadsOutside(file);
      assert.deepEqual(shown, [`Weekly Review: ${reason}; it is not opened.`]);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the review stays the active editor');
      assertNothingShownFrom(outsideRubric, file.fsPath);
      await closeAll();
    }
  });

  describe('New weekly review and weeklyReview.folder', () => {
    const config = () => vscode.workspace.getConfiguration('weeklyReview');
    const target = (...folder: string[]) => wsUri(...folder, `${thisWeek()}.md`);

    afterEach(async () => {
      await config().update('folder', undefined, vscode.ConfigurationTarget.Global);
      await config().update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('refuses a ".." that leads outside the workspace folder, in any mode, and writes nothing @untrusted', async () => {
      await config().update('folder', '../outside-linked-reviews', vscode.ConfigurationTarget.Global);
      const shown = await messagesDuring(() => vscode.commands.executeCommand('weeklyReview.newReview'));
      assert.deepEqual(shown, [`Weekly Review: the "weeklyReview.folder" setting "../outside-linked-reviews" leads outside the workspace folder ${workspaceFolder().name}; name a folder inside it, such as "reviews".`]);
      assert.deepEqual(readdirSync(outsideFolder), []);
      assert.equal(vscode.window.activeTextEditor, undefined, 'nothing is opened');
    });

    it(`${restricted ? 'ignores' : 'refuses'} a workspace value of weeklyReview.folder that leads outside @untrusted`, async () => {
      await config().update('folder', '../outside-linked-reviews', vscode.ConfigurationTarget.Workspace);
      const shown = await messagesDuring(() => vscode.commands.executeCommand('weeklyReview.newReview'));
      assert.deepEqual(readdirSync(outsideFolder), []);
      if (!restricted) {
        assert.equal(shown.length, 1, shown.join());
        assert.match(shown[0]!, /^Weekly Review: the "weeklyReview\.folder" setting "\.\.\/outside-linked-reviews" leads outside/);
        return;
      }
      // A restricted setting: the workspace's value is not used, so the review goes to the default folder.
      assert.deepEqual(shown, []);
      const created = target('reviews');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());
      await closeAll();
      await vscode.workspace.fs.delete(created);
    });

    it('never writes through a link to a missing file where this week\'s review would go @untrusted', async () => {
      // Created exclusively: a link is a file that exists, so nothing is written where it leads.
      const missing = path.join(beside, 'outside-missing-review.md');
      mkdirSync(wsUri('dangling').fsPath, { recursive: true });
      symlinkSync(missing, target('dangling').fsPath);
      await config().update('folder', 'dangling', vscode.ConfigurationTarget.Global);
      const run = messagesDuring(() => vscode.commands.executeCommand('weeklyReview.newReview'));
      // Trusted, the existing link is opened as any existing review is, and VS Code cannot open it.
      const shown = restricted ? await run : await assert.rejects(run).then(() => []);
      assert.equal(existsSync(missing), false, `nothing is written to ${missing}`);
      if (!restricted) return;
      assert.deepEqual(shown, [`Weekly Review: Restricted Mode: review ${target('dangling').path} is a link to a missing file; it is not opened.`]);
      assert.equal(vscode.window.activeTextEditor, undefined, 'nothing is opened');
    });

    it(`${restricted ? 'refuses' : 'follows'} a reviews folder that is a link to a folder outside @untrusted`, async () => {
      await config().update('folder', 'links/linked-reviews', vscode.ConfigurationTarget.Global);
      const shown = await messagesDuring(() => vscode.commands.executeCommand('weeklyReview.newReview'));
      if (!restricted) {
        assert.deepEqual(shown, []);
        assert.deepEqual(readdirSync(outsideFolder), [`${thisWeek()}.md`]);
        await closeAll();
        rmSync(path.join(outsideFolder, `${thisWeek()}.md`));
        return;
      }
      const folder = wsUri('links', 'linked-reviews');
      assert.deepEqual(shown, [`Weekly Review: Restricted Mode: reviews folder ${folder.path} leads to ${realpathSync(outsideFolder)}, outside the workspace folders; no review is created there.`]);
      assert.deepEqual(readdirSync(outsideFolder), []);
      assert.equal(await exists(target('links', 'linked-reviews')), false);
      assert.equal(vscode.window.activeTextEditor, undefined, 'nothing is opened');
    });
  });
});
