// Quick fixes for weekly-review diagnostics. Each fix is one ordinary
// WorkspaceEdit (one undo step) computed from the controller's latest analysis:
// categorize an uncategorized item (adds a tag), add an outcome or justify a
// low-value item (snippets), and repair durations (normalize, resolve conflicts).

import * as vscode from 'vscode';
import type { Activity, DurationToken, ReviewDiagnostic } from '../core';
import { DIAGNOSTIC_SOURCE, type ReviewController, type ReviewState } from './diagnostics';
import { toEngineLine, toVscodeRange } from './positions';

export class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite],
  };

  constructor(private readonly controller: ReviewController) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.controller.stateOf(document);
    // Edits are computed from positions in the analysis: if the text moved on since, wait for the next run.
    if (!state || state.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingFor(state, diagnostic);
      if (finding) actions.push(...this.fixesFor(state, finding, diagnostic));
    }
    const wantsRefactors = !context.only || context.only.contains(vscode.CodeActionKind.RefactorRewrite) || vscode.CodeActionKind.RefactorRewrite.contains(context.only);
    if (wantsRefactors) actions.push(...this.normalizeRefactors(state, range));
    return actions;
  }

  private fixesFor(state: ReviewState, finding: ReviewDiagnostic, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const { document } = state;
    const activity = activityOf(state, finding.data?.activityLine ?? finding.range.start.line);
    switch (finding.ruleId) {
      case 'uncategorized': {
        if (!activity) return [];
        const end = endOfFirstLine(document, activity);
        return (state.analysis.document.rubric?.categories ?? []).map((category) => {
          const action = new vscode.CodeAction(`Categorize as ${category.name}`, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.insert(document.uri, end, ` #${category.id}`);
          action.diagnostics = [diagnostic];
          return action;
        });
      }
      case 'low-value-item': {
        if (!activity) return [];
        const end = endOfFirstLine(document, activity);
        const actions: vscode.CodeAction[] = [];
        if (!activity.outcome) {
          actions.push(snippetAction('Add an outcome', document.uri, end, new vscode.SnippetString(' → ${1:outcome}'), diagnostic, true));
        }
        actions.push(snippetAction('Justify as worthy', document.uri, end, new vscode.SnippetString(' <!-- worthy: ${1:reason} -->'), diagnostic, activity.outcome !== undefined));
        return actions;
      }
      case 'invalid-duration':
      case 'duration-mismatch': {
        const replacement = finding.data?.replacement;
        if (!replacement) return [];
        const range = toVscodeRange(finding.range);
        const text = keepBrackets(document.getText(range), replacement);
        const action = new vscode.CodeAction(`Change duration to ${text}`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, range, text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        return [action];
      }
      case 'duration-conflict': {
        if (!activity?.leading || !activity.bracketed) return [];
        const keepLeading = new vscode.CodeAction(`Remove the bracketed ${activity.bracketed.text} (keep ${activity.leading.text})`, vscode.CodeActionKind.QuickFix);
        keepLeading.edit = new vscode.WorkspaceEdit();
        keepLeading.edit.delete(document.uri, withLeadingSpace(document, toVscodeRange(activity.bracketed.range)));
        keepLeading.diagnostics = [diagnostic];
        keepLeading.isPreferred = true;
        const useBracketed = new vscode.CodeAction(`Use ${stripBrackets(activity.bracketed.text)} as the duration`, vscode.CodeActionKind.QuickFix);
        useBracketed.edit = new vscode.WorkspaceEdit();
        useBracketed.edit.replace(document.uri, toVscodeRange(activity.leading.range), activity.bracketed.normalized);
        useBracketed.edit.delete(document.uri, withLeadingSpace(document, toVscodeRange(activity.bracketed.range)));
        useBracketed.diagnostics = [diagnostic];
        return [keepLeading, useBracketed];
      }
      default:
        return [];
    }
  }

  /** "Normalize duration" for a readable but unusually spelled token under the cursor (`2 hrs` → `2h`). */
  private normalizeRefactors(state: ReviewState, range: vscode.Range): vscode.CodeAction[] {
    const activity = activityOf(state, toEngineLine(range.start.line));
    if (!activity) return [];
    const tokens = [activity.leading, activity.bracketed].filter((token): token is DurationToken => token !== undefined);
    return tokens
      .filter((token) => stripBrackets(token.text) !== token.normalized)
      .map((token) => {
        const tokenRange = toVscodeRange(token.range);
        const text = keepBrackets(token.text, token.normalized);
        const action = new vscode.CodeAction(`Normalize duration to ${text}`, vscode.CodeActionKind.RefactorRewrite);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(state.document.uri, tokenRange, text);
        return action;
      });
  }
}

function findingFor(state: ReviewState, diagnostic: vscode.Diagnostic): ReviewDiagnostic | undefined {
  const code = diagnostic.code;
  const ruleId = typeof code === 'object' ? String(code.value) : String(code);
  return state.analysis.diagnostics.find((finding) => finding.ruleId === ruleId && toVscodeRange(finding.range).isEqual(diagnostic.range));
}

function activityOf(state: ReviewState, line: number): Activity | undefined {
  return state.analysis.document.activities.find((activity) => activity.line === line);
}

/** End of the item's first line, before trailing spaces, where tags and comments go. */
function endOfFirstLine(document: vscode.TextDocument, activity: Activity): vscode.Position {
  const line = document.lineAt(toVscodeRange(activity.itemRange).start.line);
  return new vscode.Position(line.lineNumber, line.text.trimEnd().length);
}

function snippetAction(title: string, uri: vscode.Uri, at: vscode.Position, snippet: vscode.SnippetString, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(uri, [vscode.SnippetTextEdit.insert(at, snippet)]);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

function stripBrackets(text: string): string {
  return /^[([].*[)\]]$/.test(text) ? text.slice(1, -1).trim() : text;
}

/** A bracketed token keeps its brackets when its duration is rewritten: `(1 hr)` → `(1h)`. */
function keepBrackets(original: string, replacement: string): string {
  const match = /^([([])\s*.*?\s*([)\]])$/.exec(original);
  return match && !/^[([]/.test(replacement) ? `${match[1]}${replacement}${match[2]}` : replacement;
}

/** Widens a range to swallow one space before it, so removing `(2h)` leaves no double space. */
function withLeadingSpace(document: vscode.TextDocument, range: vscode.Range): vscode.Range {
  if (range.start.character === 0) return range;
  const before = new vscode.Range(range.start.translate(0, -1), range.start);
  return document.getText(before) === ' ' ? before.union(range) : range;
}
