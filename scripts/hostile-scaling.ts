// Hostile input classes (hostile input 7) measured at 1×, 2×, 4× and 8×
// their size in this process (the engine only): each class prints its time
// per size and the ratio of the largest to the smallest, so superlinear
// growth shows (linear is about 8× from 1× to 8×), and what the engine read
// (total minutes, activities, diagnostics by rule) at 1×.
//
//   node --import tsx scripts/hostile-scaling.ts [--only word,word]

import { createReviewService } from '../src/core';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined;

type Make = (n: number) => { text: string; files?: Record<string, string> };

// Sizes grow with n; where a generator's size grows faster (a list nested one
// level per line is quadratic in its lines), compare time with the length
// printed, not with n.

const review = (body: string) => `# Ops\n${body}`;
const rep = (line: string, n: number) => `${line}\n`.repeat(n);

export const classes: Record<string, Make> = {
  'nested lists, 1 level per line': (n) => ({ text: review(Array.from({ length: 1000 * n }, (_, i) => `${'  '.repeat(i)}- 1h x`).join('\n')) }),
  'nested blockquotes, 1 per line': (n) => ({ text: review(Array.from({ length: 1000 * n }, (_, i) => `${'>'.repeat(i + 1)} - 1h x`).join('\n')) }),
  'blockquote prefix > > > on one line, n': (n) => ({ text: review(`${'> '.repeat(2000 * n)}- 1h x\n- 1h y\n`) }),
  'wide table 10k columns ×n': (n) => ({ text: review(`| ${Array(10000 * n).fill('a').join(' | ')} |\n|${Array(10000 * n).fill('-').join('|')}|\n| ${Array(10000 * n).fill('1').join(' | ')} |\n- 1h x\n`) }),
  'wide table rows: 1000 cols × 20n rows': (n) => ({ text: review(`| ${Array(1000).fill('a').join(' | ')} |\n|${Array(1000).fill('-').join('|')}|\n${rep(`| ${Array(1000).fill('1h').join(' | ')} |`, 20 * n)}- 1h x\n`) }),
  'table rows 1000n, activities inside': (n) => ({ text: review(`| a | b |\n|---|---|\n${rep('| - 1h x | 2h → y |', 1000 * n)}`) }),
  'emphasis bomb *a **a … in one item line 10k': (n) => ({ text: review(rep(`- 1h ${'*a **a _b __b '.repeat(1200)}`, 20 * n)) }),
  'link reference definitions ×1000n': (n) => ({ text: review(`${rep('[a]: http://x', 1000 * n)}\n${rep('- 1h [a] [a][a] [a][] → [a]', 200)}`) }),
  'link reference uses ×1000n, many defs': (n) => ({ text: review(`${Array.from({ length: 1000 * n }, (_, i) => `[r${i}]: /u${i}`).join('\n')}\n\n${Array.from({ length: 1000 * n }, (_, i) => `- 1h [r${i}] x`).join('\n')}\n`) }),
  'arrows: one line of 19k →': (n) => ({ text: review(rep(`- 1h x ${'→ '.repeat(9000)}`, 10 * n)) }),
  'arrows: one line of 19k ->': (n) => ({ text: review(rep(`- 1h x ${'-> '.repeat(6000)}`, 10 * n)) }),
  'arrows: → then words ×n lines': (n) => ({ text: review(rep('- 1h x → a → b → c -> d => e ⇒ f', 5000 * n)) }),
  'combining characters lines': (n) => ({ text: review(rep(`- 1h ${'\u0301'.repeat(5000)}`, 20 * n)) }),
  'combining-only lines (no marker)': (n) => ({ text: review(rep('\u0301\u0302\u0303'.repeat(3000), 20 * n)) }),
  'lone surrogates': (n) => ({ text: review(rep('- 1h \ud800x\udc00 → \udfff shipped', 2000 * n)) }),
  'NUL bytes': (n) => ({ text: review(rep('- 1h x\u0000y → \u0000 shipped\u0000', 2000 * n)) }),
  'CR-only endings': (n) => ({ text: `# Ops\r${'- 1h x → shipped\r'.repeat(2000 * n)}` }),
  'mixed endings': (n) => ({ text: `# Ops\r\n${'- 1h x → shipped\r- 30m y\n- 15m z\r\n'.repeat(700 * n)}` }),
  'BOM in the middle': (n) => ({ text: review(rep('\ufeff- 1h x\ufeff → \ufeffshipped', 2000 * n)) }),
  'U+2028/U+2029 separators': (n) => ({ text: review(rep('- 1h x\u2028- 2h y\u2029- 3h z', 2000 * n)) }),
  'RTL overrides': (n) => ({ text: review(rep('- \u202e1h\u202c x \u2067→\u2069 shipped', 2000 * n)) }),
  'zero-width joiners in durations': (n) => ({ text: review(rep('- 1\u200dh x\n- 3\u200b0m y\n- 2\u2060h z', 700 * n)) }),
  'full-width digits': (n) => ({ text: review(rep('- １h x\n- ３０ｍ y\n- ２ｈ z', 700 * n)) }),
  'huge durations 99999999h': (n) => ({ text: review(rep('- 99999999h x\n- 1e309h y\n- 0h z\n- 999999999999999999999m w', 500 * n)) }),
  'huge minutes overflowing sums': (n) => ({ text: review(rep(`- ${'9'.repeat(400)}m x`, 500 * n)) }),
  'negative durations': (n) => ({ text: review(rep('- -5h x\n- −3h y\n- 1h-2h z', 700 * n)) }),
  'front matter: long scalar': (n) => ({ text: `---\nweek: 2026-W47\nnote: ${'x'.repeat(6000 * n)}\n---\n# Ops\n- 1h x\n` }),
  'front matter: deep flow nesting': (n) => ({ text: `---\nx: ${'['.repeat(2000 * n)}${']'.repeat(2000 * n)}\n---\n# Ops\n- 1h x\n` }),
  'front matter: deep block nesting': (n) => ({ text: `---\n${Array.from({ length: 500 * n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} v\n---\n# Ops\n- 1h x\n` }),
  'front matter: alias bomb': (n) => ({ text: `---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 4 + n }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}\nweek: 2026-W47\n---\n# Ops\n- 1h x\n` }),
  'front matter: many aliases to a big anchor': (n) => ({ text: `---\nbig: &b [${Array(500).fill('x').join(', ')}]\n${Array.from({ length: 100 * n }, (_, i) => `k${i}: *b`).join('\n')}\n---\n# Ops\n- 1h x\n` }),
  'front matter: duplicate keys': (n) => ({ text: `---\n${rep('week: 2026-W47', 300 * n)}---\n# Ops\n- 1h x\n` }),
  'front matter: merge keys <<': (n) => ({ text: `---\nb: &b {x: 1}\n${Array.from({ length: 300 * n }, (_, i) => `k${i}: {<<: [*b, *b, *b]}`).join('\n')}\n---\n# Ops\n- 1h x\n` }),
  'front matter: rubric key huge': (n) => ({ text: `---\nrubric: ${'../'.repeat(3000 * n)}x.yaml\n---\n# Ops\n- 1h x\n` }),
  'headings: 10k # ': (n) => ({ text: rep(`${'#'.repeat(6)} ${'# '.repeat(5000)}\n- 1h x`, 10 * n) }),
  'setext headings ×n': (n) => ({ text: rep('Ops\n===\n- 1h x', 2000 * n) }),
  'html blocks unclosed ×n': (n) => ({ text: review(rep('<div>\n- 1h x', 2000 * n)) }),
  'fences alternating': (n) => ({ text: review(rep('```\n- 1h x\n~~~\n- 2h y', 1000 * n)) }),
  'many checkboxes and tags': (n) => ({ text: review(rep(`- [x] 1h ${'#tag @sam '.repeat(500)}`, 20 * n)) }),
  'durations: many per line': (n) => ({ text: review(rep(`- ${'1h '.repeat(4000)}x`, 10 * n)) }),
  'durations: ranges and brackets': (n) => ({ text: review(rep(`- x ${'(1h) [2h] (8-9 hours) '.repeat(700)}`, 10 * n)) }),
  'mentions @ ×': (n) => ({ text: review(rep(`- 1h 1:1 with ${'@a '.repeat(6000)}`, 10 * n)) }),
  'html comments nested <!-- worthy': (n) => ({ text: review(rep(`- 1h x ${'<!-- worthy: a --> '.repeat(900)}`, 10 * n)) }),
  'backslash escapes': (n) => ({ text: review(rep(`- 1h ${'\\'.repeat(19000)}`, 10 * n)) }),
  'entity bombs': (n) => ({ text: review(rep(`- 1h ${'&amp;&#x1F600;&#99999999;'.repeat(700)}`, 10 * n)) }),
  'autolinks <http://': (n) => ({ text: review(rep(`- 1h ${'<http://a '.repeat(1900)}`, 10 * n)) }),
  'footnotes [^a]': (n) => ({ text: review(`${rep('- 1h x [^a] [^b]', 1000 * n)}${rep('[^a]: note', 1000 * n)}`) }),
  'items: "Outcome:" children ×n': (n) => ({ text: review(rep('- 1h x\n  - Outcome: shipped\n  - Decision: yes\n  - 30m sub', 500 * n)) }),
  'dense: backslash escapes, 20n lines': (n) => ({ text: review(rep(`- 1h ${'\\\\'.repeat(9000)}`, 20 * n)) }),
  'dense: character references, 20n lines': (n) => ({ text: review(rep(`- 1h ${'&amp;'.repeat(3600)}`, 20 * n)) }),
  'dense: HTML tags, 20n lines': (n) => ({ text: review(rep(`- 1h ${'<a>'.repeat(6000)}`, 20 * n)) }),
  'dense: comments, 20n lines': (n) => ({ text: review(rep(`- 1h ${'<!-- -->'.repeat(2300)}`, 20 * n)) }),
  'failed starts: a paragraph of `x & y`, 4000n lines': (n) => ({ text: review(rep('x & y', 4000 * n)) }),
  'failed starts: lazy lines of `Done! ok`, 4000n': (n) => ({ text: review(`- 1h x\n${rep('Done! ok', 4000 * n)}`) }),
  'setext headings in a quote, 1000n': (n) => ({ text: review(Array.from({ length: 1000 * n }, (_, i) => `> a${i} 1h\n> ---`).join('\n')) }),
  'setext headings in a list item, 1000n': (n) => ({ text: review(`- 1h x\n\n${Array.from({ length: 1000 * n }, (_, i) => `  a${i} 1h\n  ---`).join('\n')}`) }),
  'control: LF items': (n) => ({ text: review(rep('- 1h x → shipped', 2000 * n)) }),
  'control: ATX headings with items': (n) => ({ text: rep('## Ops\n- 1h x', 2000 * n) }),
};

async function time(make: Make, n: number): Promise<{ ms: number; out: string }> {
  const { text, files = {} } = make(n);
  const map = new Map(Object.entries(files));
  const service = createReviewService({ readFile: async (p) => map.get(p) });
  const started = performance.now();
  const analysis = await service.analyze('/r/2026-W47.md', text);
  const summary = service.summarize(analysis);
  const ms = performance.now() - started;
  const rules = new Map<string, number>();
  for (const d of analysis.diagnostics) rules.set(d.ruleId, (rules.get(d.ruleId) ?? 0) + 1);
  const out = `len=${text.length} total=${analysis.document.totalMinutes} acts=${analysis.document.activities.length} summaryTotal=${(summary as { totalMinutes?: number } | undefined)?.totalMinutes} diags=${JSON.stringify([...rules])}`;
  return { ms, out };
}

async function main(): Promise<void> {
for (const [name, make] of Object.entries(classes)) {
  if (only && !only.some((w) => name.includes(w))) continue;
  const times: number[] = [];
  let out = '';
  try {
    await time(make, 1);
    for (const n of [1, 2, 4, 8]) {
      const r = await time(make, n);
      times.push(r.ms);
      if (n === 1) out = r.out;
      if (r.ms > 20_000) break;
    }
    console.log(`${name}: ${times.map((t) => t.toFixed(0)).join(' / ')} ms; 8x/1x=${(times[3]! / times[0]!).toFixed(1)} | ${out}`);
  } catch (error) {
    console.log(`${name}: CRASH ${(error as Error).stack?.split('\n').slice(0, 4).join(' ')}`);
  }
}
}

if (process.argv[1]?.endsWith("hostile-scaling.ts")) void main();
