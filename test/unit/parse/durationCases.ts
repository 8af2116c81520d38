// The one table of duration cases: an item's first line, the minutes it
// counts, and the duration tokens the parser counts in it. The parser test
// and the TextMate grammar test (durationTable.test.ts) both run over it, so
// the colours in the editor and the numbers in the summary cannot drift
// apart again.

export interface DurationCase {
  /** An item's first line, after `- `. */
  item: string;
  /** Minutes the item's activity takes (0: no activity, or its duration is not usable). */
  minutes: number;
  /** The tokens counted, without decoration (`~`, `**`, a label colon, brackets): what the grammar colours. */
  tokens: string[];
  /** Where the grammar colours otherwise, on purpose: what it colours, and why. */
  grammar?: { tokens: string[]; why: string };
}

/** Every form of a token, with its minutes: read leading and in brackets alike. */
export const DURATION_FORMS: [string, number][] = [
  ['2h', 120], ['2.5h', 150], ['2h30m', 150], ['2h 30m', 150], ['45m', 45], ['90min', 90], ['1:30', 90],
  ['2hr', 120], ['2hrs', 120], ['1hour', 60], ['3hours', 180], ['3 hours', 180], ['1.5 hrs', 90],
  ['40m', 40], ['40min', 40], ['40mins', 40], ['1minute', 1], ['40 minutes', 40],
  ['2H', 120], ['2HRS', 120], ['90MIN', 90], ['2H30M', 150], ['1Hour 15Minutes', 75], ['0:45', 45], ['10:05', 605],
  ['1,5h', 90], ['2 h', 120], ['1:10', 70], ['12:30', 750], ['24:00', 1440], ['100:30', 6030], ['2h 05m', 125],
];

const VALUE_ONLY = 'the form is a duration; its value (at least a minute, at most 168h) is checked by invalid-duration, not by colour';

const forms: DurationCase[] = DURATION_FORMS.flatMap(([token, minutes]) => [
  { item: `${token} Interviewed a candidate`, minutes, tokens: [token] },
  { item: `Interviewed a candidate (${token})`, minutes, tokens: [token] },
  { item: `Interviewed a candidate [${token}]`, minutes, tokens: [token] },
]);

const decorated: DurationCase[] = [
  { item: '~2h Roadmap review', minutes: 120, tokens: ['2h'] },
  { item: '≈ 2h Roadmap review', minutes: 120, tokens: ['2h'] },
  { item: '**2h** Roadmap review', minutes: 120, tokens: ['2h'] },
  { item: '_45m_ Standup', minutes: 45, tokens: ['45m'] },
  { item: '2h: design review', minutes: 120, tokens: ['2h'] },
  { item: '[x] 2h Interviewed', minutes: 120, tokens: ['2h'] },
  { item: '[ ] 2h Write the job description', minutes: 120, tokens: ['2h'] },
  { item: 'Interviews ( ~1h )', minutes: 60, tokens: ['1h'] },
  { item: '1h Partner sync (1h)', minutes: 60, tokens: ['1h', '1h'] },
  { item: '1h Partner sync (2h)', minutes: 60, tokens: ['1h', '2h'] },
  { item: '[x] 2h Interviewed (3h)', minutes: 120, tokens: ['2h', '3h'] },
  { item: '10m users onboarding review', minutes: 10, tokens: ['10m'] },
  { item: '45m Events team sync', minutes: 45, tokens: ['45m'] },
];

const neverDurations: DurationCase[] = [
  '10m ARR pipeline reviewed', '5m in revenue from the deal', '1:1 with Sam', '1-1 with Sam', '1on1 with Sam',
  '1:1s with my reports', '1-on-1 with Sam', '3 teams met', 'Q1 planning', 'met 3 teams for 2h', 'shipped v2.1 in 45 days',
  '[2h](https://example.com) link text', '2h-long workshop', '2h/week office hours', '45% of the roadmap', '50% of 2h',
  'Interviews (2h]', 'Interviews [2h)', '**2h Roadmap review',
].map((item) => ({ item, minutes: 0, tokens: [] }));

const invalid: DurationCase[] = [
  '14:00 design review', '9:30am standup', '9:30 am standup', '2h-3h workshop', '8-9 hours offsite', '9:00-10:30 planning',
  '3 x 30m interviews', '2,000m reading', '2h 3h two in a row', '2h75m Interviews', '1:75 Interviews', '2h30 Interviews',
  '1:5 Interviews', '3hrs45 Interviews', '1.5h30m Interviews', '2h:30 Interviews', 'Interviews (2h75m)', 'Interviews (1:75)',
].map((item) => ({ item, minutes: 0, tokens: [] }));

const timeOfDayBesideBracketed: DurationCase[] = [
  { item: '9:30 standup (15m)', minutes: 15, tokens: ['15m'] },
  { item: '2h75m Interviews (2h)', minutes: 120, tokens: ['2h'] },
];

const outOfRange: DurationCase[] = [
  { item: '0h Interviews', minutes: 0, tokens: [], grammar: { tokens: ['0h'], why: VALUE_ONLY } },
  { item: '169h Interviews', minutes: 0, tokens: [], grammar: { tokens: ['169h'], why: VALUE_ONLY } },
  { item: 'Interviews [0m]', minutes: 0, tokens: [], grammar: { tokens: ['0m'], why: VALUE_ONLY } },
];

export const DURATION_CASES: DurationCase[] = [...forms, ...decorated, ...neverDurations, ...invalid, ...timeOfDayBesideBracketed, ...outOfRange];
