// Hover on an activity's first line: how long, which category and why, which
// priority, the score against the threshold and one line per rubric criterion
// with its evidence — the transparent "why" behind a low-value squiggle.

import * as vscode from 'vscode';
import type { Activity, Rubric } from '../core';
import type { ReviewController } from './diagnostics';
import { bothDurations, escapeMarkdown } from './format';
import { toEngineLine, toVscodeRange } from './positions';

const VERDICT_MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;

export class ActivityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly controller: ReviewController) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.controller.stateOf(document);
    if (!state) return undefined;
    const line = toEngineLine(position.line);
    const activity = state.analysis.document.activities.find((candidate) => candidate.line === line);
    if (!activity) return undefined;
    const range = toVscodeRange(activity.itemRange);
    if (!range.contains(position)) return undefined;
    return new vscode.Hover(describeActivity(activity, state.analysis.document.rubric), range);
  }
}

export function describeActivity(activity: Activity, rubric: Rubric | undefined): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  const lines: string[] = [];
  const planned = activity.checked === false ? ' · _planned, not counted_' : !activity.counted ? ' · _counted in its nested items_' : '';
  lines.push(`**${escapeMarkdown(bothDurations(activity.minutes))}**${planned}`);

  const category = rubric?.categories.find((c) => c.id === activity.categoryId);
  if (category) {
    const source = activity.categorySource;
    const how = source ? (source.kind === 'tag' ? ` — from tag \`${source.text.replace(/`/g, '')}\`` : ` — from heading “${escapeMarkdown(source.text)}”`) : '';
    lines.push(`Category: **${escapeMarkdown(category.name)}**${how}`);
  } else if (activity.counted) {
    lines.push('Category: _uncategorized_ — add a tag such as `#recruiting` or move it under a category heading');
  }
  const priority = rubric?.priorities.find((p) => p.id === activity.priorityId);
  if (priority) lines.push(`Priority: **${escapeMarkdown(priority.name)}**`);

  if (activity.score !== undefined && rubric) {
    const verdict = activity.worthyReason !== undefined ? 'accepted as worthy' : activity.lowValue ? '**low value**' : 'worthy';
    lines.push(`Score: **${activity.score.toFixed(2)}** vs threshold ${rubric.threshold.toFixed(2)} — ${verdict}`);
  }
  markdown.appendMarkdown(lines.join('  \n'));

  if (activity.criteria && activity.criteria.length > 0) {
    const criteria = activity.criteria.map((criterion) => {
      const weight = criterion.weight !== 1 ? ` ×${criterion.weight}` : '';
      return `${VERDICT_MARK[criterion.verdict]} ${escapeMarkdown(criterion.name)}${weight} — ${escapeMarkdown(criterion.evidence)}`;
    });
    markdown.appendMarkdown(`\n\n---\n\n${criteria.join('  \n')}`);
  }
  if (activity.worthyReason !== undefined) {
    markdown.appendMarkdown(`\n\n---\n\nJustified as worthy: ${escapeMarkdown(activity.worthyReason || '(no reason given)')}`);
  }
  return markdown;
}
