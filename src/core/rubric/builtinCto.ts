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
    signals: { conference*: 3, meetup*: 3, podcast*: 3, keynote*: 3, webinar*: 3, blog*: 4, livestream*: 3, youtube: 3, speaker*: 3, cfp: 3, evangel*: 3, devrel: 3, developer relations: 3, journalist*: 6, reporter*: 3, press: 2, interview with a journalist: 3, op-ed: 3, newsletter*: 2, article*: 2, case study: 2, community: 2, open source: 3, oss: 2, contributor*: 2, github stars: 3, launch post: 3, linkedin post: 3, tweet*: 2, talk: 2, gave a talk: 4, presented at: 3, spoke at: 3, user group*: 3, my talk: 3, panel discussion: 3, slides for the talk: 3, marketing: 1, thought leadership: 3, docs site: 1, developer community: 3, hackathon sponsor*: 3, talk proposal: 3, gdc: 3, whitepaper*: 3, white paper: 3, press release*: 3, press quote: 3, launch comms: 3, episode: 2, guest post: 3, talk on: 3, lecture*: 3, my panel: 3, forum: 2, talk abstract*: 3, abstract for: 3, abstract submi*: 3 }
  recruiting:
    name: Recruiting
    target: 10%
    priority: people
    aliases: [Hiring, Talent, Recruitment, Help with recruiting top talent]
    signals: { interview*: 3, candidat*: 3, recruit*: 3, final round*: 3, making an offer: 3, job spec*: 3, hire: 2, hiring: 2, hiring plan: 4, hiring committee: 3, hiring manager*: 2, offer: 3, offer letter: 3, onsite: 2, phone screen*: 3, screen*: 1, job description*: 3, job post*: 3, jd: 2, jds: 2, debrief*: 2, req: 2, reqs: 2, headhunter*: 3, talent: 2, referral*: 2, take home: 2, sourcing*: 3, new grad*: 2, interns: 2, internship*: 3, pipeline review: 1, backfill*: 2, applicant*: 3, cv: 2, cvs: 2, resume*: 0.5, headcount: 1, hire loop: 3, loop: 1, panel interview: 3, close the candidate: 3, pitch the role: 3, comp band*: 2, hiring bar: 3, coding panel: 3, interview panel: 3, offer call: 4, linkedin: 0.5, careers fair: 4, career fair: 4, job fair: 4, campus recruit*: 3, offer sign off: 4, workforce plan: 4, permanent roles: 3, substantive posts: 3, job ad: 3, job ads: 3, job advert*: 3, headcount plan*: 3 }
  sales:
    name: Sales & customers
    target: 5%
    priority: business
    aliases: [Sales, Customers, Customer, Sales and customers]
    signals: { customer*: 3, prospect*: 3, customer advisory board*: 4, client: 2, clients: 1, deal: 2, demo: 3, demos: 2, rfp*: 3, rfi: 3, security questionnaire*: 4, questionnaire*: 2, renewal*: 2,  pilot: 2, pricing: 1, upsell*: 3, churn*: 2, sales call*: 3, sales: 2, account: 1, accounts: 1, escalation*: 4, escalated: 3, their ops director: 3, their security team: 3, their ciso: 3, their cto: 3, their it team: 3, their tech director: 3, their platform team: 3, their sre*: 3, poc: 2, proof of concept: 1, bid*: 2, tender*: 3, sow: 2, statement of work: 3, trial: 1, procurement: 1, sla: 1, key account*: 3, pitch*: 2, win back: 3, expansion: 1, champion: 1, rate card: 3, renewal call: 1, design partner*: 3, merchant*: 2, co op: 2, co ops: 2 }
  partners:
    name: Business development & partners
    target: 5%
    priority: business
    aliases: [Partners, Partnerships, Business development, BizDev, Biz dev, BD]
    signals: { partner*: 3, vendor*: 3, supplier*: 3, alliance*: 3, reseller*: 3, investor*: 3, fundrais*: 3, vc: 2, vcs: 2, term sheet*: 3, due diligence: 2, series a: 3, series b: 3, seed round: 3, angel*: 3, integration partner*: 3, marketplace listing: 3, co-sell*: 3, licens*: 2, licence renewal: 4, license renewal: 4, support renewal: 4, api renewal: 4, 3pl*: 3, cloud provider: 2, aws account team: 3, msa: 1, outsourc*: 3, contractor*: 2, agency: 1, agencies: 1, channel partner*: 3, oem: 3, joint venture: 3, acquisition: 2, m&a: 3, integration: 1, integration call: 3, integration sync: 3, app marketplace: 3, carrier*: 3, publisher*: 3, data room: 3, collaboration: 2, fund: 2, funding: 2, growth fund: 3, tech dd: 3, dd: 2, cap table: 3, side letter*: 3, seed: 2, account manager*: 4, funder*: 3, donor*: 2, qbr*: 3, quarterly business review: 3, msp: 3, mssp: 3, contract manufacturer*: 3, enterprise discount*: 3, edp: 3, their account team: 3, the account team: 2, grant application*: 3, licenc*: 2, grant report*: 3, grant bid*: 3, grant proposal*: 3, monitoring officer*: 4, program officer*: 3, programme officer*: 3, foundation: 2, hosting provider*: 3, credits: 2, traction: 2, foundry: 3, uplift: 3, price cap: 3, committed spend: 3, wholesaler*: 3, distributor*: 3, escrow: 2, acquirer: 3, card scheme*: 3, accelerator: 3, incubator: 3, system integrator*: 3, integrator*: 2, service provider*: 2, dpa: 2, redlines: 2, data agreement*: 3, data sharing agreement*: 3, provider: 2, providers: 2, our account exec: 3, account rep: 4, account director: 3 }
  culture:
    name: Engineering culture
    target: 25%
    priority: people
    aliases: [Culture]
    headingHints: [Team]
    signals: { 1 1: 4, 1on1*: 4, 1 on 1: 4, one on one*: 4, book club: 3, levelling framework: 4, leveling framework: 4, week-two check-in: 3, week two check-in: 3, first-week check-in: 3, coach*: 3, mentor*: 3, career*: 3, ladder: 3, promotion*: 3, promo: 2, performance review*: 3, perf review*: 3, performance: 2, calibration*: 2, feedback: 2, onboard*: 2, team health: 3, retro: 1, retros: 1, retrospective*: 1, engineering all hands: 7, offsite: 2, team building: 3, morale: 3, values: 2, recognition: 3, kudos: 3, pulse survey: 3, engagement survey: 3, survey: 1, direct report*: 3, directs: 3, skip level*: 3, team lead*: 1, tech lead*: 1, leads: 1, manager*: 1, growth plan*: 2, pip: 3, exit interview*: 6, lunch and learn: 3, brown bag*: 3, hackathon*: 2, guild*: 2, burnout: 3, wellbeing: 3, well being: 3, team dinner: 2, culture: 3, inclusion: 3, diversity: 3, dei: 2, engineering manager*: 2, em: 1, ems: 1, new joiner*: 3, new starter*: 3, buddy: 2, team charter: 3, caught up: 1, check in: 1, team: 1, my team: 1, reorg: 2, reorgs: 2, reorganisation: 2, reorganization: 2, team structure: 2, succession: 2, peer review*: 2, compensation: 1, eng all hands: 7, 1 1s: 4, 1on1s: 4, nudg*: 2, team update*: 3, welcome session: 3, welcom*: 2, one to one*: 4, job architecture: 3, annual review*: 3, mid year review*: 3, year end review*: 3, appraisal*: 3, department all hands: 7, show and tell: 3, group all hands: 7, team all hands: 7, coffee: 2, coffees: 2, bbq: 3, barbecue: 3, potluck*: 3, team lunch*: 3, holiday lunch*: 3, team social*: 3, holiday party: 2, christmas party: 2, apprentice*: 3, technology town hall: 7, tech town hall: 7, digital town hall: 7, it town hall: 7, engineering town hall: 7, digital all staff: 7, it all staff: 7, technology all hands: 7, digital all hands: 7, it all hands: 7, staff meeting: 3, eng staff: 3, it staff meeting: 3, first day: 3, friday demo*: 3 }
  operations:
    name: Engineering operations
    target: 20%
    priority: technology
    aliases: [Operations, Ops, Eng ops, DevOps]
    headingHints: [Delivery]
    signals: { incident*: 3, outage*: 2, alarm*: 2, postmortem*: 3, post mortem*: 3, on call: 3, oncall: 3, release*: 2, deploy*: 3, rollout*: 2, rollback*: 3, ci: 2, cd: 1, pipeline*: 1, infra*: 3, kubernetes: 3, k8s: 3, terraform: 3, sre: 2, reliability: 2, uptime: 1, slo: 3, monitoring: 2, alert*: 2, observability: 3, dashboard*: 1, code review*: 3, pr: 2, prs: 2, pull request*: 3, review of the pr: 3, bug*: 2, debug*: 2, fix: 1, fixed: 1, hotfix*: 3, sprint*: 2, standup*: 2, stand up: 2, jira: 2, ticket*: 2, triage*: 2, security: 1, audit*: 3, soc: 3, iso 27001: 3, pentest*: 3, penetration test*: 3, pen test*: 3, vulnerab*: 3, cve*: 3, patch*: 2, compliance: 2, hipaa: 2, pci: 2, access review*: 3, phishing: 2, budget*: 3, cloud spend: 3, cloud cost*: 3, aws bill: 3, latency: 2, performance regression*: 3, load test*: 3, flaky: 2, build times: 3, test suite: 2, tooling*: 3, devex: 2, developer experience: 2, ops: 3, devops: 3, war room: 3, delivery: 2, dora: 3, velocity: 2, estimates: 1, quarterly planning: 2, sprint planning: 3, eng metrics: 3, engineering metrics: 3, process: 1, runbook*: 3, backup*: 2, disaster recovery: 3, failover: 3, database upgrade: 3, upgrade*: 1, migration: 1, firmware: 2, fleet: 1, ota: 2, qa: 2, regression*: 2, hardening: 2, secrets: 2, sso: 2, laptop fleet: 2, mdm: 2, intune: 3, timing out: 2, timed out: 2, timeout*: 2, reproduced: 2, repro: 2, merged: 2, connection pool: 3, readiness review: 3, hands on: 2, autopilot: 2, network closet*: 3, rolled back: 3, cost review: 2, freeze: 2, code freeze: 3, change request*: 3, change advisory: 3, change advisory board*: 4, status page: 3, root cause: 3, live ops: 3, cluster*: 1, staging: 2, production*: 2, prod: 2, hotfixes: 3, merge*: 1, rota: 3, capex: 3, spend: 3, cloud bill: 3, savings plan: 3, build farm: 3, go no go: 3, bridge: 3, slos: 3, pagerduty: 3, paging*: 2, change control*: 4, firewall*: 3, network segmentation: 3, provision*: 2, access request*: 3, go live*: 2, defect*: 2, cutover: 2, cut over: 2, qualification: 2, validation: 1, server*: 2, database*: 2, script*: 1, assessor*: 2, device management: 3, certification*: 2, saml: 2, planning: 1, tabletop*: 3, breach*: 2, fallback: 2, sev1: 3, sev2: 3, sev 1: 3, sev 2: 3, opex: 3, hazard*: 2, wifi: 2, wi fi: 2, certificate*: 2, went down: 3, capital plan: 3, reforecast*: 3, cloud line: 3, tests: 1, unit tests: 2, retries: 1, leads meeting: 3, reflash*: 3, sdk: 2, lag: 1, crash*: 2, fraud*: 2, leads sync: 4, cyber insurance: 3, insurer*: 2, capital expenditure: 3, forecast*: 2, tech budget: 4, it budget: 4, engineering budget: 4, eng budget: 4, budget review*: 4, it leadership meeting: 4, eng leadership meeting: 4, engineering leadership meeting: 4, tech leadership meeting: 4, actuals vs: 3, q1 actuals: 3, q2 actuals: 3, q3 actuals: 3, q4 actuals: 3, run rate: 3, underspend: 3, overspend: 3, capital position: 4, capital reprofiling: 4, myself: 2, script: 2, scripts: 2, dedup*: 2, bill review: 3, over budget: 3, egress: 2, cdn: 2, resubmitted: 2, kiosk*: 2, teams channel*: 3, slack channel*: 2, hardware-in-the-loop: 4 }
  architecture:
    name: Long-term architecture & technology direction
    target: 15%
    priority: technology
    aliases: [Architecture, Technology direction, Long-term architecture, Long term architecture and technology direction, Tech direction, Technology strategy]
    signals: { architect*: 3, design review*: 4, design doc*: 3, rfc*: 4, adr*: 3, build vs buy: 8, build versus buy: 8, build or buy: 8, build or license: 8, build or licence: 8, build vs license: 8, build vs licence: 8, build or adopt: 8, build vs adopt: 8, build or partner: 8, build vs partner: 8, tech strategy: 3, technology strategy: 3, technical strategy: 3, tech debt: 2, technical debt: 2, platform strategy: 3, technical roadmap: 3, tech roadmap: 3, roadmap: 1, spike*: 2, prototype*: 2, research: 2, evaluation: 1, evaluated: 1, microservice*: 2, monolith*: 2, data model*: 3, schema: 2, event driven: 3, event sourcing: 3, replatform*: 3, rewrite: 2, scalab*: 2, north star: 2, reference architecture: 3, tech radar: 3, deprecat*: 2, api design: 3, api strategy: 3, system design: 3, target architecture: 3, engine: 0.5, framework: 1, whiteboard*: 2, long term: 1, multi year: 2, 3 year: 2, data platform: 2, platform: 1, sunset*: 2, legacy: 1, proposal: 1, design: 1, tradeoff*: 2, trade off*: 2, feasibility: 2, benchmark*: 2, llm*: 1, model evaluation: 2, choice of: 1, stack: 1, technical vision: 3, vision doc*: 2, strangler: 3, modular*: 2, core banking: 1, vs: 1, versus: 1, vision: 3, tech vision: 3, strategy: 2, homegrown: 2, home grown: 2, trade study: 3, trade studies: 3, hld: 3, lld: 3, high level design: 3, low level design: 3, building our own: 3, build our own: 2, buy vs build: 5, eval: 2, eval set: 3, decision paper: 3, options paper: 3, technology vision: 4, digital strategy: 4, engineering strategy: 4, it strategy: 4, strategy deck: 4, strategy slides: 4, strategy doc: 4, strategy binder: 4, vision page: 3, in-house: 2 }
  departments:
    name: Connecting with other departments
    target: 10%
    priority: business
    aliases: [Other departments, Cross-functional, Cross functional, Connecting and working with other departments, Departments]
    signals: { finance: 1, cfo: 2, legal: 2, general counsel: 3, counsel: 2, hr: 0.5, people team: 3, people ops: 3, head of people: 3, product: 1, product team: 3, with product: 3, product person: 3, product lead*: 3, head of product: 3, product manager*: 3, pm: 2, pms: 2, cpo: 3, product review*: 2, ceo: 2, coo: 3, cmo: 3, cro: 3, cto: 1, exec*: 3, leadership team: 3, senior management: 4, leadership: 2, c suite: 3, board: 2, company all hands: 3, with marketing: 3, marketing team: 3, head of marketing: 3, with sales: 3, sales team: 3, head of sales: 3, sales leadership: 3, vp sales: 3, support team: 3, head of support: 3, customer support: 2, support: 1, cross functional: 3, cross team: 2, stakeholder*: 2, okr*: 2, company okr*: 3, company goals: 3, annual plan*: 2, operating plan: 3, design team: 2, ux: 1, data team: 1, ops team: 1, compliance team: 2, risk team: 2, procurement team: 3, chief of staff: 2, audit and risk committee: 5, audit risk committee: 5, risk committee: 4, audit committee: 4, with compliance: 3, compliance lead: 3, head of compliance: 3, retail ops: 3, clinical ops: 3, store ops: 3, dc ops: 3, flight ops: 3, area managers: 3, district managers: 3, corp dev: 3, corporate development: 3, founders: 2, co founder*: 2, cofounder*: 2, other teams: 2, teams goals: 2, regulator*: 2, ministry: 1, studio leadership: 3, partners meeting: 1, all hands: 2, board deck: 4, goals: 2, what they need from: 3, lawyer: 2, payroll: 2, tax credit: 2, outside counsel: 3, internal comms: 3, customer success: 5, board prep: 4, exco: 3, e team: 3, slt: 3, elt: 3, leadership meeting: 3, their asks: 3, dpo: 3, data protection officer: 3, privacy team: 3, trustee*: 3, subcommittee*: 2, committee: 1, coordination meeting: 3, their targets: 3, their priorities: 3, their goals: 3, their plans: 2, sales folks: 3, sales reps: 3, town hall*: 3, asks from: 3, trying to achieve: 3, board meeting: 4, director of: 2, priorities: 1, runway: 2, exec staff: 3, exec offsite*: 4, exec team offsite*: 4, leadership offsite*: 4, directors' meeting: 3, directors meeting: 3, directors' staff meeting: 3, union rep*: 3, union consultation: 3, works council: 3, patent*: 3, department: 2, departments: 2, another department: 3, other department*: 3, minister*: 3, private office: 3, smt: 3, deputy director*: 2, permanent secretary: 3, asks: 3, heads of: 2, quarterly all hands: 4 , quarterly staff: 4, staff briefing: 3, all employee: 3, company meeting: 3, hr business partner: 3, finance business partner: 3, people business partner: 3, hr bp: 3, finance bp: 3, marketing's: 3, observing: 2, observe: 2, observed: 2, walkround*: 2, ride-along*: 2 }

# Words of personal admin: an item whose words are these keeps no inferred
# category (its heading's words or items do not place it either).
noCategory: { vat return: 3, benefits enrol*: 3, open enrol*: 3, misc: 3, miscellaneous: 3, random: 2, sundry: 3, odds and ends: 3, bits and bobs: 3, expense*: 3, booked*: 3, receipt*: 3, reimburs*: 3, inbox: 3, inboxes: 3, dentist: 3, doctor: 3, gp: 3, physio: 3, haircut: 3, dotfiles: 3, laptop: 3, password*: 3, flight*: 2, hotel*: 2, train ticket*: 3, travel: 2, visa: 3, passport: 3, pto: 3, annual leave: 3, vacation: 3, timesheet*: 3, personal admin: 3, personal errand*: 3, folders: 2, errand*: 3, gym: 3, school run: 3, parcel*: 3, mot: 3, car: 2, tax return: 3, mortgage: 3, insurance renewal: 3, landlord: 3, vet: 3, to the pharmacy: 3, pharmacy run: 3, prescription: 3, notifications: 2, emails: 2, email: 2, calendar cleanup: 3, tidied my calendar: 3, desk: 2, headphones: 3, monitor arm: 3, ergonomic*: 3, invoice*: 2, bookkeeping: 3, payroll admin: 3, mileage: 3, commute: 3, childcare: 3, nursery: 3, parking permit*: 3, security clearance: 3 }

# Word lists the criteria share (a list whose words all start with letters
# or digits is checked cheaply first, so "*-year" is spelled out). A word ending in * matches any ending
# ("debug*" matches "debugged"); a * between words matches one word
# ("all * engineers" matches "all 60 engineers"). Verb lists are compared with
# the item's main verb (its first words) by word stem, so "schedule" also
# matches "scheduled" and "rescheduling" needs its own entry. Quantity lists
# name what a number counts ("900 customers"), or percent, money or date.
vocabulary:
  # Small details: fail "is not mired in small details".
  detail: [code review*, recolour*, recolor*, button copy, microcopy, ui copy, campaign copy, launch copy, marketing copy, listing copy, case study copy, ad copy, web copy, website copy, landing page copy, product copy, pr review*, debug*, typo*, css, pixel*, font*, pixel alignment, indentation, formatting, config, configs, dotfiles, laptop, inbox, clean up, cleaned up, cleaning up, cleanup, tidy*, rearrang*, renam*, lint, linter*, linting, yaml, flaky, my branch, small pr*, minor, trivial, nit*, ad-hoc, adhoc, one-off, quick fix*, hotfix*, slack channel*, copy edit*, proofread*, spreadsheet*, emoji*, gif, gifs, wording, tabs vs spaces, bikeshed*, naming, colour*, color*, re-pin*, pinned, template*, checklist*, dashboard tile*, brand, logo*, palette, footer*, heading*, crest, cover page, cover image, headshot, toggles, callouts, shade of, new template, slack thread*, banner*, broken link*, header image*, header*, photo*, snack*, zoom background*, virtual background*, playlist*, coffee machine*, office plants, plants, stickers, swag, slack status, profile picture*, avatar*, wallpaper*, fridge, mugs, quiz, bio, bios, layout, layouts, polish, polished, polishing, spreadsheet tabs, version table, house style, slide numbering, section numbering, sections, spelling, table borders, cell borders, gridlines, ide theme*, editor theme*, dark mode, png, jpeg, jpg, svg, sidebar*, bookmarks, breadcrumb*, icon, icons, bullet points, bullet style, line spacing, table of contents, toc, teams background*, background image*, desktop background*, columns, arrows, redrew, redraw, redrawn]
  narrow: [my branch, my inbox, my laptop, my dotfiles, my calendar, my desk, personal, personally, folders, myself, single file, one file, by hand]
  # The item's main verb, when it is hands-on work, admin or passive time.
  hands-on: [code review, tag, tagged, debug, fix, fixed, tweak, rename, reformat, format, clean, tidy, rearrange, update, upgrade, install, configure, rotate, patch, rebase, merge, export, pull, copy, paste, edit, proofread, redo, redid, restart, rerun, re-run, chase, chased, triage, answer, reply, respond, replied, moved, move, dug, dig, babysit, babysat, hand-edit, hand-fixed, resized, resize, recolor, rebuilt, rebuild, cleaned]
  admin: [process, processed, book, order, schedule, reschedule, fill, file, submit, approve, print, buy, bought, purchase, arrange, post, send, sent, forward, juggle, collect, expense, renew, sort, organise, organize, onboard, register, signed up, set up calendar]
  passive: [read, skim, skimmed, watch, listen, attend, sat, sit, join, joined, shadow, browse, observe, lurk, follow, went, go, caught, catch, scroll]
  leading: [decide, sort out, sorted out, hire, align, launch, define, agree, negotiate, close, commit, present, lead, led, run, ran, kick off, kicked off, drive, drove, own, propose, prioritise, prioritize, calibrate, coach, mentor, restructure, approve budget, set target, set targets, set goals, announce, unblock, resolve, secure, win, won, sign, signed]
  strategic: [data room, strateg*, vision, roadmap*, direction, proposal*, plan, plans, planning, decision*, go/no-go, headcount, budget*, okr*, goals, outcomes, priorit*, policy, policies, principles, values, board, investor*, partnership*, architecture, pricing, contract*, renewal*]
  # Words where "plan" is a tool's, not a strategy's.
  not-strategy: [terraform plan, test plan, query plan, execution plan, meal plan, data plan, plan output, pulumi preview]
  admin-words: [security questionnaire*, questionnaire*, expense*, travel, flights, hotel*, booking*, catering, meeting room*, room booking*, book a room, booked a room, book the room, booked the room, swag, invoice*, calendar*, form, forms, timesheet*, visa*, logistics, pto, reimburse*, receipt*, purchase order*, seating, parking, offsite logistics, payroll, tax credit*, vat]
  long-term: [long-term, long term, multi-year, 1-year, 2-year, 3-year, 4-year, 5-year, 10-year, one-year, two-year, three-year, five-year, ten-year, years, yearly, annual*, roadmap*, policy, policies, process, processes, standard*, principles, values, culture, hiring plan, career*, ladder, onboarding, adopted, architecture, succession, from now on, permanent*, every quarter, quarterly]
  short-term: [ad-hoc, adhoc, one-off, quick fix*, hotfix*, temporary, workaround*, for now, this week only, again]
  company-wide: [company-wide, companywide, company wide, org-wide, organization-wide, organisation-wide, all-hands, all hands, every team, all teams, each team, all squads, every squad, all engineers, "all * engineers", every engineer, whole company, entire company, across teams, cross-team, cross-functional, leadership, exec team, executive*, every hiring manager, all hiring managers, all managers, all team leads, team leads, tech leads, board]
  large-scale: [largest, biggest, key customer*, top customer*, customers, revenue, arr, renewal*, hundreds, thousands, millions, every customer, all customers, whole team, entire team]
  # What a number counts when it measures scale or a result, or a detail.
  scale-units: [customers, customer, users, engineers, teams, squads, people, hires, offers, accounts, seats, services, attendees, leads, partners, deals, contracts, employees, candidates, managers, regions, markets, reads, views, downloads, listens, plays, subscribers, signups, sign-ups, stars, percent, money, date]
  detail-units: [answers, issues, comments, comment, messages, message, emails, labels, label, tickets, slides, typos, lines, files, threads, replies, prs, questions, fields, columns, rows, calendars, interviews, channels, bots, templates, tabs, rooms, states, dms, pings, notifications, panel, swaps, rounds, times, fonts, pages, loops, nits, nit, forms, cards, requisitions, pos, receipts, expenses]
  vision: [vision, mission, strateg*, roadmap*, direction, architecture, proposal*, 1-year, 2-year, 3-year, 4-year, 5-year, 10-year, one-year, two-year, three-year, five-year, ten-year, multi-year, future, north star, long-term, innovation, prototype*, research, rfc, platform strategy]
  big-way: [launch*, shipped, major, key, largest, biggest, revenue, arr, renewal*, contract*, deal*, migration, offer*, hire, hired, hires, headcount, decision*, policy, adopted, agreed, signed]
  values: [values, culture, 1:1*, one-on-one*, mentor*, coach*, feedback, career*, growth, onboarding, inclusion, inclusive, diversity, psychological safety, recogni*, team leads, hiring, candidate*, incident review*, postmortem*, post-mortem*, blameless, principles, ownership, transparen*]
  # A result stated in the item's own words (when there is no "→ outcome").
  result: [decided, chose, halved, doubled, tripled, signed the contract, signed the deal, signed the pilot, signed a pilot, signed the partnership, signed the agreement, signed the msa, signed the term sheet, signed a contract, signed a deal, signed a partnership, signed an agreement, promoted, going with, go with, said yes, says yes, shortlisted, agreed, agreed to, signed off, sign-off, contract signed, hired, offer out, offer extended, offer accepted, offers, accepted, launched, shipped, released, published, adopted, committed, will, assigned, owns, written up, first run, conclusion, switched, is now, are now, now gets, now get, now go, now goes, now runs, now live, went from, recommending the hire, recommend hiring, recommending hiring, recommending an offer, goes from, grows from, drops from, falls from, rises from, rolled out, went live, go-live, unblocked, renewed, resolved, negotiated, secured, won, closed, saves, saved, saving, cut, reduced, lowered, raised, increased, instead of, down from, up from, so that, which means, resulting in, led to, now owns, owns it, owner, owners, action items, approved by, green-lit, greenlit, slips to, slipped to, ships first, is in, are in, dropped, retired, offer goes out, offers go out, offer went out, strong yes, yes from me, no from me, strong no, clear yes, lean yes, lean no, no hire, no bid, no-go, waits until, from next sprint, instead, recommended, recommendation to, recommend we, authorised, authorized, green light, green-light, gave ownership, ownership to, made the call, got the ok, got the okay, got the go-ahead, got the nod, got sign-off, got approval, got written commitment, got a commitment, got agreement, yes to, no to, down to * from, up to * from, sent the offer, sent an offer, offer sent, target met, targets met, met the target, hit the target, hit our target, ok'd, okd, okayed, board approved, committee approved, exec approved, execs approved, cfo approved, ceo approved, steerco approved, council approved, trustees approved, panel approved]
  # Words that say only that something happened. A word may be in both lists:
  # "published" is a result in an item's own words ("ladder v2 published to
  # all 60 engineers") and no news after an arrow that restates the thing
  # ("on-call rota → rota published").
  vague-outcome: [discussed, held, edited, published, back up, back online, working again, up again, synced, chatted, talked, tbd, in progress, wip, done, ok, fine, caught up, went through, walked through, mostly, pitch, pitched, revisit*, venting, fyi, noted, status update, nothing, no decision*, no outcome, no change, nothing changed, nothing decided, inconclusive, unchanged, round in circles, read out, will revisit, will see, will think, sent, sent back, sent off, returned, submitted, completed, finished, attended, uploaded, posted, updated, cleared, welcomed, delivered, granted, filed, renamed, booked, ordered, processed, tidied, answered, replied, stared at, checked, handled, logged, filled in, had, went, watched, read, back and forth, eaten, exists, happened, merged, downloaded, agreed nothing, decided nothing, resolved nothing, achieved nothing, all green, reviewed the, will keep in touch, will stay in touch, keep in touch, stay in touch, will catch up again, will grab coffee]

# The essay's own examples of worthy work: an item that matches one (every
# group of words) passes what the essay says it passes, and the hover quotes
# the essay. A 1:1 with one person, or sitting in an all-hands, is not one.
exemplars:
  one-on-ones-with-leads:
    quote: "I already have 1:1s with every member of the Engineering team and am now working on scheduling 1:1s with every team lead at least once every six months."
    verdict: worthy
    category: culture
    match:
      - [1:1s, 1on1s, one-on-ones, one to ones, one-to-ones, individual meetings, one-to-one meetings, skip levels, skip-levels, every lead, each lead, every team lead, twice a year, twice-a-year, twice-yearly, semi-annual, semiannual, half-yearly, half-year, every six months, 1:1 with each, 1:1 each with, 1:1 with every, 1:1 with all, one-on-one with each, one-on-one with every]
      - [lead, leads, team leads, ems, managers, directors, directs, direct reports, reports, each of my, every member, heads of]
    criteria: [aligned-with-values, long-term-impact, strategic, company-wide-scope, clear-outcome, measurable-outcome]
  learn-team-goals:
    quote: "I applied my test to actively learning about other team's concrete goals and outcomes and it passed. It's medium to long term, strategic and aims at company-wide impact. It is also something very measurable."
    verdict: worthy
    category: departments
    match:
      - [goals, objectives, trying to land, want to land, plan to land, okrs, okr, priorities, q1 planning, q2 planning, q3 planning, q4 planning, quarterly planning, annual planning, actually chasing, target, wants, want, going for, what they're after, what they are after, is chasing, are chasing, what they need, what each, needs, targets, outcomes, trying to achieve, achiev*, aiming, aims, trying to hit, on the hook, what they are chasing, what they're chasing, pain points, biggest pains, going after, slow them down, in their way, plans for next year, annual plans, dependencies on, have to deliver, need to deliver, must deliver]
      - [their, his, her, the sales, sales kickoff, sales kick-off, the support team, the ops team, customer success, the finance team, the marketing team, they're, they are, other teams, each team, every team, each group, every group, each branch, every branch, each site, every site, each store, each region, each business unit, heads of, each department, other departments, teams, team's, her team, his team, they need, need us, need from us, from us, from engineering, where engineering, where we, directorate*, depend on us, depends on us, they'll, they will, ask of us, asks of us, depend on our, depends on our, rely on our, relies on our, programme's, program's, programmes, programs, is chasing, are chasing, what support, what sales, what marketing, what finance, what product, what legal, what hr, what ops, support is, sales is, marketing is, finance is, product is, every department, each department head, every department head, department heads, each of them, sales and cs, cs leads, sales leads]
      - [learn*, hear, heard, listen*, understand*, now i know, i know what, now know, sitting in, sat in, caught up, collect*, wrote down, write down, sat, spent time, went through, mapped, asked, interview*, read, skim*, noted, studied, went over, to see what, to see where, discussion, sat down, what they expect, expect of, expect from, emailed, wrote to, what do you]
    criteria: [long-term-impact, strategic, company-wide-scope, clear-outcome, measurable-outcome]
  follow-up-asks:
    quote: "Am I following up on the asks from these teams with Engineering team leads? Are they acting on them?"
    verdict: worthy
    category: departments
    match:
      - [follow up, followed up, checked back, check back, following up, follow-up*, circled back, circle back, chase*, chasing, chasing up, chased up, going through, went over, going over, went back, checked in, closed the loop, close the loop, went through, worked through, walked through, triaged, acted on, acting on, act on, checked whether, checked if, being worked on, being acted on, checked with, checking with, checked in with, asked whether, asked if]
      - [asks*, request, requests, asked for, their ask, the ask, an ask, old ask, open ask, that ask, each ask, every ask, asked of engineering, asked of eng, asked of us, asked us for, asked engineering for, asked me for, wishlist, wish list]
    # A pull request, an access request or a change request is not a team's ask.
    unless: [pull request*, merge request*, access request*, change request*, leave request*, holiday request*, purchase request*, expense request*, mailbox, inbox, archived]
    criteria: [long-term-impact, strategic, company-wide-scope, clear-outcome, measurable-outcome]
  all-hands:
    quote: "I am helping with our quarterly all-hands in order to ensure that each team has an opportunity to communicate their goals and priorities to other teams."
    verdict: worthy
    category: departments
    match:
      - [all-hands, all hands, company-wide quarterly update, company-wide update, company update, all-colleague*, all colleague*, town hall, all-staff, all staff, all-company, quarterly staff, staff briefing, all-employee*, all employee*, company meeting, all-team meeting, company-wide meeting, company-wide q&a, company q&a, whole-company meeting]
      - [help*, run, ran, running, host*, prep*, organi*, chair*, q&a, moderat*, run sheet, agenda, each team, every team, slot*, collect*, gave, present*, took questions, spoke, questions, put together, pulled together, slides together, each squad, every squad, each area, every area]
    criteria: [aligned-with-values, long-term-impact, strategic, company-wide-scope, clear-outcome, measurable-outcome]
  nudge-leads:
    quote: "I regularly, gently and quietly nudge team leads that aren't so great at communicating their progress to everyone to imitate those who are better at it."
    verdict: worthy
    category: culture
    match:
      - [nudg*, encourag*, asked, told, tell, steered, suggest*, push*, remind*, prompt*, coach*, ping*, quiet word, gentle word, a word with, poke*, poked, prodded, prodding, gently]
      - [update*, progress, status, wins, her numbers, his numbers, their numbers, team's numbers, stats, metrics, demo clip*, sprint demo*, clips, highlights, summary, summaries, recap*, notes, digest, write-up*, write up, report*, weeknote*, week notes, demo day*, demo format, fortnightly demo*, team ships, sprint outcomes, what they ship, what they shipped, show and tell, weekly post, friday post, eng-weekly, weekly note, never post*, never share*, never send*, never write*, don't post, don't share, doesn't post, doesn't share, do not post, rarely post*, rarely share*, stopped posting, stopped sharing, not posting, not sharing, gone quiet, went quiet, goes quiet]
      - [lead, leads, team leads, post, posting, share*, sharing, circulate, borrow*, following the model, the model of, write up, write-up*, writes up, publish*, communicat*, like, the way, imitate, copy, already does, sending, send]
    criteria: [aligned-with-values, long-term-impact, strategic, company-wide-scope, clear-outcome, measurable-outcome]
  # Last, so an example of worthy work that mentions a review still wins.
  code-review:
    quote: "I am a bit less needed around day-to-day code things, which probably means we're on the right track!"
    verdict: low
    match:
      - [code review*, pr review*, pull request review*, reviewed the pr, reviewed their pr, reviewed his pr, reviewed her pr, reviewing the pr, review of the pr, reviewed the pull request, reviewed * pr, reviewed * prs, pull requests, merge requests]
    criteria: [mission-big-way, strategic, not-mired-in-details, company-wide-scope, large-scale-impact]

# Where careful readers disagree: people, hiring and evangelism time that
# states no result (a performance review, an interview, a podcast, board prep)
# is borderline — a hint, not counted as low-value — unless its words say it
# is a routine meeting or groundwork (sourcing, screening).
borderline:
  categories: [culture, departments, marketing, recruiting]
  # Hands-on work with a stated result ("fixed the flaky CI job myself → queue
  # times back to normal"): careful readers split on whether it was the
  # writer's to do, worthy or low.
  handsOn: [myself, hands-on, hands on, by hand]
  # Board and investor work, and the review of a technical decision (a design
  # review, an RFC, build vs buy), that states no result: careful readers
  # split on it, or call it worthy, whatever its category.
  topics: [data room, due diligence, tech dd, investor*, fundrais*, term sheet*, series a, series b, series c, board deck, board pack, board paper*, board pre-read*, pre-read, board report*, board update*, board slide*, board meeting, trustees, grant report*, foundation, funder*, select committee, committee paper*, briefing note*, parliamentary question, investor meeting*, audit and risk committee, risk committee, audit committee, design review*, rfc, rfcs, build vs buy, build-vs-buy, build vs. buy, buy vs build, build or buy, build-vs-adopt, build vs adopt, architecture review*, adr, adrs]
  except: [sourcing*, screened, screening, phone screen*, reference letter*, inmail*, messaged, weekly, monthly, usual, roundup, round-up, exec staff, executive staff, eng staff, engineering staff, staff mtg, staff meeting*, weekly staff, monthly staff, e-staff, estaff, meeting, meetings, huddle*, rehearsal*, standup*, stand-up*, sync, syncs, check-in, check in, qbr, committee, leadership team, exec team, executive team, management team, slt, elt, steerco]

criteria:
  aligned-with-values:
    name: Is aligned with core values
    short: not tied to values
    pass: { keywords: [$values] }
  closer-to-vision:
    name: Gets the company closer to its vision
    short: no step toward the vision
    pass: { keywords: [$vision], tags: [vision, strategy] }
  mission-big-way:
    name: Helps achieve the company mission in a big way
    short: hands-on, admin or passive work
    pass: { keywords: [$big-way], verbs: [$leading] }
    fail: { verbs: [$hands-on, $admin, $passive] }
  company-wide-scope:
    name: Has company-wide scope
    short: narrow scope
    pass: { keywords: [$company-wide] }
    fail: { keywords: [$narrow] }
    categories: { departments: pass }
  long-term-impact:
    name: Has long-term impact
    short: short-lived
    pass: { keywords: [$long-term] }
    fail: { keywords: [$short-term] }
  large-scale-impact:
    name: Has large-scale impact
    short: small scale
    pass: { keywords: [$large-scale], quantities: [$scale-units] }
    fail: { keywords: [$narrow], quantities: [$detail-units] }
  strategic:
    name: Is strategic
    short: not strategic
    pass: { keywords: [$strategic], verbs: [$leading], tags: [strategy, strategic] }
    fail: { keywords: [$admin-words, $not-strategy], verbs: [$admin, $passive] }
  not-mired-in-details:
    name: Is not mired in small details
    short: small details
    fail: { keywords: [$detail], verbs: [$hands-on, $admin], quantities: [$detail-units] }
  clear-outcome:
    name: Has a clearly defined outcome
    short: no outcome stated
    weight: 2
    check: outcome
    pass: { keywords: [$result] }
    fail: { keywords: [$vague-outcome], grand: [$vision, $company-wide] }
  measurable-outcome:
    name: Has a measurable outcome
    short: nothing measured
    check: measurable-outcome
    fail: { quantities: [$detail-units] }
`;
