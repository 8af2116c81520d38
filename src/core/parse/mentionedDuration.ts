// A duration mentioned inside an item's text rather than at its start
// (`- spent 2h in jira cleaning up`): such an item is a note and its time is
// not counted, so `buried-duration` points at the mention (issue 22: nothing
// silently lost). Only tokens the leading-duration reader would count are
// mentions: not a time of day, not `5m ARR`, not the ambiguous `10m users`, not in `inline code`.

import { canonicalDuration, parseLeadingDuration } from './durations';

export interface MentionedDuration {
  /** Offset of the token in the searched text. */
  index: number;
  /** The token as written (`2 hrs`). */
  text: string;
  minutes: number;
  /** The token to write first instead (`2h`). */
  canonical: string;
}

/** How far a token can reach: `1 hour 30 minutes` and what follows it. */
const TOKEN_WINDOW = 48;
/** A long line is a paragraph, not an item to hint at: look at its first candidates only. */
const MAX_CANDIDATES = 32;

/** Offsets where a word starts with a digit (or `~2h`): the only places a duration can start. */
function candidateOffsets(text: string): number[] {
  const offsets: number[] = [];
  const starts = /(?:^|[\s([])[~≈]?(?=\d)/g;
  for (let match = starts.exec(text); match && offsets.length < MAX_CANDIDATES; match = starts.exec(text)) {
    offsets.push(match.index + (/^[\s([]/.test(match[0]) ? 1 : 0));
    if (match[0].length === 0) starts.lastIndex += 1;
  }
  return offsets;
}

/** The first countable duration mentioned after the start of `text`, or undefined. */
export function findMentionedDuration(text: string): MentionedDuration | undefined {
  // Inline code is quoted, not said: blank it out, keeping offsets.
  const said = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  for (const offset of candidateOffsets(said)) {
    if (offset === 0) continue;
    const parsed = parseLeadingDuration(said.slice(offset, offset + TOKEN_WINDOW));
    if (!parsed || parsed.problem !== undefined || parsed.clock !== undefined || parsed.note !== undefined || parsed.minutes <= 0) continue;
    const token = parsed.text.replace(/:$/, '').trimEnd();
    return { index: offset, text: token, minutes: parsed.minutes, canonical: canonicalDuration(parsed.minutes) };
  }
  return undefined;
}
