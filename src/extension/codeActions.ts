// Quick fixes, "teach it", "remember" and the "normalize duration" refactor,
// as the workspace engine lists them for a range of a review (its own
// findings' fixes, a workspace finding's fix such as planning an overdue
// 1:1). This adapter ties each fix to the VS Code diagnostic it fixes, turns
// edits into one WorkspaceEdit (one undo step; snippet edits let the user
// type the reason), and makes teach and remember commands, which write
// another file when chosen (teachCategory.ts, rememberVerdict.ts).

import * as vscode from 'vscode';
import type { ReviewDiagnostic, ReviewWorkspace, WorkspaceAction } from '../core';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { pathOf } from './host';
import { toEngineRange, toVscodeRange } from './positions';
import { REMEMBER_COMMAND, type RememberArgs } from './rememberVerdict';
import { TEACH_COMMAND, type TeachArgs } from './teachCategory';

export class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite],
  };

  constructor(private readonly workspace: ReviewWorkspace) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const path = pathOf(document.uri);
    // Edits are computed from positions in the analysis: if the text moved on since, wait for the next run.
    if (this.workspace.stateOf(path)?.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const action of this.workspace.codeActions(path, toEngineRange(range), kindsOf(context.only))) {
      if (action.diagnostic) {
        const diagnostic = shownAs(action.diagnostic, context.diagnostics);
        if (diagnostic) actions.push(toCodeAction(document.uri, action, diagnostic));
      } else if (action.teach) {
        actions.push(commandAction(action.title, TEACH_COMMAND, { review: document.uri.toString(), lesson: action.teach } satisfies TeachArgs));
      } else if (action.remember) {
        actions.push(commandAction(action.title, REMEMBER_COMMAND, { review: document.uri.toString(), ...action.remember } satisfies RememberArgs));
      } else actions.push(toCodeAction(document.uri, action));
    }
    return actions;
  }
}

/** The kinds asked for, in the engine's words (undefined: all). */
function kindsOf(only: vscode.CodeActionKind | undefined): ('quickfix' | 'refactor')[] | undefined {
  if (!only) return undefined;
  const wants = (kind: vscode.CodeActionKind) => only.contains(kind) || kind.contains(only);
  return [...(wants(vscode.CodeActionKind.QuickFix) ? ['quickfix' as const] : []), ...(wants(vscode.CodeActionKind.RefactorRewrite) ? ['refactor' as const] : [])];
}

/** The VS Code diagnostic showing an engine finding, among those the fix is asked for. */
function shownAs(finding: ReviewDiagnostic, diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic | undefined {
  const range = toVscodeRange(finding.range);
  return diagnostics.find((d) => {
    const ruleId = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
    return d.source === DIAGNOSTIC_SOURCE && ruleId === finding.ruleId && d.message === finding.message && d.range.isEqual(range);
  });
}

function commandAction(title: string, command: string, args: TeachArgs | RememberArgs): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { command, title, arguments: [args] };
  action.isPreferred = false;
  return action;
}

function toCodeAction(uri: vscode.Uri, action: WorkspaceAction, diagnostic?: vscode.Diagnostic): vscode.CodeAction {
  const result = new vscode.CodeAction(action.title, action.kind === 'quickfix' ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.RefactorRewrite);
  result.edit = new vscode.WorkspaceEdit();
  if (action.snippet) {
    result.edit.set(uri, action.edits.map((edit) => new vscode.SnippetTextEdit(toVscodeRange(edit.range), new vscode.SnippetString(edit.newText))));
  } else {
    for (const edit of action.edits) result.edit.replace(uri, toVscodeRange(edit.range), edit.newText);
  }
  if (diagnostic) result.diagnostics = [diagnostic];
  if (action.preferred !== undefined) result.isPreferred = action.preferred;
  return result;
}
