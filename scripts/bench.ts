// Benchmark: our check against a bare remark parse of the same file, measured
// in one run, for 10 KB, 100 KB and 1 MB reviews. Reports the cold check, the
// check after a one-character edit (what a keystroke costs once sections are
// cached) and the whole-document analysis, each as a ratio to the bare parse.
// `--readme` also writes the table into README.md between the bench markers.

import { readFileSync, writeFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createReviewService } from '../src/core';

const CATEGORIES = ['Recruiting', 'Engineering culture', 'Engineering operations', 'Long-term architecture & technology direction', 'Marketing & evangelism', 'Sales & customers', 'Business development & partners', 'Connecting with other departments', 'Other'];
const ITEMS = [
  '- [x] 2h 1:1s with the team leads about their Q1 outcomes → follow-ups booked for Nov 20',
  '- 1h30m Debugged a flaky integration test on my branch',
  '- 45m Tweaked staging logging config',
  '- 3h Wrote the 3-year data platform proposal → go/no-go decision Dec 1 #strategy',
  '- Partner sync with the payments provider (1h)',
  '- 2h Quarterly planning with product and finance\n  - 1h Headcount model\n  - 1h Review with finance → plan agreed for 2027',
  '- [ ] 1h Draft the staff engineer job description',
  '- A note without a duration, with `inline code` and a [link](https://example.com)',
];

/** A deterministic review of about `bytes` characters: weeks of sections, items, code and comments. */
function makeReview(bytes: number): string {
  const parts = ['---\nweek: 2026-W47\nhours: 45\n---\n\n# Week 47\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const chunk: string[] = [`\n## ${CATEGORIES[i % CATEGORIES.length]}\n`];
    for (let j = 0; j < 6; j++) chunk.push(ITEMS[(i + j) % ITEMS.length] as string);
    if (i % 5 === 0) chunk.push('\n```sh\n# not a heading\n- 2h not an item\n```\n');
    if (i % 7 === 0) chunk.push('\n<!-- a comment\n# still a comment\n-->\n');
    const text = `${chunk.join('\n')}\n`;
    parts.push(text);
    size += text.length;
  }
  return parts.join('');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, work: (run: number) => void): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work(run);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const host = { readFile: async () => undefined };

async function main(): Promise<void> {
  const rows: string[] = [];
  rows.push('| size | bare remark parse | our check, cold | keystroke (1 section changed) | whole-document check | keystroke / parse |');
  rows.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, bytes, runs] of [['10 KB', 10_000, 15], ['100 KB', 100_000, 7], ['1 MB', 1_000_000, 3]] as const) {
    const text = makeReview(bytes);
    const path = '/bench/2026-W47.md';
    const probe = createReviewService(host);
    const rubric = await probe.resolveRubric(path, text);
    const parse = time(runs, () => processor.parse(text));
    const cold = time(runs, () => createReviewService(host).analyzeWith(path, text, rubric));
    const whole = time(runs, () => createReviewService(host, { sectioned: false }).analyzeWith(path, text, rubric));
    // A keystroke: the same long-lived service, one character typed in the middle.
    const service = createReviewService(host);
    service.analyzeWith(path, text, rubric);
    const middle = text.indexOf('- 45m Tweaked', Math.floor(text.length / 2));
    const keystroke = time(runs * 2, (run) => {
      const edited = `${text.slice(0, middle + 6)}${'x'.repeat(run + 1)}${text.slice(middle + 6)}`;
      service.analyzeWith(path, edited, rubric);
    });
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    rows.push(`| ${label} | ${ms(parse)} | ${ms(cold)} (${(cold / parse).toFixed(2)}×) | ${ms(keystroke)} | ${ms(whole)} (${(whole / parse).toFixed(2)}×) | ${(keystroke / parse).toFixed(3)}× |`);
    process.stderr.write(`${label} done\n`);
  }
  const table = `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, median of several runs):\n\n${rows.join('\n')}`;
  process.stdout.write(`${table}\n`);
  if (process.argv.includes('--readme')) {
    const readme = readFileSync('README.md', 'utf8');
    const updated = readme.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
    writeFileSync('README.md', updated);
  }
}

void main();
