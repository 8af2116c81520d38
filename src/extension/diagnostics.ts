// Publishes the store's findings as VS Code diagnostics: a review's own
// findings on the review, and a broken rubric's problems in the rubric file
// itself (cleared once the rubric is fixed, deleted, or no review uses it).

import * as vscode from 'vscode';
import type { ReviewDiagnostic, RubricProblem, Severity } from '../core';
import { BUILTIN_RUBRIC_SOURCE, PEOPLE_FILE_NAME, ruleDocsUrl } from '../core';
import { pathOf, refuseOutsideWorkspace, uriOf } from './host';
import { toVscodeRange } from './positions';
import type { ReviewState, ReviewStore, RubricCheck } from './reviewStore';

export const DIAGNOSTIC_SOURCE = 'weekly-review';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('weekly-review');
  /** Rubric files we published problems for, so fixing the rubric clears them. */
  private readonly rubricFilesWithProblems = new Set<string>();
  /**
   * The engine hands back the very same finding objects for sections a
   * keystroke did not touch, so each is converted once: publishing a 1 MB
   * review after an edit allocates only the edited section's diagnostics.
   */
  private readonly converted = new WeakMap<ReviewDiagnostic, vscode.Diagnostic>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(store: ReviewStore) {
    this.subscriptions = [
      this.collection,
      store.onDidAnalyze((state) => this.publishReview(state)),
      store.onDidCheckRubric((check) => this.publishRubricProblems(check)),
      store.onDidForget((uri) => {
        if (!this.rubricFilesWithProblems.has(pathOf(uri))) this.collection.delete(uri);
      }),
    ];
  }

  private publishReview(state: ReviewState): void {
    this.collection.set(state.document.uri, state.analysis.diagnostics.map((finding) => this.toVscode(finding)));
    const { rubric } = state;
    if (!rubric.ok) this.publishRubricProblems(rubric);
    else if (this.rubricFilesWithProblems.has(rubric.file)) this.publishRubricProblems({ file: rubric.file, problems: [] });
  }

  /** Problems may sit in the file itself, in a file it extends or in the people.yaml beside it: each file gets its own list. */
  private publishRubricProblems({ file, problems }: RubricCheck): void {
    const byFile = new Map<string, vscode.Diagnostic[]>([[file, []]]);
    const people = `${file.slice(0, file.lastIndexOf('/'))}/${PEOPLE_FILE_NAME}`;
    if (this.rubricFilesWithProblems.has(people)) byFile.set(people, []);
    for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), rubricProblemDiagnostic(problem)]);
    for (const [path, diagnostics] of byFile) {
      // A path Restricted Mode refused was never read: no problems list for a file outside the workspace.
      if (path === BUILTIN_RUBRIC_SOURCE || refuseOutsideWorkspace(path) !== undefined) continue;
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
  }
}

function toVscodeDiagnostic(finding: ReviewDiagnostic): vscode.Diagnostic {
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
