// A unified diff of two texts by lines, for `import --dry-run`. An import
// inserts, replaces or removes a few lines of a long review, so the common
// head and tail are cut off first and Myers' O((N+M)·D) algorithm runs on
// what is left: linear in the review's length for the few edits an import
// makes, and stopped at MAX_DIFF_EDITS for the many a hostile calendar can
// make. Hunks carry three lines of context, as `diff -u` prints them.

type Op = { kind: ' ' | '-' | '+'; text: string };

/**
 * A text's lines. A last line without a line ending carries NO_EOL (a line
 * of the list never holds a line feed), so it differs from the same words
 * ended: an import that appends to a review whose last line has no ending
 * changes that line, and `diff -u` says so with "\\ No newline at end of file".
 */
function lineList(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  if (!/\n$/.test(text)) lines[lines.length - 1] += NO_EOL;
  return lines;
}

const NO_EOL = '\n';

/** A diff line: its mark, its text, and the marker line patch reads when it has no line ending. */
const diffLine = (op: Op): string => (op.text.endsWith(NO_EOL) ? `${op.kind}${op.text.slice(0, -NO_EOL.length)}\n\\ No newline at end of file` : op.kind + op.text);

/**
 * Past this many edits Myers' search stops (its trace of a step's frontier
 * per edit is quadratic in the edits: 10,080 events of a minutely series
 * took 2.8 s and 880 MB, 200,000 never ended) and `plainScript` gives a
 * script that is valid but may not be the shortest. An import makes a few
 * hundred edits.
 */
export const MAX_DIFF_EDITS = 2_000;

/** The shortest edit script from `a` to `b` (Myers), as a list of kept, removed and added lines; past MAX_DIFF_EDITS, `plainScript`'s. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_DIFF_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Step d reads the frontier at diagonals -d-1..d+1 only: that window is all the trace keeps.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d, k);
    }
  }
  return plainScript(a, b);
}

/**
 * An edit script in linear time: when `a` is a subsequence of `b` (an import
 * only added lines), each line of `a` kept at its first match in order and
 * the others added, the fewest edits there are; otherwise all of `a` removed
 * and all of `b` added.
 */
function plainScript(a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  let x = 0;
  for (const text of b) {
    if (x < a.length && a[x] === text) {
      ops.push({ kind: ' ', text });
      x++;
    } else ops.push({ kind: '+', text });
  }
  if (x === a.length) return ops;
  return [...a.map((text): Op => ({ kind: '-', text })), ...b.map((text): Op => ({ kind: '+', text }))];
}

function backtrack(trace: readonly Int32Array[], a: readonly string[], b: readonly string[], dEnd: number, kEnd: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  let k = kEnd;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d] as Int32Array;
    // trace[d] holds diagonals -d-1..d+1: diagonal k is at k + d + 1.
    const at = (diagonal: number) => v[diagonal + d + 1] as number;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
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
export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  const a = lineList(before);
  const b = lineList(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head === a.length && head === b.length) return '';
  const ops: Op[] = [...a.slice(0, head).map((text): Op => ({ kind: ' ', text })), ...editScript(a.slice(head, a.length - tail), b.slice(head, b.length - tail)), ...a.slice(a.length - tail).map((text): Op => ({ kind: ' ', text }))];
  return [`--- ${oldName}`, `+++ ${newName}`, ...hunks(ops, context)].join('\n') + '\n';
}

function hunks(ops: readonly Op[], context: number): string[] {
  const out: string[] = [];
  const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let i = 0;
  // Line numbers before each hunk, counted on from the last one (counting from the top for each was quadratic).
  let counted = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < changed.length) {
    const first = changed[i] as number;
    let last = first;
    while (i + 1 < changed.length && (changed[i + 1] as number) - last <= 2 * context) last = changed[++i] as number;
    i++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    for (; counted < from; counted++) {
      const op = ops[counted] as Op;
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
    }
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`);
    // One by one: a hunk of 200,000 lines spread into push's arguments overflowed the stack.
    for (const op of slice) out.push(diffLine(op));
  }
  return out;
}
