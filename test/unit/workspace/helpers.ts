// Shared pieces of the workspace engine's tests: a workspace over an
// InMemoryHost, and waits on its events (never on time).

import { createReviewService, createReviewWorkspace, InMemoryHost, reviewHostOf, type InMemoryHostOptions, type ReviewState, type ReviewWorkspace } from '../../../src/core';

export interface Setup {
  host: InMemoryHost;
  workspace: ReviewWorkspace;
}

export function setup(options: InMemoryHostOptions = {}): Setup {
  const host = new InMemoryHost({ ...options, settings: { debounceMs: 0, ...options.settings } });
  const workspace = createReviewWorkspace(createReviewService(reviewHostOf(host)), host);
  return { host, workspace };
}

/** The next analysis of `path`. */
export function analyzed(workspace: ReviewWorkspace, path: string): Promise<ReviewState> {
  return new Promise((resolve) => {
    const subscription = workspace.onDidAnalyze((state) => {
      if (state.path !== path) return;
      subscription.dispose();
      resolve(state);
    });
  });
}

/** The next settled change of the runs. */
export function runsChanged(workspace: ReviewWorkspace): Promise<void> {
  return new Promise((resolve) => {
    const subscription = workspace.onDidChangeRuns(() => {
      subscription.dispose();
      resolve();
    });
  });
}

/** Opens a review and resolves with its first analysis, once the runs it starts are indexed. */
export async function openReview(setupOf: Setup, path: string, text = setupOf.host.files.get(path) ?? ''): Promise<ReviewState> {
  const done = analyzed(setupOf.workspace, path);
  setupOf.workspace.open(path, text, 1);
  const state = await done;
  await setupOf.workspace.ready();
  return state;
}

export const OVERDUE_RUBRIC = `extends: cto
people:
  - { name: Ana Silva, handle: ana, cadence: 2w }
`;

/** Line → text of a range, for readable assertions. */
export function rangeOf(d: { range: { start: { line: number; column: number }; end: { line: number; column: number } } }): [number, number, number, number] {
  return [d.range.start.line, d.range.start.column, d.range.end.line, d.range.end.column];
}
