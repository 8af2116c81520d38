// A unified diff of two texts by lines, for `import --dry-run`. An import
// inserts, replaces or removes a few lines of a long review, so the common
// head and tail are cut off first and Myers' O((N+M)·D) algorithm runs on
// what is left: linear in the review's length for the few edits an import
// makes. Hunks carry three lines of context, as `diff -u` prints them.

type Op = { kind: ' ' | '-' | '+'; text: string };

const lineList = (text: string): string[] => (text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/));

/** The shortest edit script from `a` to `b` (Myers), as a list of kept, removed and added lines. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
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
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d, k);
    }
  }
  return [];
}

function backtrack(trace: readonly Int32Array[], a: readonly string[], b: readonly string[], offset: number, dEnd: number, kEnd: number): Op[] {
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
