// Code actions of an open review, in one list and one shape: the quick fixes
// of its own findings (features/quickFixes.ts), the fix a workspace finding
// brings (plan an overdue 1:1), "teach it" (features/teach.ts) and "remember"
// (features/remember.ts) on the item or heading, and the "normalize duration"
// refactor. Teach and remember write another file: the action names what to
// write, and `resolveActionChange` plans the write when the host asks.

import { normalizeRefactors, quickFixesOf } from '../features/quickFixes';
import { categoryLessons, type CategoryLesson } from '../features/teach';
import { verdictChoices, verdictEntry } from '../features/remember';
import type { FeatureAction } from '../features/types';
import type { HistoryFinding } from '../history/findings';
import type { RememberedKind } from '../memory/verdicts';
import type { Range, ReviewDiagnostic } from '../types';
import type { ReviewState } from './documents';
import { planRemember, planTeach, type ChangeContext, type PlannedChange } from './changes';

export interface WorkspaceAction extends FeatureAction {
  /** The finding the action fixes. */
  diagnostic?: ReviewDiagnostic;
  /** Teach the rubric this lesson (a change to the rubric file: `resolveChange`). */
  teach?: CategoryLesson;
  /** Remember this verdict on the item at `line` (a change to the verdicts file: `resolveChange`). */
  remember?: { line: number; verdict: RememberedKind };
}

export interface WorkspaceFindingOf {
  finding: HistoryFinding;
  diagnostic: ReviewDiagnostic;
}

const overlaps = (a: Range, b: Range): boolean => a.start.line <= b.end.line && b.start.line <= a.end.line;

function wants(only: readonly ('quickfix' | 'refactor')[] | undefined, kind: 'quickfix' | 'refactor'): boolean {
  return !only || only.includes(kind);
}

function findingFixes(state: ReviewState, workspace: readonly WorkspaceFindingOf[], range: Range): WorkspaceAction[] {
  const actions: WorkspaceAction[] = [];
  let fixesOf: ((finding: ReviewDiagnostic) => FeatureAction[]) | undefined;
  for (const diagnostic of state.analysis.diagnostics) {
    if (!overlaps(diagnostic.range, range)) continue;
    fixesOf ??= quickFixesOf(state.analysis, state.text);
    for (const action of fixesOf(diagnostic)) actions.push({ ...action, diagnostic });
  }
  for (const { finding, diagnostic } of workspace) {
    if (!finding.fix || !overlaps(finding.range, range)) continue;
    actions.push({ title: finding.fix.title, kind: 'quickfix', edits: [finding.fix.edit], preferred: true, diagnostic });
  }
  return actions;
}

/** Every action on `range` of an open review (`only`: the kinds asked for). */
export function workspaceCodeActions(state: ReviewState, workspace: readonly WorkspaceFindingOf[], range: Range, only?: readonly ('quickfix' | 'refactor')[]): WorkspaceAction[] {
  const actions: WorkspaceAction[] = [];
  const line = range.start.line;
  if (wants(only, 'quickfix')) {
    actions.push(...findingFixes(state, workspace, range));
    for (const lesson of categoryLessons(state.analysis, line)) actions.push({ title: lesson.title, kind: 'quickfix', edits: [], preferred: false, teach: lesson });
    for (const choice of verdictChoices(state.analysis, line)) actions.push({ title: choice.title, kind: 'quickfix', edits: [], preferred: false, remember: { line, verdict: choice.verdict } });
  }
  if (wants(only, 'refactor')) actions.push(...normalizeRefactors(state.analysis, line));
  return actions;
}

/** The write behind a teach or remember action; undefined for an action that carries its own edits. */
export async function resolveActionChange(state: ReviewState, action: WorkspaceAction, context: ChangeContext): Promise<PlannedChange | undefined> {
  if (action.teach) return planTeach(state.rubric, action.teach, context);
  if (!action.remember) return undefined;
  const entry = verdictEntry(state.analysis, action.remember.line, action.remember.verdict);
  return entry ? planRemember(entry, context) : { refused: 'the item is no longer there; try again on the item.' };
}
