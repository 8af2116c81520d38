// Restricted Mode may not read rubrics outside the workspace folders: a
// review's front matter `rubric:` (relative with `..`, or absolute) and a
// rubric's `extends` are refused with a rubric-error that says why. The
// outside file is a valid rubric, so a read would have loaded it without
// error: in the trusted pass it does, which proves the refusal is the only
// difference. Tagged @untrusted: it runs in both passes of scripts/test-vscode.mjs.

import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAll, describeAll, open, ruleOf, waitForDiagnostics, workspaceFolder, writeFile, wsUri } from './helpers';

const restricted = process.env.WEEKLY_REVIEW_EXPECT_UNTRUSTED === '1';
const REFUSAL = /Restricted Mode: rubric path .*outside-rubric\.yaml is outside the workspace folders/;

function review(week: number, rubric?: string): string {
  // The inbox item is flagged under any working rubric, so every pass has a publication to wait for.
  return `---\nweek: 2026-W${week}\n${rubric ? `rubric: ${rubric}\n` : ''}---\n\n## Other\n- 1h Cleaned up my inbox\n`;
}

describe('Restricted Mode rubric paths @untrusted', () => {
  let outside: string;

  before(async () => {
    await activateExtension();
    // Beside the workspace folder, i.e. outside it; a valid rubric, so only a refusal can make it fail.
    outside = path.join(path.dirname(workspaceFolder().uri.fsPath), 'outside-rubric.yaml');
    writeFileSync(outside, 'extends: cto\nthreshold: 0.4\n');
  });
  after(closeAll);

  async function rubricErrors(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
    await open(uri);
    const list = restricted
      ? await waitForDiagnostics(uri, (l) => l.some((d) => ruleOf(d) === 'rubric-error'), { what: 'a rubric-error' })
      : await waitForDiagnostics(uri, (l) => l.some((d) => ruleOf(d) === 'low-value-item'), { what: 'the inbox item judged by the outside rubric' });
    return list.filter((d) => ruleOf(d) === 'rubric-error');
  }

  it(`${restricted ? 'refuses' : 'reads'} front matter "rubric: ../../outside-rubric.yaml" @untrusted`, async () => {
    const uri = wsUri('restricted', '2026-W38.md');
    await writeFile(uri, review(38, '../../outside-rubric.yaml'));
    const errors = await rubricErrors(uri);
    if (!restricted) return assert.deepEqual(describeAll(errors), []);
    assert.equal(errors.length, 1, describeAll(errors).join());
    assert.match(errors[0]!.message, REFUSAL);
    // On the `rubric:` line of the front matter.
    assert.equal(errors[0]!.range.start.line, 2);
  });

  it(`${restricted ? 'refuses' : 'reads'} an absolute front matter rubric path outside the workspace @untrusted`, async () => {
    const uri = wsUri('restricted', '2026-W37.md');
    await writeFile(uri, review(37, vscode.Uri.file(outside).path));
    const errors = await rubricErrors(uri);
    if (!restricted) return assert.deepEqual(describeAll(errors), []);
    assert.equal(errors.length, 1, describeAll(errors).join());
    assert.match(errors[0]!.message, REFUSAL);
  });

  it(`${restricted ? 'refuses' : 'follows'} a workspace rubric's "extends" outside the workspace @untrusted`, async () => {
    const rubric = wsUri('restricted', 'extends', '.weekly-review.yaml');
    await writeFile(rubric, 'extends: ../../../outside-rubric.yaml\n');
    const uri = wsUri('restricted', 'extends', '2026-W36.md');
    await writeFile(uri, review(36));
    const errors = await rubricErrors(uri);
    if (!restricted) return assert.deepEqual(describeAll(errors), []);
    assert.equal(errors.length, 1, describeAll(errors).join());
    assert.match(errors[0]!.message, /"extends" names "\.\.\/\.\.\/\.\.\/outside-rubric\.yaml": Restricted Mode: rubric path .* is outside the workspace folders/);
    // The problem is shown in the rubric file itself too.
    const inRubric = await waitForDiagnostics(rubric, (l) => l.length > 0, { what: 'the refusal in the rubric file' });
    assert.match(inRubric[0]!.message, REFUSAL);
  });
});
