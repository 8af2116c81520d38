// A deterministic review of about `bytes` characters: weeks of sections,
// items (done, planned, nested, low-value and worthy), code and comments.
// Shared by the benchmark (scripts/bench.ts) and the editor measurement
// (scripts/vscode-perf.mjs), so both measure the same text.

const CATEGORIES = ['Recruiting', 'Engineering culture', 'Engineering operations', 'Long-term architecture & technology direction', 'Marketing & evangelism', 'Sales & customers', 'Business development & partners', 'Connecting with other departments', 'Other'];
const ITEMS = [
  '- [x] 2h 1:1s with the team leads about their Q1 outcomes → follow-ups booked for Nov 20',
  '- 1h30m Debugged a flaky integration test on my branch',
  '- 45m Tweaked staging logging config',
  '- 3h Wrote the 3-year data platform proposal → go/no-go decision Dec 1 #strategy',
  '- Partner sync with the payments provider (1h)',
  '- 2h Quarterly planning with product and finance\n  - 1h Headcount model\n  - 1h Review with finance → plan agreed for 2027',
  '- [ ] 1h Draft the staff engineer job description',
  '- A note without a duration, with `inline code` and a [link](https://example.com)',
];

/** @param {number} bytes @returns {string} */
export function makeReview(bytes) {
  const parts = ['---\nweek: 2026-W47\nhours: 45\n---\n\n# Week 47\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const chunk = [`\n## ${CATEGORIES[i % CATEGORIES.length]}\n`];
    // A tag unique to each item keeps every section and item text distinct, as
    // in a real year of reviews, so no cache is helped by repetition.
    for (let j = 0; j < 6; j++) chunk.push(ITEMS[(i + j) % ITEMS.length].replace(/(\n|$)/, ` #n${i}-${j}$1`));
    if (i % 5 === 0) chunk.push('\n```sh\n# not a heading\n- 2h not an item\n```\n');
    if (i % 7 === 0) chunk.push('\n<!-- a comment\n# still a comment\n-->\n');
    const text = `${chunk.join('\n')}\n`;
    parts.push(text);
    size += text.length;
  }
  return parts.join('');
}

