// The one adapter between the engine's positions (1-based lines and columns,
// end exclusive, unist style) and VS Code's (0-based). Every engine range that
// reaches the editor goes through here, so an off-by-one can only live here.

import * as vscode from 'vscode';
import type { Point, Range } from '../core';

/** Engine point (1-based) → VS Code position (0-based); clamps nonsense to 0. */
export function toVscodePosition(point: Point): vscode.Position {
  return new vscode.Position(Math.max(point.line - 1, 0), Math.max(point.column - 1, 0));
}

/** Engine range (1-based, end exclusive) → VS Code range (0-based, end exclusive). */
export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(toVscodePosition(range.start), toVscodePosition(range.end));
}

/** VS Code position (0-based) → engine point (1-based). */
export function toEnginePoint(position: vscode.Position): Point {
  return { line: position.line + 1, column: position.character + 1 };
}

/** VS Code range (0-based) → engine range (1-based). */
export function toEngineRange(range: vscode.Range): Range {
  return { start: toEnginePoint(range.start), end: toEnginePoint(range.end) };
}
