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
threshold: 0.5
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

# Word lists the criteria share. A word ending in * matches any ending
# ("debug*" matches "debugged"); a * between words matches one word
# ("all * engineers" matches "all 60 engineers").
vocabulary:
  detail: [debug*, fix, fixed, fixes, fixing, tweak*, typo*, css, pixel*, font*, alignment, indentation, formatting, config, configs, configuration, dotfiles, laptop, inbox, email, emails, clean up, cleaned up, cleaning up, cleanup, rearrang*, renam*, lint, linter*, linting, yaml, flaky, my branch, small pr*, pr, prs, pull request*, minor, trivial, nit*, ad-hoc, adhoc, one-off, quick fix*, hotfix*, slack channel*, copy edit*, proofread*, spreadsheet*, expense*, calendar, desk, printer]
  narrow: [my branch, my inbox, my laptop, my dotfiles, my calendar, my desk, personal, myself, single file, one file]
  strategic: [strateg*, vision, roadmap*, direction, proposal*, plan, plans, planning, decision*, go/no-go, headcount, budget*, okr*, goals, outcomes, priorit*, policy, policies, principles, values, offsite, board, investor*, partnership*, architecture, platform]
  long-term: [long-term, long term, multi-year, "*-year", year, years, yearly, annual*, quarter*, quarterly, q1, q2, q3, q4, roadmap*, policy, policies, process, processes, standard*, principles, values, culture, hiring plan, career*, onboarding, adopted, architecture, platform, succession]
  short-term: [ad-hoc, adhoc, one-off, quick fix*, hotfix*, tweak*, typo*, temporary, workaround*, for now]
  company-wide: [company-wide, companywide, company wide, org-wide, organization-wide, all-hands, all hands, every team, all teams, each team, all engineers, "all * engineers", every engineer, whole company, entire company, across teams, cross-team, cross-functional, leadership, exec team, executive*, every hiring manager, all hiring managers]
  large-scale: [all, every, each team, teams, company-wide, org-wide, whole, entire, attendees, audience, largest, biggest, key customer*, customers, platform, team leads, tech leads, hiring managers, hundreds, thousands, millions, revenue, arr, renewal*, outage]
  vision: [vision, mission, strateg*, roadmap*, direction, architecture, platform, proposal*, "*-year", future, north star, long-term, innovation, prototype*, research]
  big-way: [launch*, shipped, ship, major, key, largest, biggest, revenue, arr, renewal*, contract*, deal*, migration, platform, offer*, hire, hired, hires, headcount, decision*, policy, adopted, agreed]
  values: [values, culture, 1:1*, one-on-one*, mentor*, coach*, feedback, career*, growth, onboarding, inclusion, inclusive, diversity, psychological safety, recogni*, team leads, interview*, hiring, candidate*, incident review*, postmortem*, post-mortem*, retro*, blameless, principles, ownership, transparen*]
  vague-outcome: [discussed, synced, chatted, talked, tbd, in progress, wip, done, ok, fine, caught up]

criteria:
  aligned-with-values:
    name: Is aligned with core values
    pass: { keywords: [$values] }
    categories: { culture: pass, recruiting: pass }
  closer-to-vision:
    name: Gets the company closer to its vision
    pass: { keywords: [$vision], tags: [vision, strategy] }
    fail: { keywords: [$detail] }
    categories: { architecture: pass }
  mission-big-way:
    name: Helps achieve the company mission in a big way
    pass: { keywords: [$big-way] }
    fail: { keywords: [$detail] }
  company-wide-scope:
    name: Has company-wide scope
    pass: { keywords: [$company-wide] }
    fail: { keywords: [$narrow] }
    categories: { departments: pass }
  long-term-impact:
    name: Has long-term impact
    pass: { keywords: [$long-term] }
    fail: { keywords: [$short-term, $detail] }
  large-scale-impact:
    name: Has large-scale impact
    pass: { keywords: [$large-scale] }
    fail: { keywords: [$detail, $narrow] }
  strategic:
    name: Is strategic
    pass: { keywords: [$strategic], tags: [strategy, strategic] }
    fail: { keywords: [$detail] }
  not-mired-in-details:
    name: Is not mired in small details
    fail: { keywords: [$detail] }
  clear-outcome:
    name: Has a clearly defined outcome
    check: outcome
    fail: { keywords: [$vague-outcome] }
  measurable-outcome:
    name: Has a measurable outcome
    check: measurable-outcome
`;
