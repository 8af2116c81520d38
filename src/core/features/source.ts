// Line access to the text an analysis was computed from. Features need the
// exact characters (trailing spaces, brackets, a space before a token) that
// the analysis does not keep, and offsets ↔ 1-based points.

import type { Point, Range } from '../types';

export class SourceText {
  private readonly lines: string[] = [];
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    const terminator = /\r\n|\r|\n/g;
    let last = 0;
    for (let match = terminator.exec(text); match; match = terminator.exec(text)) {
      this.lines.push(text.slice(last, match.index));
      last = match.index + match[0].length;
      this.starts.push(last);
    }
    this.lines.push(text.slice(last));
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Text of a 1-based line without its terminator ('' outside the text). */
  line(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  /** Text covered by a single-line range. */
  slice(range: Range): string {
    if (range.start.line !== range.end.line) return '';
    return this.line(range.start.line).slice(range.start.column - 1, range.end.column - 1);
  }

  /** 0-based offset → 1-based point. */
  pointAt(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

export function pointRange(line: number, column: number, endColumn = column): Range {
  return { start: { line, column }, end: { line, column: endColumn } };
}

/** Escapes text for markdown so user words never become markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&').replace(/\r?\n/g, ' ');
}
