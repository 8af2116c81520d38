// The rule registry: every rule's own ok/not-ok examples (remark-lint style),
// and a consistency check that fails when a rule id is added in one place
// only — the registry, package.json's severity settings, the rubric JSON
// schema, or the README's rule sections.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createReviewService, RULE_IDS, RULES, SEVERITY_SETTINGS } from '../../../src/core';

const service = createReviewService({ readFile: async () => undefined });
const repo = (file: string) => new URL(`../../../${file}`, import.meta.url);

async function findings(ruleId: string, markdown: string) {
  const analysis = await service.analyze('/examples/2026-W47.md', markdown);
  return analysis.diagnostics.filter((d) => d.ruleId === ruleId);
}

describe('every rule runs its own examples', () => {
  // Workspace rules (duplicate-week, overdue-one-on-one) come from the history
  // index, not from one review's analysis: test/unit/history runs their examples.
  for (const rule of RULES.filter((r) => r.scope !== 'workspace')) {
    it(`${rule.id}: ok examples find nothing, not-ok examples find something`, async () => {
      assert.ok(rule.examples.ok.length > 0 && rule.examples.notOk.length > 0, 'a rule needs at least one ok and one not-ok example');
      for (const ok of rule.examples.ok) assert.deepEqual(await findings(rule.id, ok), [], `ok example reported:\n${ok}`);
      for (const notOk of rule.examples.notOk) assert.ok((await findings(rule.id, notOk)).length > 0, `not-ok example not reported:\n${notOk}`);
    });
  }
});

describe('week-mismatch on a file name that names no week', () => {
  it('says so at line 1, so the file is never skipped silently', async () => {
    const analysis = await service.analyze('/reviews/2026-W54.md', '## Recruiting\n- 1h Phone screen\n');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.ruleId === 'week-mismatch').map((d) => [d.range.start.line, d.message]), [
      [1, '2026-W54.md names 2026-W54, which is not a week: 2026 has weeks 1 to 53. Rename the file to a real ISO week, or set "week:" in the front matter.'],
    ]);
  });
});

describe('the rule registry is the one source of rule ids', () => {
  it('has unique ids, each with a docs link to its README section', () => {
    assert.equal(new Set(RULE_IDS).size, RULE_IDS.length);
    for (const rule of RULES) assert.ok(rule.url.endsWith(`#${rule.id}`), rule.url);
  });

  it("lists the ids in types.ts (RULE_IDS, read by layers below the rules) in the registry's order", () => {
    assert.deepEqual(RULES.map((rule) => rule.id), [...RULE_IDS]);
  });

  it("package.json's weeklyReview.severity setting lists exactly the registry's rules, with their default severities", () => {
    const manifest = JSON.parse(readFileSync(repo('package.json'), 'utf8'));
    const block = manifest.contributes.configuration.properties['weeklyReview.severity'].properties as Record<string, { enum: string[]; markdownDescription: string }>;
    assert.deepEqual(Object.keys(block).sort(), [...RULE_IDS].sort());
    for (const rule of RULES) {
      assert.deepEqual(block[rule.id]?.enum, [...SEVERITY_SETTINGS]);
      assert.match(block[rule.id]?.markdownDescription ?? '', new RegExp(`default \`${rule.defaultSeverity}\``));
    }
  });

  it("the rubric schema's rules block lists exactly the registry's rules and severity names", () => {
    const schema = JSON.parse(readFileSync(repo('schemas/weekly-review-rubric.schema.json'), 'utf8'));
    const rules = schema.properties.rules.properties as Record<string, { enum: string[] }>;
    assert.deepEqual(Object.keys(rules).sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS) assert.deepEqual(rules[id]?.enum, [...SEVERITY_SETTINGS]);
  });

  it('the README documents every rule under its own heading, and no other', () => {
    const readme = readFileSync(repo('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Rules'), readme.indexOf('\n## ', readme.indexOf('\n## Rules') + 1));
    const documented = [...section.matchAll(/^### ([a-z-]+)$/gm)].map((m) => m[1]);
    assert.deepEqual([...documented].sort(), [...RULE_IDS].sort());
  });
});
