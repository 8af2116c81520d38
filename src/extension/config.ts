// Typed access to the `weeklyReview.*` settings, read fresh each time so that a
// settings change needs no cache invalidation beyond re-running the analysis.

import * as vscode from 'vscode';
import type { RuleId, SeveritySetting } from '../core';
import { RULES } from '../core';

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
  };
}

/** Setting `weeklyReview.rubric` as an engine path: relative paths resolve against the document's workspace folder. */
export function rubricSettingPath(settings: Settings, folder: vscode.WorkspaceFolder | undefined, pathOf: (uri: vscode.Uri) => string): string | undefined {
  const value = settings.rubric;
  if (!value) return undefined;
  if (value === 'cto') return 'cto';
  if (value.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(value)) return pathOf(vscode.Uri.file(value));
  if (!folder) return undefined;
  return pathOf(vscode.Uri.joinPath(folder.uri, value));
}
