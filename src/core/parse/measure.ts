// Is an outcome measurable? It is when it holds a number, a percentage or a
// date. Returns the part that makes it so, for the hover's evidence.

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|thousand|million|dozen|half';

// The digit patterns start a run only where one begins (`(?<!\d)`): the
// leftmost match is the same, but a 20,000-digit run with no `%` is read
// once, not once per digit (issue 23: quadratic per outcome).
const MEASURES: RegExp[] = [
  /(?<!\d)\d+(?:[.,]\d+)?\s?%/,
  /\b\d{4}-\d{2}-\d{2}\b/,
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, 'i'),
  new RegExp(`\\b(?:by|on|before|until|next)\\s+(?:${WEEKDAYS})\\b`, 'i'),
  /\bQ[1-4]\b/,
  /(?<!\d)\d+(?:[.,]\d+)?/,
  new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'i'),
];

export function findMeasure(text: string): string | undefined {
  for (const pattern of MEASURES) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
