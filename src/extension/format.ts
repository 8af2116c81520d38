// Small display helpers shared by the hover, lenses, status item and summary
// table, so numbers read the same everywhere in the editor.

import { decimalHours, formatMinutes } from '../core';

/** `150` → `2h 30m (2.5 h)`: SPEC §2.2 asks for both h:mm style and decimal hours. */
export function bothDurations(minutes: number): string {
  return `${formatMinutes(minutes)} (${decimalHours(minutes)} h)`;
}

/** 0.1634 → `16%`; keeps one decimal below 10% where rounding would hide small shares. */
export function percent(share: number): string {
  const value = share * 100;
  if (value !== 0 && Math.abs(value) < 10 && Math.round(value) !== value) return `${(Math.round(value * 10) / 10).toString()}%`;
  return `${Math.round(value)}%`;
}

/** −9.3 → `−9 pp`, 4 → `+4 pp`, 0 → `±0 pp`; U+2212 minus, as typeset numbers use. */
export function signedPp(diffPp: number): string {
  const rounded = Math.round(diffPp);
  if (rounded === 0) return '±0 pp';
  return `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded)} pp`;
}

/** Hours for compact labels: `41h`, `7.5h`, `0.5h`. */
export function compactHours(minutes: number): string {
  const hours = minutes / 60;
  if (hours >= 10) return `${Math.round(hours)}h`;
  return `${Math.round(hours * 2) / 2}h`;
}

/** Escapes text for a MarkdownString so user words never become markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&').replace(/\r?\n/g, ' ');
}
