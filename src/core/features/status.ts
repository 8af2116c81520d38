// Status bar content for the week under the cursor: `W47 · 41h · 3 low-value`,
// a markdown tooltip and a screen-reader label. Icons are the editor's business.
// The total is exact, as everywhere else (issue 22: `33h` for 33h 10m hid 10 minutes).

import { formatMinutes } from '../parse/durations';
import type { WeekSummary } from '../summary/allocation';

export interface StatusContent {
  text: string;
  /** Markdown. */
  tooltip: string;
  accessibilityLabel: string;
}

export function statusContent(summary: WeekSummary): StatusContent {
  const week = summary.week ? summary.week.replace(/^\d{4}-/, '') : 'Review';
  const low = summary.lowValue.length;
  const expected = summary.expectedMinutes !== null ? ` of ${formatMinutes(summary.expectedMinutes)} expected` : '';
  const tooltip = [
    `**Weekly Review ${summary.week ?? ''}**`,
    `Logged ${formatMinutes(summary.totalMinutes)}${expected}`,
    `${low} low-value item${low === 1 ? '' : 's'} (${formatMinutes(summary.lowValueMinutes)})`,
    summary.uncategorizedMinutes > 0 ? `${formatMinutes(summary.uncategorizedMinutes)} uncategorized` : '',
    'Click to summarize the week',
  ].filter(Boolean).join('  \n');
  return {
    text: `${week} · ${formatMinutes(summary.totalMinutes)} · ${low} low-value`,
    tooltip,
    accessibilityLabel: `Weekly review ${summary.week ?? ''}: ${formatMinutes(summary.totalMinutes)} logged, ${low} low-value items. Open the summary.`,
  };
}
