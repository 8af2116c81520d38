// Engine results as protocol types: findings as diagnostics (code = rule id,
// a link to its documentation for a client that declares it takes one),
// actions as code actions with workspace edits
// (a snippet's placeholders filled with their defaults: plain LSP edits have
// no snippets), planned file changes as create or whole-text edits.

import { CodeActionKind, DiagnosticSeverity, type ClientCapabilities, type CodeAction, type CodeDescription, type Diagnostic, type Range as LspRange, type WorkspaceEdit } from 'vscode-languageserver';
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
 * What the client declared it takes in a diagnostic (initialize's
 * `textDocument.publishDiagnostics`), for the optional fields we would send.
 * `codeDescription` (the rule's documentation link, LSP 3.16) goes only to a
 * client with `codeDescriptionSupport`: it is a third of a publish's bytes,
 * and a client that did not ask for it (Neovim's) decodes it for nothing.
 * The other optional fields that have a capability (`relatedInformation`,
 * `tags`, `data`) are never sent; `source` has no capability.
 */
export interface DiagnosticSupport {
  codeDescription: boolean;
}

export function diagnosticSupportOf(capabilities: ClientCapabilities): DiagnosticSupport {
  return { codeDescription: capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport === true };
}

/**
 * A published diagnostic. A class with its fields always set in this order
 * (the link only for a client that takes it, in its place), so that the
 * encoder (encode.ts) can write its JSON from a template, exactly as
 * JSON.stringify would, without looking at its keys: re-encoding the
 * findings a line break moved is then a template per finding, not a walk.
 * The fields are `declare`d so that they exist in the order the constructor
 * sets them, and the link not at all when it is left out.
 */
export class PublishedDiagnostic implements Diagnostic {
  declare readonly range: LspRange;
  declare readonly severity: DiagnosticSeverity;
  declare readonly code: string;
  declare readonly codeDescription?: CodeDescription;
  declare readonly source: string;
  declare readonly message: string;

  constructor(finding: ReviewDiagnostic, support: DiagnosticSupport) {
    this.range = toLspRange(finding.range);
    this.severity = SEVERITIES[finding.severity];
    this.code = finding.ruleId;
    if (support.codeDescription) this.codeDescription = { href: finding.url };
    this.source = DIAGNOSTIC_SOURCE;
    this.message = finding.message;
  }
}

export function toDiagnostic(finding: ReviewDiagnostic, support: DiagnosticSupport): Diagnostic {
  return new PublishedDiagnostic(finding, support);
}

/** An action whose edits are in the document itself. */
export function toCodeAction(uri: string, action: WorkspaceAction, support: DiagnosticSupport): CodeAction {
  const edits = action.edits.map((edit) => ({ range: toLspRange(edit.range), newText: action.snippet ? snippetAsText(edit.newText) : edit.newText }));
  return {
    title: action.title,
    kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    edit: { changes: { [uri]: edits } },
    ...(action.diagnostic ? { diagnostics: [toDiagnostic(action.diagnostic, support)] } : {}),
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
