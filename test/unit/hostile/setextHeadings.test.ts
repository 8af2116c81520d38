// Hostile input 8: setext headings (`text` underlined by `---` or `===`) in
// one run of flow. micromark makes each one by rebuilding every event read so
// far, so their cost grew with the square of their number: 8,000 in a quote
// took 12 s, in a list item 14 s, and 32,000 at the top level (cut into 32 KB
// sections, each read whole) 16 s. Past 48 between two column-0 items or
// headings, an underline is blanked (inlineGuard.ts): the text above it
// stays a paragraph.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SETEXT_UNDERLINES, neutralizeSetext } from '../../../src/core/parse/inlineGuard';
import { analyze, fixture } from '../helpers';
import { fastest } from './timing';

function analyzeFresh(text: string): Promise<unknown> {
  return fixture().service.analyze('/r/2026-W47.md', text);
}

describe('setext headings (hostile input 8)', () => {
  const over = MAX_SETEXT_UNDERLINES + 1;

  it('past 48 in a text, an underline below a line of text is blanked inside its containers; offsets stay', () => {
    const quoted = Array.from({ length: over }, (_, i) => `> a${i}\n> ---\n`).join('');
    assert.equal(neutralizeSetext(quoted), quoted.replace(/> ---\n$/, '>    \n'));
    const mixed = `${'a\n===\n'.repeat(MAX_SETEXT_UNDERLINES)}  b\n  -- \r\n`;
    assert.equal(neutralizeSetext(mixed), `${'a\n===\n'.repeat(MAX_SETEXT_UNDERLINES)}  b\n     \r\n`);
  });

  it('48 underlines in a block, rules after blank lines and lines that are more than a run are left alone', () => {
    const few = 'a\n---\n'.repeat(MAX_SETEXT_UNDERLINES);
    assert.equal(neutralizeSetext(few), few);
    const rules = `${'a\n\n---\n'.repeat(over)}${'a\n--- x\n'.repeat(over)}${'a\n-=-\n'.repeat(over)}`;
    assert.equal(neutralizeSetext(rules), rules);
    // A column-0 item or heading closes the flow micromark rebuilds: the count starts again.
    const items = `${'- 1h x\nOps\n===\n'.repeat(over)}${'# A\nb\n---\n'.repeat(over)}`;
    assert.equal(neutralizeSetext(items), items);
  });

  it('a review of 49 sections under setext headings keeps every heading and its items (its sections are read apart)', async () => {
    const text = `${Array.from({ length: over }, (_, i) => `Recruiting ${i}\n---\n- 1h Interview ${i}\n\n`).join('')}`;
    const analysis = await analyze(text);
    assert.equal(analysis.document.headings.length, over);
    assert.equal(analysis.document.totalMinutes, 60 * over);
  });

  const texts: [string, (i: number) => string, (i: number) => string][] = [
    ['in a quote', (i) => `> a${i} 1h\n> ---\n`, (i) => `> a${i} 1h\n> b\n`],
    ['in a list item', (i) => `  a${i} 1h\n  ---\n`, (i) => `  a${i} 1h\n  b\n`],
  ];
  for (const [where, heading, plain] of texts) {
    it(`4,000 ${where} cost at most 3 times as many plain lines (was 12 to 16 times)`, async () => {
      const lines = (line: (i: number) => string) => `# Ops\n- 1h x\n\n${Array.from({ length: 4000 }, (_, i) => line(i)).join('')}`;
      await analyzeFresh(lines(plain)); // warm up
      const headingsMs = await fastest(() => analyzeFresh(lines(heading)));
      const plainMs = await fastest(() => analyzeFresh(lines(plain)));
      assert.ok(headingsMs < 3 * plainMs + 25, `${where}: ${headingsMs.toFixed(0)} ms, ${plainMs.toFixed(0)} ms for plain lines`);
    });
  }
});
