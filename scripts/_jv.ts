import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createReviewService } from '../src/core';
async function main() {
  const service = createReviewService({ readFile: async () => undefined });
  const root = 'test/fixtures/categories';
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const fps: string[] = [], fns: string[] = [];
  for (const part of ['tuning']) for (const w of readdirSync(path.join(root, part))) {
    const dir = path.join(root, part, w);
    for (const lf of readdirSync(dir).filter((f) => f.endsWith('.labels.json'))) {
      const labels = JSON.parse(readFileSync(path.join(dir, lf), 'utf8'));
      const a = await service.analyze(path.join(dir, labels.file), readFileSync(path.join(dir, labels.file), 'utf8'));
      const flagged = new Set(a.diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.range.start.line));
      for (const it of labels.items) {
        if (!it.verdict) continue;
        const f = flagged.has(it.line);
        if (f && it.verdict === 'low') tp++; else if (f) { fp++; fps.push(`${w}:${it.line} ${it.text}`); } else if (it.verdict === 'low') { fn++; fns.push(`${w}:${it.line} ${it.text}`); } else tn++;
      }
    }
  }
  console.log({ tp, fp, fn, tn, precision: tp / (tp + fp), recall: tp / (tp + fn) });
  if (process.argv.includes('-v')) { console.log('FP\n' + fps.join('\n')); console.log('FN\n' + fns.join('\n')); }
}
void main();
