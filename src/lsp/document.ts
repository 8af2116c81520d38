// The server's copy of an open document, kept as vscode-languageserver-
// textdocument's TextDocument keeps it (the same incremental updates, line
// offsets, positions and offsets: a property test compares the two), except
// that an edit does not make the new text. It keeps the text as pieces (the
// last whole text sliced where edits cut it, and the inserted strings) and
// joins them when the text is asked for: by the engine when it analyses
// (the server hands it the text as a function), after the debounce.
//
// Why: a keystroke in a 1 MB review made TextDocument write a new 1 MB
// string at once (it reads a character of the edited text, which makes V8
// flatten it): 2 MB of fresh memory, about 7 ms here, on every keystroke,
// also those that the debounce then folds into one analysis.

import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

/** More pieces than this and they are joined: reading a character walks them. */
const MAX_PIECES = 64;
const CR = 13;
const LF = 10;

const isEol = (char: number): boolean => char === CR || char === LF;

/** The offsets at which lines start in `text` (after each \n, \r\n or \r), moved by `textOffset`; TextDocument's own rule. */
function lineOffsetsOf(text: string, isAtLineStart: boolean, textOffset = 0): number[] {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (!isEol(char)) continue;
    if (char === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
    result.push(textOffset + i + 1);
  }
  return result;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

function isIncremental(change: TextDocumentContentChangeEvent): change is { range: Range; rangeLength?: number; text: string } {
  const candidate = change as { range?: Range; rangeLength?: unknown; text?: unknown };
  return typeof candidate.text === 'string' && candidate.range !== undefined && (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
}

function isFull(change: TextDocumentContentChangeEvent): change is { text: string } {
  const candidate = change as { range?: Range; rangeLength?: unknown; text?: unknown };
  return typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
}

export class PiecewiseTextDocument implements TextDocument {
  private pieces: string[];
  private length: number;
  private lineOffsets: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, public version: number, content: string) {
    this.pieces = [content];
    this.length = content.length;
  }

  getText(range?: Range): string {
    if (this.pieces.length !== 1) this.pieces = [this.pieces.join('')];
    const text = this.pieces[0];
    return range ? text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  positionAt(at: number): Position {
    const offset = Math.max(Math.min(at, this.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    const lineOffset = lineOffsets[line];
    return { line, character: this.beforeEol(offset, lineOffset) - lineOffset };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.length;
    return this.beforeEol(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.length - lineOffsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(nextLineOffset, startOffset) - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    const eol = this.beforeEol(nextLineOffset, lineOffsets[line]);
    return this.getText().substring(eol, nextLineOffset);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) this.applyEdit(wellFormed(change.range), change.text);
      else if (isFull(change)) this.setText(change.text);
      else throw new Error('Unknown change event received');
    }
    this.version = version;
  }

  private setText(text: string): void {
    this.setPieces(text);
    this.lineOffsets = undefined;
  }

  private setPieces(text: string): void {
    this.pieces = [text];
    this.length = text.length;
  }

  /** TextDocument's incremental update, with the text spliced as pieces. */
  private applyEdit(range: Range, text: string): void {
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    if (Number.isInteger(startOffset) && Number.isInteger(endOffset) && startOffset >= 0 && startOffset <= endOffset && endOffset <= this.length) {
      this.splice(startOffset, endOffset, text);
    } else {
      // Offsets TextDocument makes of nonsense (a range past lines it never had): its own string arithmetic.
      const whole = this.getText();
      this.setPieces(whole.substring(0, startOffset) + text + whole.substring(endOffset, whole.length));
    }
    const insertedEnd = startOffset + text.length;
    // A \r\n made or split at either end: the line offsets are computed again when next needed.
    if ((this.charAt(startOffset - 1) === CR && this.charAt(startOffset) === LF) || (this.charAt(insertedEnd - 1) === CR && this.charAt(insertedEnd) === LF)) {
      this.lineOffsets = undefined;
      return;
    }
    const lineOffsets = this.getLineOffsets();
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineOffsetsOf(text, false, startOffset);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
    } else if (added.length < 10_000) {
      lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
    } else {
      this.lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
    }
    const diff = text.length - (endOffset - startOffset);
    if (diff === 0) return;
    const offsets = this.getLineOffsets();
    for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += diff;
  }

  /** Replaces [start, end) with `text`: the pieces before, the cut ones' outer parts (slices, no copy), `text`, the pieces after. */
  private splice(start: number, end: number, text: string): void {
    const next: string[] = [];
    let at = 0;
    let inserted = false;
    for (const piece of this.pieces) {
      const from = at;
      at += piece.length;
      if (piece.length === 0) continue;
      if (at <= start) {
        next.push(piece);
        continue;
      }
      if (from < start) next.push(piece.substring(0, start - from));
      if (!inserted) {
        if (text.length > 0) next.push(text);
        inserted = true;
      }
      if (at > end) next.push(from >= end ? piece : piece.substring(end - from));
    }
    if (!inserted && text.length > 0) next.push(text);
    this.pieces = next.length > MAX_PIECES ? [next.join('')] : next;
    this.length += text.length - (end - start);
  }

  /** The UTF-16 code unit at `offset`, read from its piece: String.charCodeAt's answer (NaN outside the text; NaN reads 0). */
  private charAt(offset: number): number {
    const at = Number.isNaN(offset) ? 0 : Math.trunc(offset);
    if (at < 0 || at >= this.length) return NaN;
    let rest = at;
    for (const piece of this.pieces) {
      if (rest < piece.length) return piece.charCodeAt(rest);
      rest -= piece.length;
    }
    return NaN;
  }

  private beforeEol(at: number, lineOffset: number): number {
    let offset = at;
    while (offset > lineOffset && isEol(this.charAt(offset - 1))) offset--;
    return offset;
  }

  private getLineOffsets(): number[] {
    this.lineOffsets ??= lineOffsetsOf(this.getText(), true);
    return this.lineOffsets;
  }
}

/** For `new TextDocuments(PIECEWISE_DOCUMENTS)`: documents updated in place, their text made when asked for. */
export const PIECEWISE_DOCUMENTS: TextDocumentsConfiguration<PiecewiseTextDocument> = {
  create: (uri, languageId, version, content) => new PiecewiseTextDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};
