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

/**
 * The engine path of a document URI; never throws, whatever the client sends.
 * A file URI that names no local path (`file://server/share/…` off Windows, an
 * encoded `/`, a malformed escape) made the server log a stack trace and
 * never check the document: it becomes a foreign path with its path as
 * written, which no file on disk has.
 */
export function pathOfUri(uri: string): string {
  if (uri.startsWith('file:')) {
    const local = localPathOf(uri);
    if (local !== undefined) return local;
  }
  const foreign = FOREIGN_URI.exec(uri);
  if (!foreign) return uri;
  const path = foreign[3] ?? '/';
  return `/::${foreign[1] ?? ''}::${foreign[2] ?? ''}${foreign[1]?.toLowerCase() === 'file' ? path : decodedPath(path)}`;
}

function localPathOf(uri: string): string | undefined {
  try {
    return toEnginePath(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** Percent-escapes decoded; a run of them that is not UTF-8 is kept as written (decodeURIComponent throws on it). */
function decodedPath(path: string): string {
  return path.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
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
