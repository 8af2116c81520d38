// Publishes the workspace engine's findings as VS Code diagnostics: a
// review's own findings on the review, as each analysis is announced, and a
// broken rubric's problems in the rubric file itself (cleared once the rubric
// is fixed, deleted, or no review uses it).
// A review's list is published in parts of the document (diagnosticParts.ts),
// so a keystroke re-sends only the part it changed.

import * as vscode from 'vscode';
import type { ReviewDiagnostic, ReviewState, ReviewWorkspace, RubricProblem, Severity } from '../core';
import { BUILTIN_RUBRIC_SOURCE, PEOPLE_FILE_NAME, ruleDocsUrl } from '../core';
import { uriOf, wasRefused } from './host';
import { toVscodeRange } from './positions';
import type { ReviewDocuments } from './reviewDocuments';
import type { RubricCheck, RubricWatcher } from './rubricWatcher';
import { changedParts, LINES_PER_PART, partsOf, shownParts } from './diagnosticParts';

export const DIAGNOSTIC_SOURCE = 'weekly-review';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class DiagnosticsPublisher implements vscode.Disposable {
  /** Part 0 of every review, and the rubric files' problems. */
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** One collection per part of a document, created in order as long reviews need them (part 0 is `collection`). */
  private readonly parts: vscode.DiagnosticCollection[] = [this.collection];
  /** Per review (uri string), what each part holds now. */
  private readonly published = new Map<string, vscode.Diagnostic[][]>();
  /** Per review (uri string), all of its diagnostics by part, to choose again what is shown when the view scrolls. */
  private readonly latest = new Map<string, { uri: vscode.Uri; parts: vscode.Diagnostic[][] }>();
  /** Rubric files we published problems for, so fixing the rubric clears them. */
  private readonly rubricFilesWithProblems = new Set<string>();
  /**
   * The engine hands back the very same finding objects for sections a
   * keystroke did not touch, so each is converted once: publishing a 1 MB
   * review after an edit allocates only the edited section's diagnostics.
   */
  private readonly converted = new WeakMap<ReviewDiagnostic, vscode.Diagnostic>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    workspace: ReviewWorkspace,
    private readonly documents: ReviewDocuments,
    rubrics: RubricWatcher,
  ) {
    this.subscriptions = [
      this.collection,
      workspace.onDidAnalyze((state) => this.publishReview(state)),
      rubrics.onDidCheckRubric((check) => this.publishRubricProblems(check)),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
        const latest = this.latest.get(textEditor.document.uri.toString());
        if (latest) this.show(latest.uri, latest.parts);
      }),
      workspace.onDidForget((path) => {
        if (!this.rubricFilesWithProblems.has(path)) this.forgetReview(documents.uriOf(path));
      }),
    ];
  }

  private publishReview(state: ReviewState): void {
    const uri = this.documents.uriOf(state.path);
    const parts = partsOf(state.analysis.diagnostics.map((finding) => this.toVscode(finding)));
    this.latest.set(uri.toString(), { uri, parts });
    this.show(uri, parts);
    const { rubric } = state;
    if (!rubric.ok) this.publishRubricProblems(rubric);
    else if (this.rubricFilesWithProblems.has(rubric.file)) this.publishRubricProblems({ file: rubric.file, problems: [] });
  }

  /** Sets the parts whose shown diagnostics changed. */
  private show(uri: vscode.Uri, parts: vscode.Diagnostic[][]): void {
    const next = shownParts(parts, visibleParts(uri));
    const previous = this.published.get(uri.toString()) ?? [];
    for (const part of changedParts(previous, next, sameDiagnostic)) {
      const diagnostics = next[part] ?? [];
      if (diagnostics.length > 0) this.part(part).set(uri, diagnostics);
      else this.part(part).delete(uri);
    }
    this.published.set(uri.toString(), next);
  }

  /** Problems may sit in the file itself, in a file it extends or in the people.yaml beside it: each file gets its own list. */
  private publishRubricProblems({ file, problems }: RubricCheck): void {
    const byFile = new Map<string, vscode.Diagnostic[]>([[file, []]]);
    const people = `${file.slice(0, file.lastIndexOf('/'))}/${PEOPLE_FILE_NAME}`;
    if (this.rubricFilesWithProblems.has(people)) byFile.set(people, []);
    for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), rubricProblemDiagnostic(problem)]);
    for (const [path, diagnostics] of byFile) {
      // A path Restricted Mode refused was never read: no problems list (one click from opening it) for a file outside the workspace.
      if (path === BUILTIN_RUBRIC_SOURCE || wasRefused(path)) continue;
      const uri = uriOf(path);
      if (diagnostics.length > 0) {
        this.collection.set(uri, diagnostics);
        this.rubricFilesWithProblems.add(path);
      } else {
        this.collection.delete(uri);
        this.rubricFilesWithProblems.delete(path);
      }
    }
  }

  private part(index: number): vscode.DiagnosticCollection {
    while (this.parts.length <= index) this.parts.push(vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-part-${this.parts.length + 1}`));
    return this.parts[index] as vscode.DiagnosticCollection;
  }

  private forgetReview(uri: vscode.Uri): void {
    for (const part of this.parts) part.delete(uri);
    this.published.delete(uri.toString());
    this.latest.delete(uri.toString());
  }

  private toVscode(finding: ReviewDiagnostic): vscode.Diagnostic {
    let diagnostic = this.converted.get(finding);
    if (!diagnostic) {
      diagnostic = toVscodeDiagnostic(finding);
      this.converted.set(finding, diagnostic);
    }
    return diagnostic;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    // Part 0 is among the subscriptions.
    for (const part of this.parts.slice(1)) part.dispose();
  }
}

/** The parts on screen in the editors showing `uri`. */
function visibleParts(uri: vscode.Uri): number[] {
  const parts = new Set<number>();
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.uri.toString() !== uri.toString()) continue;
    for (const range of editor.visibleRanges) {
      for (let part = Math.floor(range.start.line / LINES_PER_PART); part <= Math.floor(range.end.line / LINES_PER_PART); part++) parts.add(part);
    }
  }
  return [...parts];
}

/** Equal as VS Code shows them: a document-wide finding made anew by each check need not be sent again. */
function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? `${d.code.value}\u0000${d.code.target.toString()}` : String(d.code));
  return a.message === b.message && a.severity === b.severity && a.source === b.source && a.range.isEqual(b.range) && codeOf(a) === codeOf(b);
}

/** A finding of the engine (a review's own or the workspace's) as VS Code shows it. */
export function toVscodeDiagnostic(finding: ReviewDiagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
  return diagnostic;
}

function rubricProblemDiagnostic(problem: RubricProblem): vscode.Diagnostic {
  const range = toVscodeRange({ start: { line: problem.line, column: problem.column }, end: { line: problem.endLine, column: problem.endColumn } });
  const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: 'rubric-error', target: vscode.Uri.parse(ruleDocsUrl('rubric-error')) };
  return diagnostic;
}
