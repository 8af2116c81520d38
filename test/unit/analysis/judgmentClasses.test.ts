// The judgment classes a CTO checks at a glance: the essay's own examples of
// worthy work pass in many phrasings (each in five), outcomes stated in plain
// words count, an arrow cannot dress up a trivial outcome, some words are not
// read backwards, borderline is a hint, and silenced means accepted.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activityHover, createReviewService } from '../../../src/core';
import { activityAt } from '../helpers';

const service = createReviewService({ readFile: async () => undefined });

async function judged(item: string, heading = '## Week') {
  return activityAt(await service.analyze('/r/2026-W47.md', `${heading}\n- 1h ${item}\n`), 2);
}

/** Each item, alone under `heading`, is borderline or not and low-value or not, as expected (the text named in a failure). */
async function expectVerdicts(items: readonly string[], heading: string, borderline: true | undefined, lowValue: boolean): Promise<void> {
  for (const item of items) {
    const activity = await judged(item, heading);
    assert.deepEqual([item, activity.borderline, activity.lowValue], [item, borderline, lowValue]);
  }
}

/** The essay's examples of worthy work ("What does a CTO do?"), each in five phrasings a writer might use. */
const ESSAY_EXAMPLES: Record<string, string[]> = {
  'learn-team-goals': [
    "Listened in on the sales kickoff to learn the targets for next year",
    "Sat with the heads of support and sales to learn their Q1 goals",
    "Spent time with product on their goals for next half, wrote down what they need from eng",
    "Listened to each team lead's objectives for 2027 and mapped where eng can help",
    "Heard the finance team's targets for the year and collected their priorities",
    "Went through every team's OKRs with their leads to understand what they need from us",
    "Sat with the finance team to learn what they have to deliver next year",
    "Read through the newsroom's objectives for next year and listed where they depend on our tech",
    "Sat in on the sales and CS leads' Q3 planning, to hear what each of them is trying to hit",
    "Emailed every department head: what do you want to achieve next year, and where can engineering help",
    "Sat with the logistics planners to hear what they are trying to land next quarter",
  ],
  'follow-up-asks': [
    "Followed up on the asks marketing raised last month",
    "Chased the two requests from the support team with the EMs",
    "Went back to the sales leads on the asks they gave us in Q3",
    "Follow-up with customer success on their requests from the offsite",
    "Checked in with finance on the asks from their planning session",
    "Checked with the platform lead whether the finance asks are moving",
    "Reviewed with the EMs whether the asks from customer success are being worked on",
    "Went back through what sales asked of engineering in Q1 and checked each ask with the EMs",
    "Followed up with the EMs on what finance asked us for last month",
    "Chasing up the grid ops asks with the SCADA and data leads",
    "Went over the open asks from the clinical teams with my leads",
    "Circled back on the three things support asked me for in July, with the leads",
    "Went back through the box office team's wishlist from the spring and chased both items with the leads",
    "Checked back with the platform and data leads on what finance asked for in March",
  ],
  'one-on-ones-with-leads': [
    "1:1s with each of my six team leads",
    "One-on-ones with every one of my leads this week",
    "Twice-yearly 1:1s with the EMs",
    "1:1s with Dana, Marcus, Li (directs)",
    "Skip-levels with the managers in the platform org",
    "One 1:1 with each of my four leads (scoring, data, platform, integrations)",
    "Long 1:1 with each of my five directors",
    "Half-yearly 1:1 with the payments lead, second of seven",
  ],
  'all-hands': [
    "Ran the Q&A at the quarterly all-hands",
    "Helped plan the quarterly all-colleague meeting's Q&A, so each director gets five minutes on their team's priorities",
    "Helped the COO prepare the company all-hands agenda",
    "Hosted the engineering all-hands so each team could present its goals",
    "Prepped the town hall slot for every team",
    "Collected questions for the all-staff and chaired it",
    "Reviewed the all-hands deck with comms, making sure each squad has a slide on its goals",
    "Collected and sorted questions for the company-wide Q&A next Thursday",
    "Helped the support leads get their slides ready for the company-wide update",
  ],
  'nudge-leads': [
    "Nudged two leads to post weekly updates like the platform team does",
    "Encouraged the quieter EMs to share their team's progress in the digest",
    "Asked Dev and Sofia to post their teams' status in the shared channel",
    "Reminded the leads that their programme notes are overdue",
    "Gently pushed the data lead to write a weekly progress note",
    "Told Dave to send the plant managers a weekly ERP status the way Karen does for infrastructure",
    "nudged Otieno and Njeri to post their sprint demo clips in the company channel the way Brian does every friday",
    "Gentle word with Oskar about sharing the infra team's progress in the updates channel more often",
    "Quietly suggested to Hamid he copy Grace's fortnightly demo format so the rest of the company sees what his team ships",
    "Reminded the leads (gently) to share their sprint outcomes with the wider company, not only inside eng",
    "Encouraged Tom to circulate a brief monthly summary of the data team's progress, following the model of the apps team's newsletter",
  ],
};

describe("the essay's own examples of worthy work", () => {
  for (const [id, phrasings] of Object.entries(ESSAY_EXAMPLES)) {
    it(`${id}: ${phrasings.length} phrasings pass, and the hover quotes the essay`, async () => {
      for (const phrasing of phrasings) {
        const activity = await judged(phrasing);
        assert.equal(activity.exemplar?.id, id, phrasing);
        assert.equal(activity.lowValue, false, phrasing);
        assert.notEqual(activity.borderline, true, phrasing);
      }
      const analysis = await service.analyze('/r/2026-W47.md', `## Week\n- 1h ${phrasings[0]}\n`);
      assert.match(activityHover(analysis, { line: 2, column: 8 })?.parts.join('\n') ?? '', /The rubric's own example of this work: _\S/u);
    });
  }

  it("the essay's one example of work it needs less of, day-to-day code, is low in five phrasings whatever their outcome", async () => {
    for (const phrasing of [
      'Code review on the firmware OTA staged rollout PR, 5% canary then 25%',
      'Code review, Javi\'s PR for partial-payment reconciliation → 14 comments, one real bug in rounding',
      'PR review for the retry library → approved after one fix to the backoff',
      'Reviewed the PR for the new billing export, asked for tests',
      'Code reviews for the platform squad: three merged',
    ]) {
      const activity = await judged(phrasing);
      assert.deepEqual([activity.exemplar?.id, activity.lowValue], ['code-review', true], phrasing);
    }
  });

  it('more phrasings: reading another department\'s plans, a quarterly staff meeting\'s Q&A, a gentle poke', async () => {
    const more: [string, string][] = [
      ["Read product's and marketing's H2 OKRs to see where engineering needs to turn up", 'learn-team-goals'],
      ["Skimmed Clinical Affairs' and Marketing's H2 goals to see what they need from us", 'learn-team-goals'],
      ['Helped the Communications team prepare the quarterly staff meeting, including the questions for the Q&A', 'all-hands'],
      ['Gently poked the SEO and data science leads to write up their progress in the weekly update', 'nudge-leads'],
      ['nudged 3 ems who skip the fri eng-weekly post in slack, pointed them at the thread to copy', 'nudge-leads'],
      ['Stayed on after the meeting to hear what each branch manager is aiming for this year', 'learn-team-goals'],
      ['Sat with Jen (customer success) to understand what her team is going for in Q1', 'learn-team-goals'],
      ['A quiet word with Dev and Tom about sending their monthly note to the wider directorate, as Anneka already does', 'nudge-leads'],
      // The shortfall the essay names, said as one: "never post" is not a negated progress update.
      ["Pinged the two leads who never post weekly updates, pointed them at Mei's as the template", 'nudge-leads'],
      ['Sat with the support lead to learn what support is aiming for over peak', 'learn-team-goals'],
      // The essay's own words: "Are they acting on them?"; a weekly summary is a progress update.
      ["Checked whether the platform team acted on marketing's request for event tracking", 'follow-up-asks'],
      ['Meeting with the heads of banking supervision on their objectives for the year and what they expect of digital services', 'learn-team-goals'],
      ["Suggested to two leads that they post a weekly summary, pointed them at Priya's", 'nudge-leads'],
      ["Sat in on the maternal health programme's 2028 goals review to understand what they'll ask of us", 'learn-team-goals'],
      // Another team's planning round, and what it taught: "now I know what they want from us".
      ["Joined marketing's Q2 planning to understand what they're really chasing this spring", 'learn-team-goals'],
      ["Hour with the ops director and her team on the peak-season target. Now I know what the warehouse needs from us", 'learn-team-goals'],
      // A lead's numbers and stats are their progress.
      ["Suggested to Omar that his team share their numbers in the monthly digest, the way Lena does with the churn stats", 'nudge-leads'],
      // Sitting in on another team's planning, catching up with a lead on their goals, borrowing a colleague's format.
      ["Sitting in on sales' and support's planning days to see every team's goals for the half", 'learn-team-goals'],
      ['Caught up with the research unit lead on their objectives for the year and what they need from IT', 'learn-team-goals'],
      ["Encouraged Tariq to borrow Mia's monthly update format, his team's progress rarely reaches the wider org", 'nudge-leads'],
    ];
    for (const [phrasing, id] of more) {
      const activity = await judged(phrasing);
      assert.deepEqual([activity.exemplar?.id, activity.lowValue], [id, false], phrasing);
    }
  });

  it("a pull request, an access request or a change request is not a team's ask (the exemplar's unless)", async () => {
    for (const text of ['Went through the open bootloader pull requests → 4 PRs reviewed', 'Followed up on the access requests from finance', "Triaged the week's change requests with the CAB", 'Went through the shared researcher-requests mailbox → 14 threads archived']) {
      const activity = await judged(text);
      assert.deepEqual([text, activity.exemplar?.id === 'follow-up-asks', activity.lowValue], [text, false, true]);
    }
    assert.equal((await judged('Chased the requests support raised last month')).exemplar?.id, 'follow-up-asks');
  });

  it('a code review that asks about a firmware update is not nudging leads to share progress', async () => {
    assert.equal((await judged('Code review on the firmware update signing path, mostly asking Priyanka questions')).exemplar?.id, 'code-review');
  });

  it('a single 1:1 or sitting in an all-hands is not the essay\'s example', async () => {
    assert.equal((await judged('1:1 with Joost, caught up')).exemplar, undefined);
    assert.equal((await judged('Eng all-hands, sat in the back')).exemplar, undefined);
  });

  it('nested items under an example are part of it', async () => {
    const analysis = await service.analyze('/r/2026-W47.md', '## Crew\n- 2h 1:1s with my leads\n  - 1h Kasia (firmware)\n  - 1h Jonas (SRE)\n');
    assert.deepEqual([3, 4].map((line) => [activityAt(analysis, line).exemplar?.id, activityAt(analysis, line).lowValue]), [['one-on-ones-with-leads', false], ['one-on-ones-with-leads', false]]);
  });
});

describe('outcomes stated in plain words', () => {
  const plain: [string, string][] = [
    ['Sync with legal: we drop the custom DPA for small customers, standard terms from May', 'we drop the custom DPA for small customers, standard terms from May'],
    ['with our lawyer on the new booking terms. the cancellation window goes to 14 days for everyone, and the holding-fee clause comes out.', 'the cancellation window goes to 14 days for everyone, and the holding-fee clause comes out'],
    ['1:1 with Ravi: he leads the search rewrite from next sprint', 'he leads the search rewrite from next sprint'],
    ['Looked at cloud spend with finance, 9% under plan, two reserved-instance buys approved', '9% under plan, two reserved-instance buys approved'],
    ['Finance w/ Ruth: test-rig capex approved, second rig slips to Q2', 'test-rig capex approved, second rig slips to Q2'],
    ['Product sync w/ CPO: UK customs filing ships first, Ireland slips to Q2', 'UK customs filing ships first, Ireland slips to Q2'],
    // A decision alone after a full stop, a chosen course, a state from now on, a standing rule, a date moved by a span, a plan's headcount.
    ['Consent store RFC review. Approved, to be migrated in three phases', 'Approved, to be migrated in three phases'],
    ['Build vs. buy for orthorectification. Staying in-house for now, the licence is per scene', 'Staying in-house for now, the licence is per scene'],
    ['Tablet security follow-up with IT: MDM now forces a 5-minute lock', 'MDM now forces a 5-minute lock'],
    ['Post-incident with the ops lead. No vendor firmware pushes on Fridays any more', 'No vendor firmware pushes on Fridays any more'],
    ['Milestone review with the publisher. Alpha moves 2 weeks and they are fine with it', 'Alpha moves 2 weeks and they are fine with it'],
    ['Hiring plan for H2 with talent: 4 seats in Lisbon, 3 in Dublin', '4 seats in Lisbon, 3 in Dublin'],
    ['Escalation from a studio: their dashboard is a day off. Fix ships thursday and they get a corrected statement', 'Fix ships thursday and they get a corrected statement'],
    ['OCR for receipts: build vs buy with Priya. Buying. 12-month contract, exit clause at 6', 'Buying. 12-month contract, exit clause at 6'],
    ["Exec meeting on the acquisition rumour. Legal's line stands: we don't comment on speculation", "Legal's line stands: we don't comment on speculation"],
    // A verdict with its condition, a labelled decision, a contract extended by a span, a freeze from a date.
    ['RFC-112 review. Approved with the local queue capped at one pending accept', 'Approved with the local queue capped at one pending accept'],
    ['RFC review: agentless snapshot scanning. Decision: managed disks only in Q1', 'managed disks only in Q1'],
    ['Renewal chat with their CTO. Extended six months from Jan at the same rate', 'Extended six months from Jan at the same rate'],
    ['Code freeze plan with product. Freeze from 22 Nov, only payment and incident fixes after that', 'Freeze from 22 Nov, only payment and incident fixes after that'],
    // A date move with a particle or a bare month, a named owner taking work on, a state that stays, a promotion.
    ['Debrief for the senior FPGA engineer onsite loop. Unanimous yes; offer at L5 goes out Monday.', 'offer at L5 goes out Monday'],
    ['Roadmap trade-off with the CPO: loyalty points slip to January so the squads can harden for peak', 'loyalty points slip to January so the squads can harden for peak'],
    ['Q2 budget with Helen from finance. The router replacements for 40 stores come forward into April.', 'The router replacements for 40 stores come forward into April'],
    ['RFC-014 per-district data residency. No per-district DBs, Raj updates the RFC and the DPA exhibit.', 'Raj updates the RFC and the DPA exhibit'],
    ['Flaky integration tests are adding 25 minutes to each merge. Kofi gets two full days next sprint to fix them', 'Kofi gets two full days next sprint to fix them'],
    ['Legal sync on the retention changes: claims attachments stay 7 years', 'claims attachments stay 7 years'],
    ['Q4 calibration with the directors, and Ana and Jorge are both promoted to Staff', 'and Ana and Jorge are both promoted to Staff'],
    // A choice announced, a verdict with "w/" and its condition, a date moved to "this month", a passive decision, a course ruled out.
    ["payouts: build our own escrow ledger or use the payments partner's. partner it is, no in-house ledger this year", 'partner it is, no in-house ledger this year'],
    ['RFC review, supplier catalog ingestion v2. approved w/ changes, EDI later', 'approved w/ changes, EDI later'],
    ['Phishing run against the development office. Three accounts reset, and finance and development move to hardware keys this month.', 'and finance and development move to hardware keys this month'],
    ['Pen-test findings on the SCADA network with the OT lead: the old jump hosts get retired', 'the old jump hosts get retired'],
    ['Procurement rules session with legal on the arrivals-feed hosting. It can go through the existing framework, so no fresh tender', 'so no fresh tender'],
    // A verdict with its terms after a colon, terms moved to a ratio, a decision in a clause's second half, a headcount of roles.
    ['Offer discussion with HR: approved at the top of the principal band with relocation to Stockholm', 'approved at the top of the principal band with relocation to Stockholm'],
    ['Lawyer on our MSA template: liability cap moved to 1x annual fees, IP assigns on payment', 'liability cap moved to 1x annual fees, IP assigns on payment'],
    ['DPA redlines w/ outside counsel. Lakeside wanted 24h breach notice, landed on 48h and they took it.', 'landed on 48h and they took it'],
    ['Hiring plan for H2 with finance: two field technicians and one data scientist', 'two field technicians and one data scientist'],
    ['On-call review for store systems. Rotation goes from four people to six, and pump alerts move to the vendor', 'Rotation goes from four people to six, and pump alerts move to the vendor'],
    // A course kept, a fix placed in a release, a go-ahead.
    ['Transcription build vs buy for creator tools. Stay on the API this year, revisit at double the volume', 'Stay on the API this year, revisit at double the volume'],
    ['Errata escalation from a tier-1 customer with their FAE: firmware workaround in 1.3.1, errata sheet updated by Wednesday', 'firmware workaround in 1.3.1, errata sheet updated by Wednesday'],
    ['Export control meeting with legal on the test-harness tool: cleared for public release', 'cleared for public release'],
    // A conclusion labelled, a change from one state to another, a verdict with its condition after a comma, a term set, a recommendation.
    ['With our in-house counsel on the licensing terms, concluding that evaluation sets are fine under the current licence', 'concluding that evaluation sets are fine under the current licence'],
    ['Finance sync with the controller on accruals. Accrual close moves from day 10 to day 7 starting April', 'Accrual close moves from day 10 to day 7 starting April'],
    ['Read the RFC for the append-only ledger, approved with comments on the replay story', 'approved with comments on the replay story'],
    ['Security questionnaire for remote access into their fleet manager. Moved us from a shared VPN account to named accounts with MFA', 'Moved us from a shared VPN account to named accounts with MFA'],
    ['Legal on the Halden MSA draft: liability cap at twelve months of fees, the rest is standard', 'liability cap at twelve months of fees, the rest is standard'],
    ['Interview panel for the senior analyst opening. Strong candidate; I am recommending the hire.', 'I am recommending the hire'],
    // A go-ahead with its condition, a purchase brought forward.
    ['DPIA for the AI triage pilot with the IG lead. The pilot goes ahead, provided images leave the trust pseudonymised', 'The pilot goes ahead, provided images leave the trust pseudonymised'],
    ['Quarterly budget review with the CFO. The DR hardware purchase is brought forward to Q2 with her agreement.', 'The DR hardware purchase is brought forward to Q2 with her agreement'],
    // An offer going out.
    ['HR on the staff engineer band: offer goes out at top of band', 'offer goes out at top of band'],
    // A hyphenated verb owned ("we fine-tune"), a move from a weekday.
    ['Fine-tune vs API call with Sam and Priya. We fine-tune the open-weights 32B for autocomplete and keep the API model for agent mode', 'We fine-tune the open-weights 32B for autocomplete and keep the API model for agent mode'],
    ['GPU bill with finance: March came in 38k over forecast, evals move to spot from Monday', 'evals move to spot from Monday'],
    // A winner named, a retention kept, an agenda locked, credits issued.
    ['Vendor bake-off for feature flags; LaunchDarkly wins on SDK coverage', 'LaunchDarkly wins on SDK coverage'],
    ['Data retention policy review - logs kept 90 days, PII purged after 30', 'logs kept 90 days, PII purged after 30'],
    ['Offsite planning, agenda locked, venue in Porto', 'agenda locked, venue in Porto'],
    ['Escalation with Acme: credits issued, SLA breach acknowledged', 'credits issued, SLA breach acknowledged'],
    // A hiring verdict alone, a rule from now on in the plural, a control made mandatory.
    ['Interview debrief for the staff SRE: hire, offer by Friday', 'hire, offer by Friday'],
    ['Incident review for Tuesday: root cause a bad config push; config changes now need two approvals', 'config changes now need two approvals'],
    ['Security review with the CISO, MFA mandatory for all admin accounts by end of month', 'MFA mandatory for all admin accounts by end of month'],
    // A rule for all (or none) of something.
    ['AI use policy with HR and the risk partner: nothing client-identifiable goes into public tools', 'nothing client-identifiable goes into public tools'],
    ['on-call plan for the first two weeks of school. EMs take secondary on-call, everyone on the rotation gets a comp day in September.', 'everyone on the rotation gets a comp day in September'],
    ['Met legal about the DPA. Customers can now opt out of model training', 'Customers can now opt out of model training'],
    ['Ops review: paging volume halved since the new alert rules', 'paging volume halved since the new alert rules'],
    ["Drafted RFC-0431: every internal API gets a two-quarter deprecation window, enforced through the catalogue's lifecycle field", "every internal API gets a two-quarter deprecation window, enforced through the catalogue's lifecycle field"],
    // A number that moved, said with its new value first.
    ['Perf review with the platform lead: search p95 down to 180ms from 420ms after the cache work', 'search p95 down to 180ms from 420ms after the cache work'],
    // A decision after "but", in the clause's second half.
    ["Renewal call with the account manager. They wouldn't move on price but we get the token pool for the Dublin growth", "They wouldn't move on price but we get the token pool for the Dublin growth"],
    // A name of two words takes something on.
    ['Sync with Lena on exchanges-first. Harlow & Finch gets it first as design partner', 'Harlow & Finch gets it first as design partner'],
    // Who owns it, settled; a call made.
    ["Sorted out who owns the search box: Kemi's team, for good", "Kemi's team, for good"],
    ["Sorted out who looks after the CCTV. It's facilities now, not us.", "It's facilities now, not us"],
    // Into the plan, or out for a while; a delivery tied to a point in time.
    ['Roadmap sync with the CPO on H2: offline mode goes in, the partner portal waits another quarter', 'offline mode goes in, the partner portal waits another quarter'],
    ['Perf deep-dive with the search squad. Ranking is most of the p95, so it goes async and ships before the freeze', 'so it goes async and ships before the freeze'],
  ];
  for (const [item, outcome] of plain) {
    it(`"${item}" states "${outcome}"`, async () => {
      const activity = await judged(item);
      assert.deepEqual([activity.outcome?.text, activity.outcome?.plain, activity.lowValue], [outcome, true, false]);
    });
  }

  it('"final" decides after a noun ("wording final"), not as a name ("renamed it to FINAL") or an adjective ("Final interface test")', async () => {
    const ladder = await judged('Staff rung of the career ladder with HR: wording final, live for the January cycle');
    assert.equal(ladder.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
    for (const text of ['Sponsor vision deck: renamed it from v3 to FINAL and fixed the cover slide', 'Final interface test with the middleware engineer']) {
      const activity = await judged(text);
      assert.deepEqual([text, activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, activity.lowValue], [text, 'fail', true]);
    }
  });

  it('"made the call", "got the ok", "yes to" are results in plain words; "won\'t" is not "won"', async () => {
    for (const item of ['Board tech committee approved the 3-year plan to exit our own data centre', 'Latency work with the leads paid off, p95 under 400ms in all markets so target met', "Short call with the board, they ok'd the two extra teams for next year", 'Made the call to delay the card migration one quarter so fraud can finish testing', 'Got the ok for two more people on the depot team', 'Went through interview feedback, yes to Lucia, no to the other two']) {
      const activity = await judged(item);
      assert.deepEqual([item, activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, activity.lowValue], [item, 'pass', false]);
    }
    assert.equal((await judged('Sorted out my desk drawer')).lowValue, true);
  });

  it('a purpose is not what came of it (", to agree invoices and what is in scope for August")', async () => {
    assert.equal((await judged('Check-in with the two freelancers, to agree invoices and what is in scope for August')).outcome, undefined);
  });

  it('what someone knows is no decision ("so she knows who the editors are")', async () => {
    assert.equal((await judged('First week with Aisha: coffee and a tour, so she knows who the editors are')).outcome, undefined);
  });

  it('a meeting\'s own time is no delivery date ("Team lunch, starts before noon"; "Inbox zero attempt, starting Monday")', async () => {
    for (const item of ['Team lunch, starts before noon', 'Inbox zero attempt, starting Monday']) assert.equal((await judged(item)).outcome, undefined, item);
  });

  it('a hedge, a vague verb or a negated decision is no outcome', async () => {
    for (const item of ['ISO 27001 surveillance audit prep. Evidence packs for change management and access reviews.', 'Call with the cloud rep. They pitched, nothing agreed.', 'Vendor call: we might revisit in Q3', 'Went through the handbook, so I did it myself', 'Backlog grooming. Going through the tickets one by one', 'Reviewed the retry fix PR, left a few comments, approved', 'Code review. Approved the PR.', 'Weekly pipeline review, listening in. no eng asks this week', 'Code review on the scan plugin. Sent it back: no timeout on the chain step', 'Chased the flaky test in invoices_spec, re-ran ci ~10x, marked it skip', 'Booking terms call with our lawyer. The fee clause never goes, as usual', 'Cancellation window review, the thread goes to the vendor', 'Tried the new Figma plugin. I can now export icons', 'Renewal call with their managing partner, it was friendly and we agreed nothing', "Pulled Q3 numbers for finance; they couldn't find the table", 'Weekly sync with the design partner. they hate the PR descriptions', 'Team standup that became a planning session. Nobody decided anything, which is fine for a Monday']) {
      const activity = await judged(item);
      assert.equal(activity.outcome, undefined, item);
      assert.equal(activity.lowValue, true, item);
    }
  });
});

describe('an arrow cannot game it', () => {
  const gamed: [string, string][] = [
    ['Coffee with the team → 2 coffees', 'the outcome "2 coffees" only restates the activity'],
    ['Closed 25 stale tabs → 25 tabs closed', 'the outcome "25 tabs closed" only restates the activity'],
    ['Investor CRM → CRM updated', 'the outcome "CRM updated" only restates the activity'],
    ['Welcome chat with the three new analysts → three welcome chats held', 'the outcome "three welcome chats held" only restates the activity'],
    ['Job ad for the SRE role with HR → ad edited', 'the outcome "ad edited" only restates the activity'],
    ['Restarted the staging cluster → back online', 'the outcome "back online" only restates the activity'],
    ['Weekend on-call rota → rota published', 'the outcome "rota published" only restates the activity'],
    ['Walked the office with a coffee → coffee drunk, hellos said', 'the outcome "coffee drunk, hellos said" only restates the activity'],
    ['Ordered food for the war room → 14 pizzas delivered', 'the outcome "14 pizzas delivered" only restates the activity'],
    ['District security questionnaire, 84 qs → sent back Thu', 'the outcome "sent back Thu" only restates the activity'],
    // Irregular forms of the activity's own verb restate it as regular ones do.
    ['Rewrote the title on the roadmap slide → title rewritten', 'the outcome "title rewritten" only restates the activity'],
    ['Inbox sweep → inbox swept', 'the outcome "inbox swept" only restates the activity'],
    // Buying said alone counts what was bought; a comparative of tidying says only that it was tidied.
    ['Team coffee on the site visit → two flat whites bought', 'the outcome "two flat whites bought" only restates the activity'],
    ['Reworded the headings on the Vision wiki page → page tidier', 'the outcome "page tidier" only restates the activity'],
    ['"Group technology vision" slides: fixed the fonts and the logo placement → fonts consistent', 'the outcome "fonts consistent" only restates the activity'],
    ['Inbox sweep → inbox empty', 'the outcome "inbox empty" only restates the activity'],
    // Grand words on small work: an outcome that names only the details it changed.
    ['Company-wide technology vision deck → moved it onto the new brand template', 'the outcome "moved it onto the new brand template" only changes small details ("brand", "template")'],
    ['Updated the practice vision page → broken links fixed and a new header image', 'the outcome "broken links fixed and a new header image" only changes small details ("broken links", "header image")'],
    // ... or adds little but grand words to them (the rubric's `grand` list for the check).
    ['"2028 Technology Strategy" deck: new template + fonts → company-wide tech vision refreshed', 'the outcome "company-wide tech vision refreshed" only praises small details ("new template", "fonts") in grand words ("company-wide", "vision")'],
    // A compound with "up" owns its verb: "cleanup" restated as "clean".
    ['Desktop cleanup → desktop clean', 'the outcome "desktop clean" only restates the activity'],
    // Routine approvals counted are the work done; so are heads that only came.
    ['Change advisory board → 14 changes approved', 'the outcome "14 changes approved" only counts the work done'],
    ['Virtual coffee with the Monterrey team → four people turned up', 'the outcome "four people turned up" only counts the work done'],
    ['Friday team lunch → 12 people, 5 pizzas', 'the outcome "12 people, 5 pizzas" only counts the work done'],
    // Saying it was eaten, that everyone came, a count of unread mail, a document's new version.
    ['Friday cake with the service desk → cake gone', 'the outcome "cake gone" only restates the activity'],
    ['Welcome lunch for Ana with the team → everyone fed', 'the outcome "everyone fed" only restates the activity'],
    ['Inbox → unread count zero', 'the outcome "unread count zero" only restates the activity'],
    ['Company-wide engineering strategy deck: redid the fonts and the slide numbering → strategy deck v3', 'the outcome "strategy deck v3" only restates the activity'],
    // What was eaten, what a page now has, where the work went.
    ['Team lunch → tacos for 10', 'the outcome "tacos for 10" only restates the activity'],
    ['"Company-wide platform vision" page in Notion: new cover image and icons → page has a cover now', 'the outcome "page has a cover now" only restates the activity'],
    ['Security questionnaire for the Northbeam deal, 230 questions → back to the AE on Thursday', 'the outcome "back to the AE on Thursday" only says where the work went'],
    ['Security questionnaire for the retail media deal → answers back to the deal lead', 'the outcome "answers back to the deal lead" only says where the work went'],
    // How a review of code went, a greeting.
    ['Code review on the coupon stacking fix → one change requested, merged after', 'the outcome "one change requested, merged after" only says how the review went'],
    ['CR gradebook CSV export PR → 3 nits, approved', 'the outcome "3 nits, approved" only says how the review went'],
    ['Walked the third floor before the break → said hello to everyone', 'the outcome "said hello to everyone" only restates the activity'],
    ['Standup → everyone gave updates', 'the outcome "everyone gave updates" only restates the activity'],
    ['Walked the floor before the holiday stand-down → said hello to 2 teams', 'the outcome "said hello to 2 teams" only restates the activity'],
    // Personal admin, whatever it achieved.
    ['New laptop setup → brew bundle ran, dotfiles cloned', 'the outcome "brew bundle ran, dotfiles cloned" reports personal admin ("laptop")'],
    // Admin handed in, whatever else the outcome adds.
    ['Kessler OT security questionnaire, 96 questions → sent Thursday; pen test report is the one open point', 'the outcome "sent Thursday; pen test report is the one open point" only says the admin was handed in'],
    ['Vision doc: new fonts → vision doc looks great', 'the outcome "vision doc looks great" only restates the activity'],
    ['Pizza Friday → pizza consumed', 'the outcome "pizza consumed" only restates the activity'],
    ['Coffee run for the player team → 6 oat flat whites', 'the outcome "6 oat flat whites" only restates the activity'],
    ['Coffee with the apprentices → two coffees and a biscuit each', 'the outcome "two coffees and a biscuit each" only restates the activity'],
    ["Evidence pack for next month's audit → about half collected", 'the outcome "about half collected" only restates the activity'],
    ['Re-ordered the Jira backlog columns → columns reordered', 'the outcome "columns reordered" only restates the activity'],
    // How it felt, and treats handed round, whoever got them.
    ['Coffee with Sam → good chat', 'the outcome "good chat" only restates the activity'],
    ['Lunch with the team → great vibes', 'the outcome "great vibes" only restates the activity'],
    ['Team lunch → every person gets pizza', 'the outcome "every person gets pizza" only restates the activity'],
    ['Walked to the bakery with the team → croissants for all', 'the outcome "croissants for all" only restates the activity'],
    // Small details in a new state: the thing worked on, and a word or two of state.
    ['Refilled the snack drawer → drawer full', 'the outcome "drawer full" only says the small details ("snack") are done'],
    ['Changed my Zoom background → new background live', 'the outcome "new background live" only says the small details ("zoom background") are done'],
    ["Set up the team's coffee machine → coffee flowing", 'the outcome "coffee flowing" only says the small details ("coffee machine") are done'],
    ['Rewrote my bio for the conference site → bio live', 'the outcome "bio live" only says the small details ("bio") are done'],
    // Feelings, turnout and promises to stay in touch.
    ['Friday drinks → everyone came', 'the outcome "everyone came" only restates the activity'],
    ['Walked the office → morale up', 'the outcome "morale up" only restates the activity'],
    ['Team lunch → 100% attendance', 'the outcome "100% attendance" only counts who came'],
    ['Coffee chat with a peer CTO → great chat, will keep in touch', 'the outcome "great chat, will keep in touch" only restates the activity'],
    ['Weekly ops review → all green', 'the outcome "all green" only restates the activity'],
    ["Updated the company-wide engineering principles page's layout → principles now org-wide standard", 'the outcome "principles now org-wide standard" only says the small details ("layout") are done'],
    ['Tech radar slide polish → radar looks strategic', 'the outcome "radar looks strategic" only praises small details ("polish") in grand words ("strategic")'],
    ['Product sync → reviewed the roadmap', 'outcome "reviewed the roadmap" is vague ("reviewed the"): no decision, number or result'],
    ['Reformatted the roadmap doc → roadmap looks clean', 'the outcome "roadmap looks clean" only restates the activity'],
  ];
  for (const [item, evidence] of gamed) {
    it(`"${item}" fails clear-outcome`, async () => {
      const activity = await judged(item);
      assert.equal(activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence, evidence);
      assert.equal(activity.lowValue, true);
    });
  }

  it('a code review is hands-on work, whatever its outcome', async () => {
    const activity = await judged('Code review on the bundle builder PR → asked for a test where approvals arrive after expiry');
    assert.deepEqual([activity.criteria?.find((c) => c.id === 'mission-big-way')?.evidence, activity.lowValue], ["the rubric's own example of low work (quoted below)", true]);
  });

  // Work committed to a date, a next step with its date, and what was bought are news.
  const news = [
    'Review of the new cyber law with our counsel → register of critical systems to be completed by October',
    'API demo for a broadcaster → technical workshop booked for September',
    'Cloud bill review with finance → 3-year savings plan bought for the compute baseline',
    // Grand words beside a decision: the decision is news.
    'Vision doc: fixed the fonts → vision approved by the exec team',
    // A course said as an order beside a vague word; a plan's headcount counted.
    'Build-vs-buy on the query result cache → stay in-house; revisit if cache ops grow',
    'H2 hiring plan with recruiting and finance → 6 backfills + 4 new reqs, 7 of the 10 in Berlin',
    // Heads reached are scale.
    'Security awareness training for the whole company → rolled out to 300 people',
  ];
  for (const item of news) {
    it(`"${item}" passes clear-outcome`, async () => {
      const activity = await judged(item);
      assert.deepEqual([activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, activity.lowValue], ['pass', false]);
    });
  }

  // A count of what was chosen, and one of the options an activity weighed, are decisions.
  for (const item of ['Vision doc review with the exec team → three bets agreed for 2028', 'Upload pipeline design review: own ffmpeg workers vs Mux → Mux for v1']) {
    it(`"${item}" passes clear-outcome`, async () => {
      const activity = await judged(item);
      assert.deepEqual([activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, activity.lowValue], ['pass', false]);
    });
  }

  it('grand words that name what small work was done to win nothing, and an outcome in plain words that names only its details is none', async () => {
    const doc = await judged('Updated the Technology Strategy 2027 doc: new cover page and owners table');
    assert.deepEqual([doc.lowValue, doc.criteria?.find((c) => c.id === 'strategic')?.evidence], [true, '"strategy" — not counted: grand words on small details ("cover page")']);
    const fonts = await judged('Company vision doc: switched font to inter, fixed the heading sizes');
    assert.deepEqual([fonts.lowValue, fonts.criteria?.find((c) => c.id === 'clear-outcome')?.evidence], [true, 'the outcome "switched font to inter, fixed the heading sizes" only changes small details ("font", "heading") of what grand words name']);
    // Real strategy work keeps its grand words.
    const real = await judged('Wrote the platform strategy: we consolidate on Postgres by Q3');
    assert.deepEqual([real.lowValue, real.criteria?.find((c) => c.id === 'strategic')?.verdict], [false, 'pass']);
  });

  it('grand words on a spelling fix, an image format, table borders, an editor theme or a sidebar are small work', async () => {
    for (const item of ["Company-wide alignment on engineering values: corrected the spelling of 'behaviour' on the values page", 'Architecture governance: re-exported the system diagram as PNG instead of JPEG', 'Shaping our long-term data vision → fixed the table borders in the data strategy doc', 'Strategic investment in developer experience: switched my IDE theme', 'Enterprise-scale modernisation of the team wiki sidebar']) {
      const activity = await judged(item);
      assert.deepEqual([item, activity.lowValue], [item, true]);
    }
  });

  it('grand words on small work whose outcome only reports an edit fail clear-outcome, whatever was edited', async () => {
    for (const item of ['Polished the company vision slide for the all-hands → swapped the harbour photo for the new brand one', 'Org-wide engineering strategy → fixed the table of contents + fonts in the ladder doc', 'Refreshed our "Technology Vision 2030" slide → new stock photo, same words']) {
      const slide = await judged(item);
      assert.deepEqual([item, slide.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, slide.lowValue], [item, 'fail', true]);
    }
  });

  it('a post\'s readers are its reach: "→ published; 3,400 reads in two days" is an outcome, "→ published" alone is not', async () => {
    const reach = await judged('Wrote a blog post on our migration to Postgres 17 → published; 3,400 reads in two days');
    assert.deepEqual([reach.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, reach.lowValue], ['pass', false]);
    const published = await judged('Tech blog post on the migration → published');
    assert.equal(published.lowValue, true);
  });

  it('a count that names no unit measures nothing; one that names it does', async () => {
    const parked = await judged('Release triage with the mobile squad → 9 parked with legal');
    assert.deepEqual([parked.lowValue, parked.criteria?.find((c) => c.id === 'measurable-outcome')?.evidence], [true, 'outcome "9 parked with legal" counts without saying what: "9 parked with"']);
    const loans = await judged('Fraud ring review with the fraud lead → device-velocity rule live fri, 2 funded loans referred to collections');
    assert.deepEqual([loans.lowValue, loans.criteria?.find((c) => c.id === 'measurable-outcome')?.evidence], [false, 'outcome "device-velocity rule live fri, 2 funded loans referred to collections" names "2 funded loans"']);
  });

  it('an arrow that restates does not hide a decision the item states in its own words', async () => {
    const activity = await judged('Found why the robots stop at the docks: a typo in the dock map. Made rule that every site config goes through a schema check before deploy → fixed on all sites');
    assert.deepEqual([activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence], [false, 'outcome in its own words: "Made rule that every site config goes through a schema check before deploy"']);
  });

  it('a real outcome after an arrow still counts', async () => {
    const activity = await judged('Hiring committee for the platform team → 3 offers approved, hiring plan at 11 of 12');
    assert.equal(activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
  });
});

describe('words read the right way round', () => {
  it('"Export control meeting": the words before a meeting\'s noun are its subject, not the verb; a gerund keeps its place', async () => {
    const meeting = await judged('Export control meeting with legal on the Osprey deliverables. Source code stays in-house, so verification stays in-house.');
    assert.equal(meeting.criteria?.find((c) => c.id === 'mission-big-way')?.verdict, 'unknown');
    const onboarding = await judged('Onboarding session for the new data officer: admin console, user management');
    assert.equal(onboarding.criteria?.find((c) => c.id === 'not-mired-in-details')?.evidence, 'verb "onboarding"');
  });

  it('"Security questionnaire" has no verb "secure": a noun in -ity is not the main verb', async () => {
    const activity = await judged('Security questionnaire from the new sponsor before they sign → returned with the DPO\'s comments');
    assert.equal(activity.criteria?.find((c) => c.id === 'mission-big-way')?.evidence, 'no signal either way');
  });

  it('"alignment" is not a small detail, and a Terraform plan is not a strategy', async () => {
    const alignment = await judged('Leadership alignment session → three 2027 priorities agreed, owners named');
    assert.equal(alignment.criteria?.find((c) => c.id === 'not-mired-in-details')?.verdict, 'unknown');
    const terraform = await judged('Reviewed the Terraform plan for the new VPC');
    assert.notEqual(terraform.criteria?.find((c) => c.id === 'strategic')?.verdict, 'pass');
  });
});

describe('three verdicts', () => {
  it('board and investor work that states no result is borderline in any category; with a routine word it stays low', async () => {
    const dataRoom = await judged('Series A data room: tech DD section, architecture overview and security posture', '## Operations');
    assert.deepEqual([dataRoom.borderline, dataRoom.lowValue], [true, false]);
    const room = await judged('Data room tech section: arch diagram and eval methodology write-up', '## Operations');
    assert.deepEqual([room.borderline, room.lowValue], [true, false]);
    await expectVerdicts(['Morning huddle with the duty control managers', 'Trade show stand rehearsal with marketing'], '## Engineering culture', undefined, true);
    const weekly = await judged('Weekly investor update call', '## Operations');
    assert.deepEqual([weekly.borderline, weekly.lowValue], [undefined, true]);
  });

  it('board and investor work whose answers went to them is borderline; other work that was only sent stays low', async () => {
    await expectVerdicts(["Tech DD questions from the Series B lead's advisor → answers posted to the data room", "Due diligence call with the lead's technical advisor → sent the architecture overview the same day"], '## Operations', true, false);
    const sent = await judged('Vendor contract redlines → sent to legal', '## Operations');
    assert.deepEqual([sent.borderline, sent.lowValue], [undefined, true]);
  });

  it("a paper for the board's committee or a funder is borderline: the topic's own \"meeting\" or \"committee\" is not a routine meeting", async () => {
    await expectVerdicts(['Prepped the cyber paper for the risk committee', 'Board meeting: presented the FY30 platform budget', 'Wrote the technology section of the grant report for our funder'], '## Operations', true, false);
    await expectVerdicts(['Monthly board meeting', 'Weekly exec meeting', 'Steering committee meeting, updates', 'Board meeting prep: fixed the fonts on my slides'], '## Operations', undefined, true);
  });

  it('work done yourself that states a result is borderline, worthy or not; a small fix, or one without a result, is low', async () => {
    const fixed = await judged('Fixed the flaky CI job myself → queue times from 40 to 12 minutes, 3 reruns a day gone', '## Operations');
    assert.deepEqual([fixed.borderline, fixed.lowValue], [true, false]);
    const handsOn = await judged('hands-on: chased the crash on resume → DRM session reset on wake, fix ships in 2.4.1', '## Operations');
    assert.deepEqual([handsOn.borderline, handsOn.lowValue], [true, false]);
    const noResult = await judged('Debugged the webhook retries myself', '## Operations');
    assert.deepEqual([noResult.borderline, noResult.lowValue], [undefined, true]);
    const small = await judged('Renewed two SSL certs by hand', '## Operations');
    assert.deepEqual([small.borderline, small.lowValue], [undefined, true]);
  });

  it('the hint of work done yourself quotes the words the judgment matched, as the rubric lists them', async () => {
    const analysis = await service.analyze('/r/2026-W47.md', '## Operations\n- 2h Fixed the flaky CI job MYSELF → queue times from 40 to 12 minutes, 3 reruns a day gone\n- 3h Hands on: chased the crash on resume → DRM session reset on wake, fix ships in 2.4.1\n');
    assert.deepEqual(analysis.diagnostics.map((d) => [d.range.start.line, d.message]), [
      [2, 'Borderline: done yourself (“myself”), with a result; a judgment call'],
      [3, 'Borderline: done yourself (“hands on”), with a result; a judgment call'],
    ]);
    assert.deepEqual(analysis.document.activities.map((a) => a.handsOn), [['myself'], ['hands on']]);
  });

  it('people time that states no result is borderline: a hint, not low-value, and reported apart', async () => {
    const analysis = await service.analyze('/r/2026-W47.md', '## Engineering culture\n- 2h Wrote performance reviews for two of my directs\n- 1h Weekly staff meeting\n');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.range.start.line === 2).map((d) => [d.ruleId, d.severity, d.message]), [['borderline-item', 'hint', 'Borderline: no outcome stated; a judgment call']]);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.range.start.line === 3).map((d) => d.ruleId), ['low-value-item']);
    const summary = service.summarize(analysis);
    assert.deepEqual([summary?.lowValueMinutes, summary?.borderlineMinutes, summary?.borderline.map((b) => b.line)], [60, 120, [2]]);
  });
});

describe('what a sentence says, read whole', () => {
  it('"build vs buy" is what was chosen between, not an admin verb "buy"', async () => {
    const activity = await judged('Build vs buy for guest messaging: both vendors against our prototype → recommending buy, paper to exec next Thursday');
    assert.equal(activity.criteria?.find((c) => c.id === 'not-mired-in-details')?.verdict === 'fail', false);
    assert.equal(activity.lowValue, false);
  });

  it('a vague word in one clause does not make a clause that says more vague', async () => {
    const activity = await judged('RFC for the bracket service rewrite → sent back, event sourcing is overkill, asked for a state machine');
    assert.deepEqual([activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, activity.lowValue], ['pass', false]);
    const vague = await judged('Vendor QBR → sent back, discussed');
    assert.equal(vague.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'fail');
  });

  it('people time where they only talked ("caught up") is borderline, like silence; "nothing decided" stays low', async () => {
    const talked = await judged('1:1 w/ Jonas (platform), caught up', '## Engineering culture');
    assert.deepEqual([talked.borderline, talked.lowValue], [true, false]);
    const nothing = await judged('1:1 w/ Jonas (platform), nothing decided', '## Engineering culture');
    assert.deepEqual([nothing.borderline, nothing.lowValue], [undefined, true]);
  });

  it('"mostly" or "went" beside a talk word is still only talk; alone they say nothing of talk', async () => {
    for (const text of ['1:1 with Sam (VP Eng), mostly caught up after the trip', '1:1 with Kemi. Caught up on how the week went.', "1:1 with Dev, streaming. Caught up, mostly about his kid's new school."]) {
      const activity = await judged(text, '## Engineering culture');
      assert.deepEqual([text, activity.outcome, activity.borderline, activity.lowValue], [text, undefined, true, false]);
    }
    const links = await judged('team newsletter draft, mostly links', '## Engineering culture');
    assert.deepEqual([links.borderline, links.lowValue], [undefined, true]);
  });

  it('housekeeping counted in the outcome is low, however many: stale accounts removed, idle databases deleted, flaky tests quarantined', async () => {
    for (const text of ['Quarterly production access review → six stale accounts removed', 'cloud bill → 2 idle DBs deleted', 'Android CI flakiness with the release captain → 11 flaky tests quarantined, owners assigned']) {
      const activity = await judged(text, '## tech');
      assert.deepEqual([text, activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence.includes('only counts what was cleaned up')], [text, true, true]);
    }
    const analysis = await service.analyze('/r/2026-W47.md', '## tech\n- 1h Quarterly production access review → six stale accounts removed\n');
    assert.deepEqual(analysis.diagnostics.map((d) => d.message), ['Low value: the outcome only counts a clean-up']);
    const findings = await judged('ATO package review with the ISSM on the RHEL 9 STIG baseline → 3 CAT I findings closed, 2 CAT II moved to POA&M', '## tech');
    assert.equal(findings.lowValue, false);
  });

  it('a questionnaire whose outcome says how far it got is low; one that won the deal or changed something stands', async () => {
    for (const text of ['security questionnaire for the same landlord\'s parent co → 140 qs, 118 done, rest w/ Marco', 'Finished the security questionnaire for the insurers\' bulk verification renewal', 'Vendor risk assessment for the bank partnership → most of it done, the AI section waits for the policy']) {
      const activity = await judged(text, '## Thursday');
      assert.deepEqual([text, activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence.includes('how far the form got')], [text, true, true]);
    }
    // Counting the answers was low before: that reason stands.
    assert.equal((await judged('Supplier qualification questionnaire for the Lyon client (worth about £140k a year) → 90 answered, two for legal', '## Thursday')).lowValue, true);
    const analysis = await service.analyze('/r/2026-W47.md', '## Thursday\n- 3h security questionnaire for the landlord\'s parent co → 140 qs, 118 done, rest w/ Marco\n');
    assert.deepEqual(analysis.diagnostics.map((d) => d.message), ['Low value: not strategic (“security questionnaire”), the outcome only says how far the form got']);
    for (const text of ['Lakeside Health (new logo, 9 hospitals): security questionnaire + BAA redlines with legal → signed Fri', "Kessler IT's security questionnaire for our remote access into their fleet manager. Moved us from a shared VPN account to named accounts with MFA, which we should have done anyway."]) {
      const activity = await judged(text, '## Thursday');
      assert.deepEqual([text, activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, 'pass']);
    }
  });

  it('an outcome that only says where the code went is no outcome: "→ PR up", "→ fix PR opened"', async () => {
    for (const text of ['Duplicate policy emails to Tripsmith buyers. Found the webhook consumer retrying on 202 → fix PR up', 'upstreamed our small zephyr i2c driver fix → PR opened', 'Wrote a first cut of the MDS trips endpoint on a branch so the team has something to tear apart -> PR up']) {
      const activity = await judged(text, '## tech');
      assert.deepEqual([text, activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence.includes('only says where the code went')], [text, true, true]);
    }
    const result = await judged('Found the webhook consumer retrying on 202 → fix PR up, duplicate emails down from 300 a day to none', '## tech');
    assert.equal(result.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
  });

  it('a condition an outcome ends on ("once the migration is done") does not make its result vague; "until Q4" still dates it', async () => {
    for (const text of ['PCI scope review for the payments migration with our security lead → card data leaves our scope entirely once the migration is done', 'Kestrel Games dev-rel call on the new rate limits for match history → partner-tier keys if we sign their updated data agreement']) {
      assert.deepEqual([text, (await judged(text, '## tech')).criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, 'pass']);
    }
    const parked = await judged('spike readout on on-device LLM for conversation practice → parked until Q4, revisit w/ smaller model', '## tech');
    assert.equal(parked.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
    const vague = await judged('Weekly sync with the platform team → notes updated once the call was done', '## tech');
    assert.equal(vague.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'fail');
  });

  it('grand words on small details whose outcome only says they look better or conform are low', async () => {
    for (const text of ['Refreshed our five-year digital health vision for the donor portal → new template and a better cover photo', 'Applied the new corporate template to the network automation strategy document (cover page, fonts, page numbering) → strategy document aligned with group design standards', 'Adjusted the typeface and margins of our Vision for the Digital Library so that it matches the new brand guidelines → vision brought fully into line.']) {
      const activity = await judged(text, '## tech');
      assert.deepEqual([text, activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence.includes('look better')], [text, true, true]);
    }
    const analysis = await service.analyze('/r/2026-W47.md', '## tech\n- 30m Refreshed our five-year digital health vision for the donor portal → new template and a better cover photo\n');
    assert.deepEqual(analysis.diagnostics.map((d) => d.message), ['Low value: small details (“new template”, “photo”), the outcome only says it looks better']);
    // A name or two after the arrow says where the details went; grand words in the outcome are as grand as in the activity's name.
    const moved = await service.analyze('/r/2026-W47.md', '## tech\n- 30m Roadmap 2031 deck: new fonts and a cleaner layout, moved SharePoint → Confluence\n- 45m Put the platform strategy doc into the new house template → company-wide strategic consistency of headings and fonts\n');
    assert.deepEqual(moved.diagnostics.map((d) => d.message), ['Low value: small details (“fonts”, “layout”), the outcome only names where it went', 'Low value: small details (“template”, “headings”), the outcome is grand words on them']);
    const decided = await judged('Refreshed our five-year vision deck: new template and fonts → the board adopted it as our 2027 strategy, two bets cut', '## tech');
    assert.equal(decided.criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
  });

  it('the review of a technical decision that states no result is a judgment call, not low; a design review of button copy stays low', async () => {
    for (const text of ["Design review of the rendering team's RFC to replace baked probe GI with hardware ray-traced probes", 'Build-vs-buy on upscaling: licence a third-party upscaler SDK, or keep investing in our own', 'Drafted the build-vs-adopt RFC: keep our own collection app or move onto an open-source platform']) {
      const activity = await judged(text, '## tech');
      assert.deepEqual([text, activity.lowValue, activity.borderline], [text, false, true]);
    }
    const copy = await judged('Design review of the new onboarding wizard screens, feedback on button copy', '## tech');
    assert.deepEqual([copy.lowValue, copy.borderline], [true, undefined]);
    const weekly = await judged('Weekly design review meeting', '## tech');
    assert.deepEqual([weekly.lowValue, weekly.borderline], [true, undefined]);
  });

  it("a result said in the item's own words passes: signed the partnership, promoted, chose", async () => {
    for (const text of ['Signed the partnership with Stripe for embedded payments', 'Promoted Ana to engineering manager', 'Chose Temporal over Step Functions for the workflow engine']) {
      const activity = await judged(text, '## Monday');
      assert.deepEqual([text, activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, false, 'pass']);
    }
  });

  it('setting a new starter up (accounts, access, a laptop, a tour) is low, whatever it led to; onboarding a partner is not this', async () => {
    for (const text of ["Jordan's first day: accounts, staff SSO, MFA, a walk through the help ticket queue → set up and closed his first ticket", 'Onboarding day one for Priya (field eng): safety training sign-off, site travel card, the lab tour', 'onboarded the two freelancers Kemi brought in: accounts, repo access, NDA check -> both working by Wednesday']) {
      const activity = await judged(text, '## people');
      assert.deepEqual([text, activity.lowValue, activity.borderline], [text, true, undefined]);
    }
    const analysis = await service.analyze('/r/2026-W47.md', "## people\n- 1h Jordan's first day: accounts, staff SSO, MFA → set up and closed his first ticket\n");
    assert.deepEqual(analysis.diagnostics.map((d) => d.message), ['Low value: setting up a new starter']);
    const partner = await judged("Trusted flagger onboarding with a consumer association's engineers → API integration live in staging, production keys issued", '## partners');
    assert.equal(partner.lowValue, false);
  });

  it('reviewing marketing copy is detail work: low, not a judgment call of marketing time', async () => {
    const activity = await judged("Reviewed marketing's launch copy for the noise programme, struck two claims regulatory would never sign", '## Tuesday');
    assert.deepEqual([activity.categoryId, activity.borderline, activity.lowValue], ['departments', undefined, true]);
  });

  it('an interview that states no result is a judgment call; sourcing and screening with no result stay low', async () => {
    const interview = await judged('Panel interview, PharmD with residency and two years of EHR build', '## Tuesday');
    assert.deepEqual([interview.categoryId, interview.borderline, interview.lowValue], ['recruiting', true, false]);
    const sourcing = await judged('em sourcing on linkedin, 12 msgs', '## Tuesday');
    assert.deepEqual([sourcing.categoryId, sourcing.borderline, sourcing.lowValue], ['recruiting', undefined, true]);
  });

  it('a word after a possessive is no verb: "our own CI" does not "own" anything', async () => {
    const activity = await judged('our own ci flaking again → three flaky tests quarantined, ticket for each', '## tech');
    assert.equal(activity.criteria?.find((c) => c.id === 'mission-big-way')?.verdict, 'unknown');
    const owner = await judged('Own the CI migration from next sprint → Jenkins retired by May', '## tech');
    assert.deepEqual(owner.criteria?.find((c) => c.id === 'mission-big-way')?.evidence, 'verb "own", "migration"');
  });

  it('an outcome that says a small thing is now in a new state, or counts notifications marked read, is no outcome', async () => {
    for (const text of ['Changed the wiki theme to the new brand purple → wiki is now purple', 'Went through my GitHub notifications → 52 marked read', 'Cleared the Slack unreads → all marked as read']) {
      assert.deepEqual([text, (await judged(text)).lowValue], [text, true]);
    }
    // "is now" with a number, or about a term, is a result.
    for (const text of ['Renegotiated the support SLA with Acme → first response is now 4h', 'Talked pricing with finance → the team plan is now 12 per seat']) {
      assert.deepEqual([text, (await judged(text)).lowValue], [text, false]);
    }
  });

  it('time spent listening whose outcome is a decision is not small by its verb; small work done yourself stays low whatever followed', async () => {
    for (const text of ['Went through the vendor MSA with procurement: we drop the exclusivity clause and sign for two years', 'Read Maya\'s caching RFC → approved, Redis stays and the CDN layer goes', 'Joined the sales call with Hallam Foods → they want a 40-store pilot from March']) {
      const activity = await judged(text);
      assert.deepEqual([text, activity.lowValue, activity.criteria?.find((c) => c.id === 'mission-big-way')?.verdict], [text, false, 'unknown']);
    }
    // A noun read as the verb ("upgrade" in "Kiosk upgrade go/no-go") is no evidence of small work either.
    const named = await judged('Kiosk upgrade go/no-go with the store ops leads → go for Sunday night, tills close an hour early');
    assert.deepEqual([named.lowValue, named.criteria?.find((c) => c.id === 'mission-big-way')?.verdict], [false, 'unknown']);
    // A count of items handled is the work done: "→ 9 parked with legal" stays low.
    assert.equal((await judged('Release triage with the mobile squad → 9 parked with legal')).lowValue, true);
    const doneYourself = await judged('Fixed the flaky login test → we keep the old runner for now');
    assert.equal(doneYourself.criteria?.find((c) => c.id === 'mission-big-way')?.verdict, 'fail');
    // Listening with no decision after it is still passive time.
    assert.equal((await judged('Read the quarterly security newsletter → read it')).lowValue, true);
  });

  it('outcomes in modest words: a course ruled out, a share of a measure moved, a priority given, consent, a limit for everyone, all of something by a date', async () => {
    const worthy = [
      'Short chat with the COO, we are not outsourcing the service desk after all',
      'Couple of calls with the carrier, got the shipping rate down by about a third for every warehouse',
      'Lunch with the head of retail, their click-and-collect rebuild is our first priority in spring',
      'Call with the auditors, they are fine with us moving the evidence store to the new tenant',
      'Sat with the support leads, no one takes more than two escalations a night now',
      'Went through the migration plan with the leads, every service is on the new cluster by Q2',
      'Small thing but every ward now uses the same paging rota',
      'Caught up with Amir, he has taken over the data platform team',
      'Helped settle who owns the search service, it is the discovery team from June',
      // A name's team takes something on.
      "Retro with the ops leads. Dana's team takes the pager rota from next month",
      // Someone else's agreement won, and a practice everyone now uses.
      'got the health board to agree to one shared rota app for all clinics',
      'Managed to get the regulator\'s approval to open the sandbox to ten banks',
      'Wrote up how we do post-incident reviews, every squad is using it now',
      'Convinced the exec team to keep the accessibility budget for next year',
      'Signed the pilot with the county hospital, two wards to start',
      // An amount in brackets; a capability granted.
      'Found a cheaper way to store the scan archive, should save a lot each year (about $250k)',
      'Agreed the data-sharing terms with the transport authority, which lets us open the API to third parties',
    ];
    for (const text of worthy) assert.deepEqual([text, (await judged(text)).lowValue], [text, false]);
    // The same shapes that say nothing state no outcome.
    const nothing = ['Sat through a vendor webinar on tracing; nothing we will use', 'Tried to get legal to sign the new DPA', 'Short chat with the COO, we are not sure yet', 'Call with the auditors, they are happy with the coffee', 'Minor thing but I tidied the wiki sidebar', 'Sat with the support leads, nobody decided anything'];
    for (const text of nothing) assert.deepEqual([text, (await judged(text)).criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, 'fail']);
  });

  it('a count that moved from one number to another, in plain words, is a measured result; a time of day moved is not', async () => {
    for (const text of ['Support queue review with the service desk lead: open tickets cut from 240 to 90', 'On-call retro, pages down to 6 a week from 25']) {
      assert.deepEqual([text, (await judged(text)).criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, 'pass']);
    }
    for (const text of ['Offsite day, in the room from 9 to 5']) {
      assert.deepEqual([text, (await judged(text)).criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, 'fail']);
    }
  });

  it('a term, a rating or a plan left as it is, in plain words, is a decision; a status unchanged is not', async () => {
    for (const text of ['Pricing call with the CFO: no change to the partner discount policy this year', 'Risk register review with internal audit, cyber risk rating unchanged']) {
      assert.deepEqual([text, (await judged(text)).criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, 'pass']);
    }
    assert.equal((await judged('Weekly dashboard check → status unchanged')).lowValue, true);
  });

  it('a measure said as what it was and what it is now is a measured result; a meeting time moved is not', async () => {
    for (const text of ['Release cadence review with the leads: deploys were monthly, now weekly for every team', 'Support backlog was 900 tickets in March, now 120']) {
      assert.deepEqual([text, (await judged(text)).criteria?.find((c) => c.id === 'clear-outcome')?.evidence.startsWith('outcome in its own words')], [text, true]);
    }
    assert.equal((await judged('Standup now at 9:30, was 9:00')).criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'fail');
  });

  it('grand words on a table of contents, a background or a redrawn diagram are low', async () => {
    for (const text of ['Reshaped our platform vision by fixing the handbook\'s table of contents', 'Target architecture for 2030: redrew the boxes in Miro', 'Drove company-wide alignment by changing my Teams background to the new one']) {
      assert.deepEqual([text, (await judged(text)).lowValue], [text, true]);
    }
  });

  it('an outcome of the activity\'s own thing and words that only say it was done restates it', async () => {
    const analysis = await service.analyze('/r/2026-W47.md', '## tech\n- 30m Read the release checklist for Thursday → checklist read and acknowledged\n');
    assert.deepEqual(analysis.diagnostics.map((d) => d.message), ['Low value: hands-on, admin or passive work (“read”), the outcome only says it was done']);
    assert.equal((await judged('Pilot agreement with the county → agreement signed')).criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
  });

  it('a count of what the activity went through ("→ 31 accounts reviewed") only counts the work done; a count of decisions stands', async () => {
    for (const text of ['Quarterly vendor access review → 31 accounts reviewed', 'Support backlog session → 40 tickets triaged']) {
      const activity = await judged(text);
      assert.deepEqual([text, activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence.endsWith('only counts the work done')], [text, true, true]);
    }
    assert.equal((await judged('Hiring committee → 3 offers approved')).criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
  });

  it('an outcome that edits how things look or are named only changes small details, whatever it was done to', async () => {
    const activity = await judged('Went over the supplier risk register → 4 risks Recoloured green');
    assert.deepEqual([activity.lowValue, activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence], [true, 'the outcome "4 risks Recoloured green" only changes small details ("recoloured")']);
  });

  it('a safeguard an incident review puts on something is its result', async () => {
    for (const text of ['Postmortem for the stuck payouts → alert on lag, runbook updated', 'Incident review with the on-call pair → new watchdog on the importer, spare disk ordered']) {
      assert.deepEqual([text, (await judged(text)).lowValue], [text, false]);
    }
  });

  it('a gerund before a system\'s noun names the system, not what the writer did: "routing engine", "billing service"', async () => {
    const activity = await judged('Booking engine latency is down to 90ms from 300ms after the index change');
    assert.deepEqual([activity.lowValue, activity.criteria?.filter((c) => c.evidence.includes('verb "booking"')).map((c) => c.id)], [false, []]);
  });

  it('an outcome that only says the work shipped ("→ deployed", "→ rolled out") restates it', async () => {
    const analysis = await service.analyze('/r/2026-W47.md', '## tech\n- 30m Room finder v2 went out Tuesday night → deployed\n- 30m Status page redesign → live in prod\n');
    assert.deepEqual(analysis.diagnostics.map((d) => d.message), ['Low value: the outcome only says it shipped', 'Low value: the outcome only says it shipped']);
    assert.equal((await judged('Card controls to every member → rolled out, disputes down 30%')).lowValue, false);
  });

  it('a sign-off the item opens with is its activity, not its outcome; signing off an offer or a policy decides something', async () => {
    for (const text of ['Signed off six leave requests in the HR portal', 'Approved the quarterly software invoices']) {
      assert.deepEqual([text, (await judged(text)).lowValue], [text, true]);
    }
    // After a short label too: "SOC 2: signed off …" is the sign-off, not its outcome.
    assert.equal((await judged('ISO audit: signed off the quarterly supplier access list')).lowValue, true);
    assert.equal((await judged('Hiring: signed off the offer for the staff SRE')).criteria?.find((c) => c.id === 'clear-outcome')?.verdict, 'pass');
    for (const text of ['Signed off the offer for the new platform lead', 'Signed off the travel policy for all engineering staff']) {
      assert.deepEqual([text, (await judged(text)).criteria?.find((c) => c.id === 'clear-outcome')?.verdict], [text, 'pass']);
    }
  });

  it('a paper for a public body\'s committee is board work: a judgment call without a stated result', async () => {
    await expectVerdicts(['Drafted the technology section of the Finance Committee paper for next month'], '## Monday', true, false);
  });

  it('a pre-read for the board that says what went in is board work, a judgment call; a pre-read named and no more is reading it', async () => {
    await expectVerdicts(['Investor pre-read: the platform reliability page and the cloud cost chart', 'Board pack pre-read, wrote the security and uptime section'], '## Monday', true, false);
    await expectVerdicts(['Board pre-read', 'Risk committee pre-read'], '## Monday', undefined, true);
  });

  it('a draft of the career ladder handed on for review is work in progress, a judgment call, not low', async () => {
    await expectVerdicts(['Career ladder: rewrote the staff engineer level description', 'career ladder v0, three levels, sent to CEO'], '## Engineering culture', true, false);
    // The exec team's standing meeting is still routine.
    const routine = await judged('Exec staff', '## Engineering culture');
    assert.deepEqual([routine.borderline, routine.lowValue], [undefined, true]);
  });
});

describe('silenced means accepted', () => {
  it('a disabled low-value-item counts nowhere: summary, status and hover', async () => {
    const analysis = await service.analyze('/r/2026-W47.md', '## Week\n<!-- weekly-review-disable-next-line low-value-item -->\n- 2h Cleaned up my inbox\n- 1h Cleaned up my desk\n');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.range.start.line), [4]);
    const summary = service.summarize(analysis);
    assert.deepEqual([summary?.lowValueMinutes, summary?.lowValue.map((e) => e.line)], [60, [4]]);
    assert.match(activityHover(analysis, { line: 3, column: 8 })?.parts[0] ?? '', /accepted: low\\-value\\-item is disabled here$/u);
  });
});
