import { placeCorpus, scorePlacements } from './categoryEval';
async function main() {
  const items = await placeCorpus();
  for (const part of (process.env.PARTS ?? 'tuning').split(',') as ('tuning' | 'heldout')[]) {
    const s = scorePlacements(items.filter((i) => i.part === part));
    console.log(part, s.items, s.accuracy.toFixed(3), s.strictAccuracy.toFixed(3), s.coverage.toFixed(3), s.noneKept.toFixed(2));
  }
}
void main();
