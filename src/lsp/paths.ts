// The one converter between the protocol's coordinates and the engine's:
// document URIs ↔ engine paths ('/'-separated, absolute; other schemes as
// `/::scheme::authority/path`, as the VS Code host spells them), and
// 0-based LSP positions ↔ 1-based engine points. Both count UTF-16 code
// units, so a column needs no re-encoding.

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Position, Range as LspRange } from 'vscode-languageserver';
import type { Point, Range } from '../core';
import { toEnginePath } from '../cli/files';

const FOREIGN_URI = /^([a-zA-Z][\w+.-]*):\/\/([^/]*)(\/.*)?$/;
const FOREIGN_PATH = /^\/::([a-zA-Z][\w+.-]*)::([^/]*)(\/.*)?$/;

export function pathOfUri(uri: string): string {
  if (uri.startsWith('file:')) return toEnginePath(fileURLToPath(uri));
  const foreign = FOREIGN_URI.exec(uri);
  return foreign ? `/::${foreign[1] ?? ''}::${foreign[2] ?? ''}${decodeURIComponent(foreign[3] ?? '/')}` : uri;
}

export function uriOfPath(path: string): string {
  const foreign = FOREIGN_PATH.exec(path);
  if (foreign) return `${foreign[1] ?? ''}://${foreign[2] ?? ''}${encodeURI(foreign[3] ?? '/')}`;
  return pathToFileURL(path).href;
}

/** Engine point (1-based) → LSP position (0-based); nonsense clamps to 0. */
export function toPosition(point: Point): Position {
  return { line: Math.max(point.line - 1, 0), character: Math.max(point.column - 1, 0) };
}

export function toLspRange(range: Range): LspRange {
  return { start: toPosition(range.start), end: toPosition(range.end) };
}

export function toPoint(position: Position): Point {
  return { line: position.line + 1, column: position.character + 1 };
}

export function toEngineRange(range: LspRange): Range {
  return { start: toPoint(range.start), end: toPoint(range.end) };
}

/** The LSP range that covers all of `text` (for an edit that replaces a whole file). */
export function wholeTextRange(text: string): LspRange {
  const lines = text.split(/\r\n|\r|\n/);
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length } };
}
