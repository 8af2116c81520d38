// Typed access to the `weeklyReview.*` settings, read fresh each time so that a
// settings change needs no cache invalidation beyond re-running the analysis.
// What the values mean (validation, defaults, the rubric path, the analysis
// options) is the engine's (core/workspace/settings.ts), shared with the
// language server; this file only reads VS Code's configuration.

import * as vscode from 'vscode';
import type { AnalyzeOptions, WorkspaceSettings } from '../core';
import { analyzeOptionsOf, parseSettings } from '../core';
import { pathOf } from './host';

export type Settings = WorkspaceSettings;

const KEYS = ['files', 'folder', 'rubric', 'severity', 'debounceMs', 'codeLens.enabled', 'statusBar.enabled', 'memory.enabled'] as const;

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('weeklyReview', scope);
  return parseSettings(Object.fromEntries(KEYS.map((key) => [key, config.get(key)])));
}

interface AnalysisSetup {
  /** The settings the options came from (read once, so one analysis sees one version of them). */
  settings: Settings;
  options: AnalyzeOptions;
}

/**
 * Settings → rubric path → analysis options for a review (or a file that
 * would sit at `target`). Every caller that analyses, resolves a rubric or
 * asks which file the `weeklyReview.rubric` setting names goes through here.
 */
export function analysisOptionsFor(target: vscode.Uri | vscode.TextDocument): AnalysisSetup {
  const uri = target instanceof vscode.Uri ? target : target.uri;
  const settings = readSettings(target);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return { settings, options: analyzeOptionsOf(settings, folder ? pathOf(folder.uri) : undefined) };
}
