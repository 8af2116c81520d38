// "Open rubric": opens the rubric file in effect for the active review. When
// the built-in `cto` rubric is in effect, offers to create a commented
// `.weekly-review.yaml` that extends it (never over an existing one), or to
// read the built-in one. A rubric Restricted Mode refused is not opened: its
// path is kept only to say which file was refused.

import * as vscode from 'vscode';
import type { ReviewService, ReviewWorkspace } from '../core';
import { BUILTIN_CTO_RUBRIC_YAML } from '../core';
import { analysisOptionsFor } from './config';
import { createFileExclusively, pathOf, refuseOutsideWorkspace, uriOf } from './host';

const STARTER_RUBRIC = `# Weekly Review rubric for this workspace.
# It extends the built-in "cto" rubric: anything not set here is inherited.
# Maps merge by id; set an entry to null to remove an inherited one.
# Reference: https://github.com/weekly-review/weekly-review#rubric
extends: cto

# Share of the week each category should get (must add up to 100%).
# categories:
#   recruiting:
#     target: 15%
#   marketing:
#     target: 5%

# Score below which an activity is flagged as low-value (0..1).
# threshold: 0.5

# How far from target (in percentage points) still counts as "on target".
# tolerance: 5%

# Hours you expect to log in a week (front matter "hours:" wins).
# expectedHours: 40

# Severity per rule: error, warning, info, hint or off.
# rules:
#   missing-duration: off
`;

export async function openRubric(service: ReviewService, workspace: ReviewWorkspace): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const state = editor ? workspace.stateOf(pathOf(editor.document.uri)) : undefined;
  const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  let file = state?.rubric.file;
  if (file === undefined && folder) {
    // No review open: the rubric a review at the folder's root would get.
    const probe = vscode.Uri.joinPath(folder.uri, 'review.md');
    file = (await service.resolveRubric(pathOf(probe), '', analysisOptionsFor(probe).options)).file;
  }
  if (file !== undefined && file !== 'built-in') {
    await openUnlessRefused(file);
    return;
  }
  const create = 'Create .weekly-review.yaml';
  const show = 'Show built-in rubric';
  const choice = await vscode.window.showInformationMessage(
    'The built-in "cto" rubric is in effect. Create a .weekly-review.yaml that extends it, to tune targets, criteria and severities?',
    ...(folder ? [create] : []),
    show,
  );
  if (choice === create && folder) {
    const target = vscode.Uri.joinPath(folder.uri, '.weekly-review.yaml');
    // One that appeared meanwhile (or that a setting passes over) is opened as it is.
    await createFileExclusively(target, STARTER_RUBRIC);
    await openUnlessRefused(pathOf(target));
  } else if (choice === show) {
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: BUILTIN_CTO_RUBRIC_YAML });
    await vscode.window.showTextDocument(document, { preview: true });
  }
}

/** Opens a rubric file, unless Restricted Mode refuses it (outside the workspace, or a link leading there). */
async function openUnlessRefused(file: string): Promise<void> {
  const refused = await refuseOutsideWorkspace(file);
  if (refused !== undefined) {
    void vscode.window.showWarningMessage(`Weekly Review: ${refused}; it is not opened.`);
    return;
  }
  await vscode.window.showTextDocument(uriOf(file));
}
