// Hostile input 11: in Restricted Mode, a write through a linked folder. A
// repository whose `.weekly-review` is a link to a folder outside (or whose
// `.weekly-review.yaml` is a link to a missing file outside) got "remember"
// and "teach" planned as creations inside the workspace: the real-path check
// asked only of files that exist, so the language server sent its client an
// edit creating `verdicts.yaml` where the link leads, and the extension
// created it there. A file not there yet is now placed by its nearest
// existing folder's real path (src/lsp/host.ts, the extension's
// platformNode.ts), and the plan asks the host before it plans any write.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createReviewService, createReviewWorkspace, reviewHostOf, type FileChange, type ReviewState } from '../../../src/core';
import { nodePlatform } from '../../../src/extension/platformNode';
import { LspHost } from '../../../src/lsp/host';

/** A heading no category names (line 4: teach) and two low-value items (line 6: remember). */
const W46 = '---\nweek: 2026-W46\n---\n## Platform work\n- 2h Kubernetes upgrade planning with SRE\n- 1h Fixed a typo in the README\n';

/** A workspace folder with a review, a folder outside it, and `link(ws, outside)` run to make links. */
function disk(link: (ws: string, outside: string) => void): { ws: string; outside: string; review: string } {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'wr-linked-')));
  const ws = path.join(root, 'ws');
  const outside = path.join(root, 'outside');
  mkdirSync(path.join(ws, 'reviews'), { recursive: true });
  mkdirSync(outside);
  const review = path.join(ws, 'reviews', '2026-W46.md');
  writeFileSync(review, W46);
  link(ws, outside);
  return { ws, outside, review };
}

async function plans(ws: string, review: string, trusted: boolean): Promise<{ remember: unknown; teach: unknown }> {
  const host = new LspHost({ folders: [ws], trusted, openText: () => undefined, log: () => undefined });
  const workspace = createReviewWorkspace(createReviewService(reviewHostOf(host)), host);
  const state = await new Promise<ReviewState>((resolve) => {
    workspace.onDidAnalyze((analysed) => analysed.path === review && resolve(analysed));
    workspace.open(review, W46, 1);
  });
  const at = (line: number) => workspace.codeActions(review, { start: { line, column: 1 }, end: { line, column: 1 } });
  assert.deepEqual(state.analysis.diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.range.start.line), [5, 6]);
  const remember = await workspace.resolveChange(review, at(6).find((a) => a.remember) as never);
  const teach = await workspace.resolveChange(review, at(4).find((a) => a.teach) as never);
  workspace.dispose();
  return { remember, teach };
}

const created = (change: unknown) => [(change as FileChange).path, (change as FileChange).create];

describe('writes through a linked folder in Restricted Mode (hostile input 11)', () => {
  it('remember is refused when .weekly-review leads outside; trusted, it is planned as before', async () => {
    const { ws, outside, review } = disk((ws, outside) => symlinkSync(outside, path.join(ws, '.weekly-review')));
    const untrusted = await plans(ws, review, false);
    assert.deepEqual(untrusted.remember, { refused: `Restricted Mode: rubric path ${ws}/.weekly-review/verdicts.yaml leads to ${outside}/verdicts.yaml, outside the workspace folders` });
    assert.deepEqual(created((await plans(ws, review, true)).remember), [`${ws}/.weekly-review/verdicts.yaml`, true]);
    // The extension's real path (its applyFileChange refuses by it) places the file alike.
    assert.equal(await nodePlatform.disk?.realPath(`${ws}/.weekly-review/verdicts.yaml`), `${outside}/verdicts.yaml`);
    // Refused for writing, yet no rubric or verdicts file is there: the nearest-rubric walk passes it over.
    assert.deepEqual(await Promise.all([`${ws}/.weekly-review/verdicts.yaml`, `${ws}/.weekly-review`].map((file) => nodePlatform.disk?.exists(file))), [false, true]);
  });

  it('teach is refused when .weekly-review.yaml is a link to a missing file outside', async () => {
    const { ws, review } = disk((ws, outside) => symlinkSync(path.join(outside, 'gone.yaml'), path.join(ws, '.weekly-review.yaml')));
    assert.deepEqual((await plans(ws, review, false)).teach, { refused: `Restricted Mode: rubric path ${ws}/.weekly-review.yaml is a link to a missing file` });
  });

  it('a file not there yet in a real folder is planned as before, untrusted', async () => {
    const { ws, review } = disk(() => undefined);
    const { remember, teach } = await plans(ws, review, false);
    assert.deepEqual([created(remember), created(teach)], [[`${ws}/.weekly-review/verdicts.yaml`, true], [`${ws}/.weekly-review.yaml`, true]]);
  });
});
