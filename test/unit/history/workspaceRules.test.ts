// The workspace rules (`scope: 'workspace'`: duplicate-week,
// overdue-one-on-one) run their own ok/not-ok examples through the review
// index, as the hosts do: each example is a run of files, each introduced by a
// `==> path <==` line; rubric files are read, reviews are indexed.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReviewIndex, RULES, runFindings } from '../../../src/core';
import { memoryService } from './helpers';

function filesOf(example: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const part of example.split(/^==> /m).filter(Boolean)) {
    const end = part.indexOf(' <==\n');
    files.set(part.slice(0, end), part.slice(end + 5));
  }
  return files;
}

async function findings(ruleId: string, example: string) {
  const files = filesOf(example);
  const index = createReviewIndex(memoryService(files));
  await index.setFiles([...files].filter(([path]) => path.endsWith('.md')).map(([path, text]) => ({ path, text })));
  return runFindings(index).filter((finding) => finding.ruleId === ruleId);
}

describe('workspace rules run their examples through the review index', () => {
  const workspaceRules = RULES.filter((rule) => rule.scope === 'workspace');

  it('has the two workspace rules', () => {
    assert.deepEqual(workspaceRules.map((rule) => rule.id).sort(), ['duplicate-week', 'overdue-one-on-one']);
  });

  for (const rule of workspaceRules) {
    it(`${rule.id}: ok examples find nothing, not-ok examples find something`, async () => {
      assert.ok(rule.examples.ok.length > 0 && rule.examples.notOk.length > 0);
      for (const ok of rule.examples.ok) assert.deepEqual(await findings(rule.id, ok), [], `ok example reported:\n${ok}`);
      for (const notOk of rule.examples.notOk) assert.ok((await findings(rule.id, notOk)).length > 0, `not-ok example not reported:\n${notOk}`);
    });
  }

  it('honours the rubric rules: block and host overrides (off drops, a severity replaces)', async () => {
    const example = RULES.find((rule) => rule.id === 'overdue-one-on-one')?.examples.notOk[0] ?? '';
    const files = filesOf(example.replace('extends: cto\n', 'extends: cto\nrules: { overdue-one-on-one: warning }\n'));
    const index = createReviewIndex(memoryService(files));
    await index.setFiles([...files].filter(([path]) => path.endsWith('.md')).map(([path, text]) => ({ path, text })));
    assert.deepEqual(runFindings(index).map((f) => f.severity), ['warning']);
    assert.deepEqual(runFindings(index, { 'overdue-one-on-one': 'off' }), []);
  });

  it("honours the review's own disable comments, like its other findings", async () => {
    const example = RULES.find((rule) => rule.id === 'overdue-one-on-one')?.examples.notOk[0] ?? '';
    assert.equal((await findings('overdue-one-on-one', example)).length, 1);
    const silenced = example.replace('# Week 47\n', '<!-- weekly-review-disable-next-line overdue-one-on-one -->\n# Week 47\n');
    assert.deepEqual(await findings('overdue-one-on-one', silenced), []);
    const otherRule = example.replace('# Week 47\n', '<!-- weekly-review-disable-next-line duplicate-week -->\n# Week 47\n');
    assert.equal((await findings('overdue-one-on-one', otherRule)).length, 1);
  });
});
