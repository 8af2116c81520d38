// Display helpers of the editor features. The number formats themselves live
// in the engine (src/core/report/format.ts) so the CLI and the editor agree.

export { bothDurations, compactHours, formatPp as signedPp, percent } from '../core/report/format';

/** Escapes text for a MarkdownString so user words never become markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&').replace(/\r?\n/g, ' ');
}
