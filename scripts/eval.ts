// `npm run eval [-- --part tuning|heldout] [--json] [--confusions]`: precision
// and recall of `low-value-item` per writer and overall, on the tuning and
// held-out parts of the labelled judgment corpus, then category accuracy and
// categorized-minute coverage per writer on the category corpus, each with
// its confusion list (file:line, label, what the engine said and why). A
// report, not a timed test.

import { confusions, placeCorpus, scorePlacements, type PlacedItem } from './categoryEval';
import { judgeCorpusWithBand, scoreBand, scoreItems, type BandItem, type JudgedItem, type Part } from './judgmentEval';

/** What an empty part says, rather than a precision of 1.00 over no items. */
const EMPTY_PART = 'No writers are in this part today (test/fixtures/categories/parts.json): every labelled writer has been read and tuned on. Score a fresh round as held out.';
const args = process.argv.slice(2);
const partArg = args[args.indexOf('--part') + 1];
const parts: Part[] = args.includes('--part') && (partArg === 'tuning' || partArg === 'heldout') ? [partArg] : ['tuning', 'heldout'];

function row(name: string, items: readonly JudgedItem[]): string {
  const s = scoreItems(items);
  return `| ${name} | ${s.items} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} |`;
}

function confusionLine(item: JudgedItem): string {
  const kind = item.flagged ? 'false positive (labelled worthy, flagged)' : 'false negative (labelled low, not flagged)';
  return `- ${item.file}:${item.line} — ${kind}, score ${item.score?.toFixed(2) ?? 'n/a'}\n  "${item.text.trim()}"\n  ${item.evidence}`;
}

function categoryRow(name: string, items: readonly PlacedItem[]): string {
  const s = scorePlacements(items);
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  return `| ${name} | ${s.items} | ${s.accuracy.toFixed(2)} | ${s.strictAccuracy.toFixed(2)} | ${pct(s.coverage)} | ${s.noneItems === 0 ? '–' : pct(s.noneKept)} |`;
}

function placementLine(item: PlacedItem): string {
  return `- ${item.file}:${item.line} — labelled ${item.label}, placed ${item.placed} (${item.evidence})\n  "${item.text.trim()}"`;
}

async function reportCategories(): Promise<void> {
  const items = await placeCorpus(parts);
  if (args.includes('--json')) {
    const out = Object.fromEntries(parts.map((part) => {
      const inPart = items.filter((i) => i.part === part);
      const writers = [...new Set(inPart.map((i) => i.writer))];
      return [part, { overall: scorePlacements(inPart), writers: Object.fromEntries(writers.map((w) => [w, scorePlacements(inPart.filter((i) => i.writer === w))])) }];
    }));
    process.stdout.write(`${JSON.stringify({ categories: out }, null, 2)}\n`);
    return;
  }
  for (const part of parts) {
    const inPart = items.filter((i) => i.part === part);
    if (inPart.length === 0) {
      process.stdout.write(`\n## categories: ${part} part\n\n${EMPTY_PART}\n`);
      continue;
    }
    process.stdout.write(`\n## categories: ${part} part\n\n| writer | items | accuracy | strict accuracy | minutes covered | none kept |\n| --- | ---: | ---: | ---: | ---: | ---: |\n`);
    for (const writer of [...new Set(inPart.map((i) => i.writer))]) process.stdout.write(`${categoryRow(writer, inPart.filter((i) => i.writer === writer))}\n`);
    process.stdout.write(`${categoryRow('**overall**', inPart)}\n`);
    if (args.includes('--confusions')) {
      const wrong = confusions(inPart);
      process.stdout.write(`\nConfusions (${wrong.length}):\n${wrong.map(placementLine).join('\n')}\n`);
    }
  }
}

async function main(): Promise<void> {
await reportJudgment();
await reportCategories();
}

function bandLine(items: readonly BandItem[]): string {
  const band = scoreBand(items);
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  return `\nBorderline band: ${pct(band.unsureInBand)} of the ${band.unsure} items a labeller marked unsure (goal ≥ 50%), ${pct(band.agreedInBand)} of the ${band.agreed} agreed items (goal ≤ 10%).\n`;
}

async function reportJudgment(): Promise<void> {
const { judged: items, band } = await judgeCorpusWithBand(parts);
if (args.includes('--json')) {
  const out = Object.fromEntries(parts.map((part) => {
    const inPart = items.filter((i) => i.part === part);
    const writers = [...new Set(inPart.map((i) => i.writer))];
    return [part, { overall: scoreItems(inPart), band: scoreBand(band.filter((i) => i.part === part)), writers: Object.fromEntries(writers.map((w) => [w, scoreItems(inPart.filter((i) => i.writer === w))])) }];
  }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  for (const part of parts) {
    const inPart = items.filter((i) => i.part === part);
    if (inPart.length === 0) {
      process.stdout.write(`\n## ${part} part\n\n${EMPTY_PART}\n`);
      continue;
    }
    process.stdout.write(`\n## ${part} part\n\n| writer | items | precision | recall | TP | FP | FN |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n`);
    for (const writer of [...new Set(inPart.map((i) => i.writer))]) process.stdout.write(`${row(writer, inPart.filter((i) => i.writer === writer))}\n`);
    process.stdout.write(`${row('**overall**', inPart)}\n`);
    process.stdout.write(bandLine(band.filter((i) => i.part === part)));
    if (args.includes('--confusions')) {
      const wrong = inPart.filter((i) => i.flagged !== (i.label === 'low'));
      process.stdout.write(`\nConfusions (${wrong.length}):\n${wrong.map(confusionLine).join('\n')}\n`);
    }
  }
}
}

void main();
