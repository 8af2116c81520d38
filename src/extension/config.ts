// Typed access to the `weeklyReview.*` settings, read fresh each time so that a
// settings change needs no cache invalidation beyond re-running the analysis,
// and the one recipe from settings to the engine's analysis options.

import * as vscode from 'vscode';
import type { AnalyzeOptions, RuleId, SeveritySetting } from '../core';
import { RULES } from '../core';
import { pathOf } from './host';

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const KNOWN_RULES = new Set<string>(RULES.map((rule) => rule.id));

export interface Settings {
  files: string[];
  folder: string;
  rubric: string | undefined;
  severities: Partial<Record<RuleId, SeveritySetting>>;
  debounceMs: number;
  codeLensEnabled: boolean;
  statusBarEnabled: boolean;
  /** Remembered verdicts (`.weekly-review/verdicts.yaml`) apply. */
  memoryEnabled: boolean;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('weeklyReview', scope);
  const severities: Partial<Record<RuleId, SeveritySetting>> = {};
  const rawSeverities = config.get<Record<string, unknown>>('severity') ?? {};
  for (const [ruleId, value] of Object.entries(rawSeverities)) {
    // Unknown rules or values are ignored rather than thrown: a typo in settings must not stop linting.
    if (KNOWN_RULES.has(ruleId) && SEVERITY_SETTINGS.includes(value as SeveritySetting)) severities[ruleId as RuleId] = value as SeveritySetting;
  }
  const rubric = config.get<string>('rubric')?.trim();
  const debounce = config.get<number>('debounceMs') ?? 250;
  return {
    files: (config.get<unknown[]>('files') ?? []).filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== ''),
    folder: config.get<string>('folder')?.trim() || 'reviews',
    rubric: rubric ? rubric : undefined,
    severities,
    debounceMs: Number.isFinite(debounce) ? Math.min(Math.max(debounce, 0), 5000) : 250,
    codeLensEnabled: config.get<boolean>('codeLens.enabled') ?? true,
    statusBarEnabled: config.get<boolean>('statusBar.enabled') ?? true,
    memoryEnabled: config.get<boolean>('memory.enabled') ?? true,
  };
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
  const rubricPath = rubricSettingPath(settings.rubric, vscode.workspace.getWorkspaceFolder(uri));
  return { settings, options: { ...(rubricPath ? { rubricPath } : {}), severities: settings.severities, ...(settings.memoryEnabled ? {} : { memory: false }) } };
}

/** Setting `weeklyReview.rubric` as an engine path: relative paths resolve against the workspace folder. */
function rubricSettingPath(value: string | undefined, folder: vscode.WorkspaceFolder | undefined): string | undefined {
  if (!value) return undefined;
  if (value === 'cto') return 'cto';
  if (value.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(value)) return pathOf(vscode.Uri.file(value));
  if (!folder) return undefined;
  return pathOf(vscode.Uri.joinPath(folder.uri, value));
}
