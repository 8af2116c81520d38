// Engine results as protocol types: findings as diagnostics (code = rule id,
// a link to its documentation), actions as code actions with workspace edits
// (a snippet's placeholders filled with their defaults: plain LSP edits have
// no snippets), planned file changes as create or whole-text edits.

import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range as LspRange, type WorkspaceEdit } from 'vscode-languageserver';
import { snippetAsText, type FileChange, type ReviewDiagnostic, type Severity, type WorkspaceAction } from '../core';
import { toLspRange, uriOfPath, wholeTextRange } from './paths';

export const DIAGNOSTIC_SOURCE = 'weekly-review';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A published diagnostic. A class with its fields always set in this order,
 * so that the encoder (encode.ts) can write its JSON from a template, exactly
 * as JSON.stringify would, without looking at its keys: re-encoding the
 * findings a line break moved is then a template per finding, not a walk.
 */
export class PublishedDiagnostic implements Diagnostic {
  readonly range: LspRange;
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly codeDescription: { href: string };
  readonly source: string;
  readonly message: string;

  constructor(finding: ReviewDiagnostic) {
    this.range = toLspRange(finding.range);
    this.severity = SEVERITIES[finding.severity];
    this.code = finding.ruleId;
    this.codeDescription = { href: finding.url };
    this.source = DIAGNOSTIC_SOURCE;
    this.message = finding.message;
  }
}

export function toDiagnostic(finding: ReviewDiagnostic): Diagnostic {
  return new PublishedDiagnostic(finding);
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
