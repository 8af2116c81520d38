// How numbers read wherever a person sees them — CLI, CodeLens, hover, status
// bar, summary table — so that one share or gap is spelled the same everywhere.
// Minutes are written by the durations module (parse/durations.ts), beside
// the code that reads them.

/** 0.1634 → `16%`; one decimal below 10% where rounding would hide a small share. */
export function percent(share: number): string {
  const value = share * 100;
  if (value !== 0 && Math.abs(value) < 10 && Math.round(value) !== value) return `${Math.round(value * 10) / 10}%`;
  return `${Math.round(value)}%`;
}

/**
 * −9.3 → `−9 pp`, 4 → `+4 pp`, 0 → `±0 pp` (U+2212 minus, as typeset numbers
 * use); `decimals: 1` keeps one decimal (`−8.7 pp`) for tables.
 */
export function formatPp(diffPp: number, decimals: 0 | 1 = 0): string {
  const factor = decimals === 1 ? 10 : 1;
  const rounded = Math.round(diffPp * factor) / factor;
  if (rounded === 0) return '±0 pp';
  return `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded)} pp`;
}

/**
 * The Δ beside a status (the summary panel): one decimal, the figure the
 * status was decided on. Whole points hid it (issue 22: −5.5 and −4.7 both
 * read `−5 pp`, one "under", one "on target").
 */
export function statusDelta(diffPp: number): string {
  return formatPp(diffPp, 1);
}
