// Quick fixes and the "normalize duration" refactor: the engine computes them
// (core/features/quickFixes.ts) from the store's latest analysis; this adapter
// ties each to its VS Code diagnostic and turns its edits into one
// WorkspaceEdit (one undo step; snippet edits let the user type the reason).
// The workspace findings (the review runs) bring their own fix: planning an
// overdue 1:1 in the latest review. On an inferred or uncategorized item or
// heading, "teach it" fixes write the category into the rubric (teachCategory.ts).

import * as vscode from 'vscode';
import type { FeatureAction, ReviewDiagnostic } from '../core';
import { normalizeRefactors, quickFixes } from '../core';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { relativeMessage } from './historyDiagnostics';
import { toVscodeRange } from './positions';
import type { ReviewState, ReviewStore } from './reviewStore';
import { pathOf } from './host';
import type { ReviewRuns } from './reviewRuns';
import { rememberActions } from './rememberVerdict';
import { teachActions } from './teachCategory';

export class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite],
  };

  constructor(
    private readonly store: ReviewStore,
    private readonly runs?: ReviewRuns,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.store.stateOf(document);
    // Edits are computed from positions in the analysis: if the text moved on since, wait for the next run.
    if (!state || state.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const planned = diagnostic.source === DIAGNOSTIC_SOURCE ? this.historyFix(document, diagnostic) : undefined;
      if (planned) actions.push(planned);
      const finding = diagnostic.source === DIAGNOSTIC_SOURCE ? findingFor(state, diagnostic) : undefined;
      if (finding) actions.push(...quickFixes(state.analysis, state.text, finding).map((action) => toCodeAction(document.uri, action, diagnostic)));
    }
    const only = context.only;
    const wantsFixes = !only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only);
    if (wantsFixes) actions.push(...teachActions(state, range), ...rememberActions(state, range));
    const wantsRefactors = !only || only.contains(vscode.CodeActionKind.RefactorRewrite) || vscode.CodeActionKind.RefactorRewrite.contains(only);
    if (wantsRefactors) actions.push(...normalizeRefactors(state.analysis, range.start.line + 1).map((action) => toCodeAction(document.uri, action)));
    return actions;
  }

  /** The fix of a workspace finding, offered only while the index holds exactly the editor's text. */
  private historyFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
    const path = pathOf(document.uri);
    const run = this.runs?.runOf(document.uri);
    if (!run || run.index.get(path)?.text !== document.getText()) return undefined;
    const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
    const finding = this.runs?.findings(run).find((f) => f.path === path && f.ruleId === ruleId && relativeMessage(f.message) === diagnostic.message && toVscodeRange(f.range).isEqual(diagnostic.range));
    if (!finding?.fix) return undefined;
    const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, toVscodeRange(finding.fix.edit.range), finding.fix.edit.newText);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    return action;
  }
}

function findingFor(state: ReviewState, diagnostic: vscode.Diagnostic): ReviewDiagnostic | undefined {
  const code = diagnostic.code;
  const ruleId = typeof code === 'object' ? String(code.value) : String(code);
  return state.analysis.diagnostics.find((finding) => finding.ruleId === ruleId && toVscodeRange(finding.range).isEqual(diagnostic.range));
}

function toCodeAction(uri: vscode.Uri, action: FeatureAction, diagnostic?: vscode.Diagnostic): vscode.CodeAction {
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
