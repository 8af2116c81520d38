// Engine results as protocol types: findings as diagnostics (code = rule id,
// a link to its documentation), actions as code actions with workspace edits
// (a snippet's placeholders filled with their defaults: plain LSP edits have
// no snippets), planned file changes as create or whole-text edits.

import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { snippetAsText, type FileChange, type ReviewDiagnostic, type Severity, type WorkspaceAction } from '../core';
import { toLspRange, uriOfPath, wholeTextRange } from './paths';

export const DIAGNOSTIC_SOURCE = 'weekly-review';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: ReviewDiagnostic): Diagnostic {
  return {
    range: toLspRange(finding.range),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}

/** An action whose edits are in the document itself. */
export function toCodeAction(uri: string, action: WorkspaceAction): CodeAction {
  const edits = action.edits.map((edit) => ({ range: toLspRange(edit.range), newText: action.snippet ? snippetAsText(edit.newText) : edit.newText }));
  return {
    title: action.title,
    kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    edit: { changes: { [uri]: edits } },
    ...(action.diagnostic ? { diagnostics: [toDiagnostic(action.diagnostic)] } : {}),
    ...(action.preferred !== undefined ? { isPreferred: action.preferred } : {}),
  };
}

/** A planned file change as one workspace edit: create (failing if the file exists) and fill, or replace the whole text. */
export function fileChangeEdit(change: FileChange): WorkspaceEdit {
  const uri = uriOfPath(change.path);
  if (change.create) {
    return {
      documentChanges: [
        { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: change.text }] },
      ],
    };
  }
  return { documentChanges: [{ textDocument: { uri, version: null }, edits: [{ range: wholeTextRange(change.previous ?? ''), newText: change.text }] }] };
}
