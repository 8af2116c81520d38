// Hostile input 7: `import --dry-run`'s diff (src/core/calendar/diff.ts)
// and the merge (merge.ts), on a week of minutely series.
// A calendar of minutely series adds one line per event: Myers' trace kept
// a whole frontier per edit (10,080 events: 2.8 s and 880 MB; 200,000 never
// ended), and each hunk counted its line numbers from the top. The trace
// now keeps each step's window, the search stops at MAX_DIFF_EDITS with a
// linear script, and hunks count on from the last. The merge copied a
// category's list for each new item (quadratic: 40,320 events took 34 s)
// and spread 200,000 lines into one call (a stack overflow).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_DIFF_EDITS } from '../../../src/core/calendar/diff';
import { builtinRubric, mergeImport, unifiedDiff, type ImportItem } from '../../../src/core';
import { runs } from '../propertyRuns';
import { assertLinear } from './timing';

// The diff as it was, to hold the new one equal to it below the limit.
type Op = { kind: ' ' | '-' | '+'; text: string };

const lineList = (text: string): string[] => (text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/));

/** The shortest edit script from `a` to `b` (Myers), as a list of kept, removed and added lines. */
function oldEditScript(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return oldBacktrack(trace, a, b, offset, d, k);
    }
  }
  return [];
}

function oldBacktrack(trace: readonly Int32Array[], a: readonly string[], b: readonly string[], offset: number, dEnd: number, kEnd: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  let k = kEnd;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', text: a[--x] as string });
      y--;
    }
    if (down) ops.push({ kind: '+', text: b[--y] as string });
    else ops.push({ kind: '-', text: a[--x] as string });
    k = prevK;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', text: a[--x] as string });
    y--;
  }
  return ops.reverse();
}

/** `diff -u` of two texts; empty when they are equal. */
function oldUnifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  const a = lineList(before);
  const b = lineList(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head === a.length && head === b.length) return '';
  const ops: Op[] = [...a.slice(0, head).map((text): Op => ({ kind: ' ', text })), ...oldEditScript(a.slice(head, a.length - tail), b.slice(head, b.length - tail)), ...a.slice(a.length - tail).map((text): Op => ({ kind: ' ', text }))];
  return [`--- ${oldName}`, `+++ ${newName}`, ...oldHunks(ops, context)].join('\n') + '\n';
}

function oldHunks(ops: readonly Op[], context: number): string[] {
  const out: string[] = [];
  const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    const first = changed[i] as number;
    let last = first;
    while (i + 1 < changed.length && (changed[i + 1] as number) - last <= 2 * context) last = changed[++i] as number;
    i++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    let oldLine = 1;
    let newLine = 1;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
    }
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`, ...slice.map((op) => op.kind + op.text));
  }
  return out;
}

/** Applies a unified diff's hunks to `before`: the text it says comes after. */
function apply(before: string, diff: string): string {
  if (diff === '') return before;
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  for (const line of diff.replace(/\n$/, '').split('\n').slice(2)) {
    const hunk = /^@@ -(\d+),(\d+) /.exec(line);
    if (hunk) {
      const start = Number(hunk[2]) === 0 ? Number(hunk[1]) : Number(hunk[1]) - 1;
      while (at < start) out.push(a[at++] as string);
    } else if (line.startsWith('+')) out.push(line.slice(1));
    else {
      assert.equal(line.slice(1), a[at], 'a context or removed line is the old text');
      if (line.startsWith(' ')) out.push(line.slice(1));
      at++;
    }
  }
  while (at < a.length) out.push(a[at++] as string);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', '', '- [x] 1h x'), { maxLength: 14 }).map((l) => (l.length === 0 ? '' : `${l.join('\n')}\n`));

describe('import --dry-run diff (hostile input 7)', () => {
  it('is the diff it was below the limit, and applies', () => {
    fc.assert(fc.property(lines, lines, (before, after) => {
      const diff = unifiedDiff(before, after, 'o', 'n');
      assert.equal(diff, oldUnifiedDiff(before, after, 'o', 'n'));
      assert.equal(apply(before, diff), after);
    }), { numRuns: runs(5000) });
  });

  it('past the limit it still applies: lines only added keep all the old ones', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const after = before.split('\n').map((line, i) => (i % 2 === 0 && line !== '' ? `${line}\n- [x] 1m tick ${i}` : line)).join('\n');
    const diff = unifiedDiff(before, after, 'o', 'n');
    assert.equal(apply(before, diff), after);
    assert.equal(diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length, 0);
    const changed = before.replace(/line 1\n/, 'LINE 1\n') + Array.from({ length: MAX_DIFF_EDITS }, (_, i) => `new ${i}`).join('\n') + '\n';
    assert.equal(apply(before, unifiedDiff(before, changed, 'o', 'n')), changed);
  });

  it('costs linear time in the lines added, scattered (was quadratic in time and memory)', async () => {
    const base = (n: number) => Array.from({ length: n }, (_, i) => `## Section ${i}`).join('\n') + '\n';
    const added = (n: number) => base(n).split('\n').map((line) => (line === '' ? line : `${line}\n- [x] 1m tick`)).join('\n');
    const texts = new Map([1000, 10_000].map((n) => [n, [base(n), added(n)] as const]));
    await assertLinear('scattered insertions', (n) => {
      const [before, after] = texts.get(n) as readonly [string, string];
      return unifiedDiff(before, after, 'o', 'n');
    }, 1000);
  });
});

describe('import merge of a week of minutely series (hostile input 7)', () => {
  const items = (n: number): ImportItem[] => Array.from({ length: n }, (_, i) => ({ id: `tick/${i}`, line: `- [x] 1m tick <!-- event: tick/${i} ~h${i} -->`, hash: `h${i}`, start: i * 60_000, minutes: 1, title: 'tick', ...(i % 2 === 0 ? { categoryId: 'operations' } : {}) }));
  const review = '# Week\n\n## Engineering operations\n- 1h x\n';

  it('costs linear time in the events (was quadratic)', async () => {
    const lists = new Map([20_000, 200_000].map((n) => [n, items(n)]));
    await assertLinear('merge', (n) => mergeImport(review, lists.get(n) ?? [], builtinRubric(), new Set()), 20_000);
  });

  it('adds 200,000 events, in their sections, without overflowing the stack', () => {
    const { text, report } = mergeImport(review, items(200_000), builtinRubric(), new Set());
    assert.equal(report.added, 200_000);
    const lines = text.split('\n');
    assert.deepEqual(lines.slice(0, 6), ['# Week', '', '## Engineering operations', '- 1h x', '- [x] 1m tick <!-- event: tick/0 ~h0 -->', '- [x] 1m tick <!-- event: tick/2 ~h2 -->']);
    assert.equal(lines.filter((line) => line.startsWith('- [x] 1m tick')).length, 200_000);
    assert.equal(unifiedDiff(review, text, 'o', 'n').split('\n').filter((line) => line.startsWith('+- [x]')).length, 200_000);
  });
});
