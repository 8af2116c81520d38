// The built-in `cto` rubric, kept as YAML text so that it goes through exactly
// the same loader and validator as a user's `.weekly-review.yaml`, and so that
// "Open rubric" can show it verbatim. Its criteria come from "What does a CTO
// do?" (the ten tests an activity must pass to be worthy of the CTO's time, and
// the three priorities people / technology / business); its allocation comes
// from Clint Berry's "What Does a CTO Do?" (External 30% / Internal 70%).

export const BUILTIN_CTO_RUBRIC_YAML = `# Weekly Review built-in rubric "cto".
# Criteria: "What does a CTO do?" — an activity is worthy of my time when it is
# aligned with core values, gets the company closer to its vision, helps achieve
# the mission in a big way, has company-wide scope, long-term and large-scale
# impact, is strategic, is not mired in small details, and has a clearly defined,
# measurable outcome.
# Allocation: "What Does a CTO Do?" — External focus 30%, Internal focus 70%.
name: cto
advice: "Delegate it, drop it, or note the outcome that made it worth a CTO's time; if it was, say why with <!-- worthy: reason -->."
threshold: 0.5
# Words that claim scope, scale or strategy count only when the item states an
# outcome: the essay asks for positive evidence, not grand words.
requireOutcome: true
tolerance: 5%
expectedHours: 40

priorities:
  people:
    name: People
    description: Attract and retain the best people; a culture where they do their best work.
    tags: [people]
  technology:
    name: Technology
    description: Build technology that makes big things possible.
    tags: [technology, tech]
  business:
    name: Business
    description: Drive the highest return on technology.
    tags: [business]

groups:
  external:
    name: External
    target: 30%
    categories: [marketing, recruiting, sales, partners]
  internal:
    name: Internal
    target: 70%
    categories: [culture, operations, architecture, departments]

categories:
  marketing:
    name: Marketing & evangelism
    target: 10%
    priority: business
    aliases: [Marketing, Evangelism, Technical evangelism, Marketing and evangelism, Speaking, Writing]
  recruiting:
    name: Recruiting
    target: 10%
    priority: people
    aliases: [Hiring, Talent, Recruitment, Help with recruiting top talent]
  sales:
    name: Sales & customers
    target: 5%
    priority: business
    aliases: [Sales, Customers, Customer, Sales and customers]
  partners:
    name: Business development & partners
    target: 5%
    priority: business
    aliases: [Partners, Partnerships, Business development, BizDev, Biz dev, BD]
  culture:
    name: Engineering culture
    target: 25%
    priority: people
    aliases: [Culture, Team, People]
  operations:
    name: Engineering operations
    target: 20%
    priority: technology
    aliases: [Operations, Ops, Eng ops, DevOps, Delivery]
  architecture:
    name: Long-term architecture & technology direction
    target: 15%
    priority: technology
    aliases: [Architecture, Technology direction, Long-term architecture, Long term architecture and technology direction, Tech direction, Technology strategy]
  departments:
    name: Connecting with other departments
    target: 10%
    priority: business
    aliases: [Other departments, Cross-functional, Cross functional, Connecting and working with other departments, Departments]

# Word lists the criteria share (a list whose words all start with letters
# or digits is checked cheaply first, so "*-year" is spelled out). A word ending in * matches any ending
# ("debug*" matches "debugged"); a * between words matches one word
# ("all * engineers" matches "all 60 engineers"). Verb lists are compared with
# the item's main verb (its first words) by word stem, so "schedule" also
# matches "scheduled" and "rescheduling" needs its own entry. Quantity lists
# name what a number counts ("900 customers"), or percent, money or date.
vocabulary:
  # Small details: fail "is not mired in small details".
  detail: [debug*, typo*, css, pixel*, font*, alignment, indentation, formatting, config, configs, dotfiles, laptop, inbox, clean up, cleaned up, cleaning up, cleanup, tidy*, rearrang*, renam*, lint, linter*, linting, yaml, flaky, my branch, small pr*, minor, trivial, nit*, ad-hoc, adhoc, one-off, quick fix*, hotfix*, slack channel*, copy edit*, proofread*, spreadsheet*, emoji*, wording, tabs vs spaces, bikeshed*, naming, colour*, color*, re-pin*, pinned, template*, checklist*, dashboard tile*]
  narrow: [my branch, my inbox, my laptop, my dotfiles, my calendar, my desk, personal, myself, single file, one file, by hand]
  # The item's main verb, when it is hands-on work, admin or passive time.
  hands-on: [tag, tagged, debug, fix, fixed, tweak, rename, reformat, format, clean, tidy, rearrange, update, upgrade, install, configure, rotate, patch, rebase, merge, export, pull, copy, paste, edit, proofread, redo, redid, restart, rerun, re-run, chase, chased, triage, answer, reply, respond, replied, moved, move, dug, dig, babysit, babysat, hand-edit, hand-fixed, resized, resize, recolor, rebuilt, rebuild, cleaned]
  admin: [process, processed, book, order, schedule, reschedule, fill, file, submit, approve, print, buy, bought, purchase, arrange, post, send, sent, forward, juggle, collect, expense, renew, sort, organise, organize, onboard, register, signed up, set up calendar]
  passive: [read, skim, skimmed, watch, listen, attend, sat, sit, join, joined, shadow, browse, observe, lurk, follow, went, go, caught, catch, scroll]
  leading: [decide, hire, align, launch, define, agree, negotiate, close, commit, present, lead, led, run, ran, kick off, kicked off, drive, drove, own, propose, prioritise, prioritize, calibrate, coach, mentor, restructure, approve budget, set target, set targets, set goals, announce, unblock, resolve, secure, win, won, sign, signed]
  strategic: [strateg*, vision, roadmap*, direction, proposal*, plan, plans, planning, decision*, go/no-go, headcount, budget*, okr*, goals, outcomes, priorit*, policy, policies, principles, values, board, investor*, partnership*, architecture, pricing, contract*, renewal*]
  admin-words: [expense*, travel, flights, hotel*, booking*, catering, room, rooms, swag, invoice*, calendar*, form, forms, timesheet*, visa*, logistics, pto, reimburse*, receipt*, purchase order*, seating, parking, offsite logistics]
  long-term: [long-term, long term, multi-year, 1-year, 2-year, 3-year, 4-year, 5-year, 10-year, one-year, two-year, three-year, five-year, ten-year, years, yearly, annual*, roadmap*, policy, policies, process, processes, standard*, principles, values, culture, hiring plan, career*, ladder, onboarding, adopted, architecture, succession, from now on, permanent*, every quarter, quarterly]
  short-term: [ad-hoc, adhoc, one-off, quick fix*, hotfix*, temporary, workaround*, for now, this week only, again]
  company-wide: [company-wide, companywide, company wide, org-wide, organization-wide, organisation-wide, all-hands, all hands, every team, all teams, each team, all squads, every squad, all engineers, "all * engineers", every engineer, whole company, entire company, across teams, cross-team, cross-functional, leadership, exec team, executive*, every hiring manager, all hiring managers, all managers, all team leads, team leads, tech leads, board]
  large-scale: [largest, biggest, key customer*, top customer*, customers, revenue, arr, renewal*, hundreds, thousands, millions, every customer, all customers, whole team, entire team]
  # What a number counts when it measures scale or a result, or a detail.
  scale-units: [customers, customer, users, engineers, teams, squads, people, hires, offers, accounts, seats, services, attendees, leads, partners, deals, contracts, employees, candidates, managers, regions, markets, percent, money, date]
  detail-units: [issues, comments, comment, messages, message, emails, labels, label, tickets, slides, typos, lines, files, threads, replies, prs, questions, fields, columns, rows, calendars, interviews, channels, bots, templates, tabs, rooms, states, dms, pings, notifications, panel, swaps, rounds, times, fonts, pages, loops]
  vision: [vision, mission, strateg*, roadmap*, direction, architecture, proposal*, 1-year, 2-year, 3-year, 4-year, 5-year, 10-year, one-year, two-year, three-year, five-year, ten-year, multi-year, future, north star, long-term, innovation, prototype*, research, rfc, platform strategy]
  big-way: [launch*, shipped, major, key, largest, biggest, revenue, arr, renewal*, contract*, deal*, migration, offer*, hire, hired, hires, headcount, decision*, policy, adopted, agreed, signed]
  values: [values, culture, 1:1*, one-on-one*, mentor*, coach*, feedback, career*, growth, onboarding, inclusion, inclusive, diversity, psychological safety, recogni*, team leads, hiring, candidate*, incident review*, postmortem*, post-mortem*, blameless, principles, ownership, transparen*]
  # A result stated in the item's own words (when there is no "→ outcome").
  result: [decided, agreed, agreed to, signed off, sign-off, contract signed, hired, offer out, offer extended, offer accepted, offers, accepted, launched, shipped, released, published, adopted, committed, will, assigned, owns, written up, first run, conclusion, switched, is now, are now, now gets, now get, now go, now goes, now runs, now live, went from, rolled out, went live, go-live, unblocked, renewed, resolved, negotiated, secured, won, closed, saves, saved, saving, cut, reduced, lowered, raised, increased, instead of, down from, up from, so that, which means, resulting in, led to, now owns, owns it, owner, owners, action items, approved by, green-lit, greenlit]
  vague-outcome: [discussed, synced, chatted, talked, tbd, in progress, wip, done, ok, fine, caught up, went through, walked through, mostly, pitch, pitched, revisit*, venting, fyi, noted, status update, nothing, no decision*, no outcome, no change, nothing changed, nothing decided, inconclusive, unchanged, round in circles, read out, will revisit, will see, will think]

criteria:
  aligned-with-values:
    name: Is aligned with core values
    pass: { keywords: [$values] }
  closer-to-vision:
    name: Gets the company closer to its vision
    pass: { keywords: [$vision], tags: [vision, strategy] }
  mission-big-way:
    name: Helps achieve the company mission in a big way
    pass: { keywords: [$big-way], verbs: [$leading] }
    fail: { verbs: [$hands-on, $admin, $passive] }
  company-wide-scope:
    name: Has company-wide scope
    pass: { keywords: [$company-wide] }
    fail: { keywords: [$narrow] }
    categories: { departments: pass }
  long-term-impact:
    name: Has long-term impact
    pass: { keywords: [$long-term] }
    fail: { keywords: [$short-term] }
  large-scale-impact:
    name: Has large-scale impact
    pass: { keywords: [$large-scale], quantities: [$scale-units] }
    fail: { keywords: [$narrow], quantities: [$detail-units] }
  strategic:
    name: Is strategic
    pass: { keywords: [$strategic], verbs: [$leading], tags: [strategy, strategic] }
    fail: { keywords: [$admin-words], verbs: [$admin, $passive] }
  not-mired-in-details:
    name: Is not mired in small details
    fail: { keywords: [$detail], verbs: [$hands-on, $admin], quantities: [$detail-units] }
  clear-outcome:
    name: Has a clearly defined outcome
    weight: 2
    check: outcome
    pass: { keywords: [$result] }
    fail: { keywords: [$vague-outcome] }
  measurable-outcome:
    name: Has a measurable outcome
    check: measurable-outcome
    fail: { quantities: [$detail-units] }
`;
