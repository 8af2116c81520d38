// The common tiny front matter (`week: 2026-W47`, `hours: 45`, `rubric: cto`)
// is read without the `yaml` package (parse/frontMatter.ts
// `plainFrontMatter`): it must give exactly what YAML's reading gives, keys
// in the same order, for every block, and leave everything else to YAML.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFrontMatter, parseFrontMatterByYaml, type FrontMatterBlock } from '../../../src/core/parse/frontMatter';
import { runs } from '../propertyRuns';

const block = (yaml: string, closer?: '---' | '...'): FrontMatterBlock => ({ yaml, firstLine: 2, endLine: yaml.split('\n').length + 2, ...(closer ? { closer } : {}) });

/** Same value and the same key order (a JSON output shows the order). */
function assertSame(yaml: string, closer?: '---' | '...'): void {
  const fast = parseFrontMatter(block(yaml, closer));
  const slow = parseFrontMatterByYaml(block(yaml, closer));
  assert.deepEqual(fast, slow, yaml);
  assert.equal(JSON.stringify(fast), JSON.stringify(slow), yaml);
}

const KEYS = ['week', 'hours', 'rubric', 'Week', 'title', 'week ', 'hours\t'];
const VALUES = [
  '2026-W47', '2026-w47', '2026-11-18', '2026-W', 'W47', '45', '40.5', '168', '168.0', '169', '0', '045', '1e3', '0x1F', '0o17', '1_000', '12.', '.5',
  'cto', 'Cto', 'rubrics/team.yaml', './team.yaml', '../team.yaml', '/abs/team.yaml', '/', '.inf', '.nan', '.hidden', 'null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE',
  'false', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n', "'cto'", '"45"', 'a b', 'x # note', 'a:b', '-', '-x', '', ' ', '[1]', '{a: 1}', '&a x', '*a', '!!str 45', '|', '>',
];
const line = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(': ', ':  ', ':', ':\t', ' : '), fc.constantFrom(...VALUES), fc.constantFrom('', ' ', '\r', ' # c'))
  .map(([key, colon, value, tail]) => `${key}${colon}${value}${tail}`);
const anyLine = fc.oneof({ weight: 6, arbitrary: line }, fc.constantFrom('', '# comment', '---', '...', '%YAML 1.1', '  indented: 1', '- item', 'week: 2026-W47'));

describe('the common front matter read without YAML', () => {
  it('gives what YAML gives for typical blocks', () => {
    for (const yaml of ['week: 2026-W47\nhours: 45', 'week: 2026-W47', 'hours: 37.5\nweek: 2026-11-18\nrubric: ./team.yaml', 'rubric: cto', 'week:   2026-W01\nhours: 168']) assertSame(yaml);
  });

  it('leaves to YAML what it would read otherwise (numbers, booleans, nulls, duplicates, comments, problems)', () => {
    for (const yaml of ['hours: 0x1F', 'hours: 169', 'rubric: null', 'rubric: True', 'rubric: .inf', 'week: 2026-W47\nweek: 2026-W48', 'week: 2026-W47 # this week', 'week: 2026-W47\n', '', `rubric: ${'a'.repeat(70_000)}`]) assertSame(yaml);
    assertSame('week: 2026-W47', '...');
  });

  it('gives what YAML gives for generated blocks', () => {
    fc.assert(fc.property(fc.array(anyLine, { minLength: 0, maxLength: 4 }), fc.constantFrom<'---' | '...' | undefined>(undefined, '---', '...'), (lines, closer) => assertSame(lines.join('\n'), closer)), { numRuns: runs(20_000) });
  });
});
