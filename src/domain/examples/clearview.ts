// Example: Clearview Analytics, a B2B SaaS analytics company with three segments served side by side.
import type { ExampleSpec } from './build';

type Key = 'plug' | 'messy' | 'compliance';

export const CLEARVIEW: ExampleSpec<Key> = {
  name: 'Example: Clearview Analytics (B2B SaaS)',
  archetype: 'segmented',
  segments: [
    {
      key: 'plug',
      name: 'Plug-and-play teams',
      description:
        '10–50 person product teams with clean event data already in a modern cloud warehouse, who want dashboards live the same day and will not wait for a data engineer',
      kind: 'b2b',
      buyer: 'Head of product or product operations lead, paying by company card',
      user: 'Product managers, designers and engineers in the product team',
      priority: 'primary',
      earlyAdopter: true,
      size: {
        count: 42000,
        unit: 'companies',
        tam: 504_000_000,
        sam: 176_000_000,
        som: 5_900_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'firmographic',
          description:
            'Software companies of 50–500 staff whose product team of 10–50 owns its own tools budget.',
        },
        {
          basis: 'behavioural',
          description:
            'Already send clean product events to Snowflake, BigQuery or Redshift; trial tools on their own before talking to sales.',
        },
        {
          basis: 'needs-based',
          description:
            'Need answers the same day, not a data model; will trade depth of modelling for speed.',
        },
        {
          basis: 'channel-based',
          description:
            'Find tools through templates, marketplaces and peer recommendations; rarely take a sales call before paying.',
        },
      ],
      template: {
        job: 'Turn the product events already sitting in the warehouse into dashboards the whole team trusts and checks every week, without waiting for a data engineer.',
        pain: '“Every question goes into the data team’s queue, and the answer comes back two weeks later, after we have already shipped.”',
        outcome:
          'First dashboard live on the day of sign-up; at least 60% of the team opening a dashboard every week by the end of the first month.',
        signals:
          'Connects a warehouse within the first hour of the trial; uses templates rather than writing SQL; invites three or more teammates in week one; asks pricing questions in chat, not on calls.',
        willingnessToPay:
          'Pays $49 per editor per month on a card, without procurement: typically 5–15 editors, or $3,000–9,000 a year. Value driver: time to the first answer, and not needing an analyst.',
        costToServe:
          'Low: self-serve trial, templates and in-app guides, with support through chat and the community forum. Acquisition costs about $600 per account and pays back in under four months.',
        operations:
          'Self-serve sign-up and billing; a warehouse connection that works out of the box; chat support in business hours; a public status page and 99.9% uptime.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'See how a release changed activation and retention within days of shipping',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Answer ad-hoc product questions without writing SQL',
          importance: 4,
          frequency: 'constantly',
        },
        {
          kind: 'social',
          text: 'Bring numbers everyone trusts to the weekly product review',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Feel in control of the roadmap instead of guessing',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'obstacle',
          text: 'Simple questions wait one to two weeks in the data team’s backlog',
          severity: 5,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'undesired-outcome',
          text: 'Two dashboards show two different numbers for the same metric',
          severity: 4,
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'risk',
          text: 'A tool that needs weeks of setup before the first chart gets abandoned',
          severity: 3,
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Warehouse connected and first dashboard live within an hour',
          relevance: 'essential',
          importance: 5,
          frequency: 'rarely',
        },
        {
          kind: 'expected',
          text: 'Ready-made templates for activation, retention and funnels',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'desired',
          text: 'Slack alerts when a key metric moves',
          relevance: 'useful',
          importance: 3,
          frequency: 'constantly',
        },
      ],
      persona: {
        name: 'Priya Shah, Head of Product',
        quote: 'If I can’t see it the day we ship, the sprint is already over.',
        demographics:
          '34, Head of Product at a 120-person B2B software company in Austin; leads a product team of 18 and owns a $40,000 tools budget.',
        goals:
          'Tie every release to a measurable change in activation; run the weekly product review on shared numbers; spend less time chasing the data team.',
        barriers:
          'No analyst in the team; warehouse permissions held by data engineering; two earlier BI tools took months to set up and were dropped.',
        behaviours:
          'Tries new tools on a free trial first; reads product-led growth newsletters; decides within two weeks and expenses the first month.',
        channels:
          'Product Hunt, product management newsletters and podcasts, Slack communities for product managers, the cloud warehouse marketplace, peer recommendations.',
      },
      scores: { reach: 5, marketSize: 3, valueAlignment: 5, painDepth: 3, budget: 3 },
      operations: {
        validation: 'validated',
        evidence: [
          {
            daysAgo: 12,
            type: 'analytics',
            summary:
              '71% of trials that connected a warehouse in the first hour converted, against 9% of the rest.',
            quote: '',
            source: 'Trial funnel, last 90 days',
            supports: true,
          },
          {
            daysAgo: 40,
            type: 'interview',
            summary:
              'Eight of ten heads of product said they would pay by card without procurement below $10k a year.',
            quote: 'If I need a PO, I have already lost a quarter.',
            source: 'Customer interviews, round 3',
            supports: true,
          },
        ],
        metrics: [
          { kind: 'customers', values: [310, 355, 402, 468] },
          { kind: 'grossMargin', values: [82, 83, 83, 84] },
          { kind: 'tickets', values: [0.4, 0.4, 0.5, 0.4] },
        ],
        onboarding: [
          'Connect the warehouse from the sign-up screen',
          'Pick a template: activation, retention or funnel',
          'Invite three teammates to the first dashboard',
          'Day 3: in-app check that the numbers match theirs',
        ],
        playbook: {
          serviceLevels: 'Chat replies within 4 working hours; 99.9% uptime.',
          handoffs:
            'Accounts over 25 editors pass from self-serve to a success manager, with their usage report.',
          escalation: 'No dashboard opened for 10 days in the first month: a success check-in.',
          capacity: 'Self-serve: one support person per 400 accounts.',
        },
      },
    },
    {
      key: 'messy',
      name: 'Data-messy teams',
      description:
        'Mid-market companies (200–2,000 staff) with data spread across spreadsheets, a CRM and legacy databases, who need their sources connected and cleaned before any analysis can start',
      kind: 'b2b',
      buyer: 'COO or finance director, who signs an annual contract',
      user: 'Operations and finance analysts, and the team leads who read the dashboards',
      priority: 'secondary',
      size: {
        count: 120000,
        unit: 'companies',
        tam: 3_600_000_000,
        sam: 840_000_000,
        som: 11_500_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'firmographic',
          description:
            '200–2,000 staff in distribution, manufacturing or services, with no data team or a team of one.',
        },
        {
          basis: 'needs-based',
          description:
            'Need sources connected, de-duplicated and reconciled before any dashboard means anything.',
        },
        {
          basis: 'service-based',
          description:
            'Expect hands-on onboarding: mapping workshops, data cleaning and a named contact.',
        },
        {
          basis: 'value-based',
          description:
            'Annual contracts of $25,000–60,000 plus paid onboarding: high lifetime value once the data is clean, but costly to win.',
        },
      ],
      template: {
        job: 'Get one trusted number for revenue, margin and stock across systems that were never meant to talk to each other, so the month-end close and the weekly operations meeting run on the same figures.',
        pain: '“Finance and sales bring different revenue numbers to every meeting, and we spend the first half hour arguing about which spreadsheet is right.”',
        outcome:
          'All core sources connected and reconciled within 60 days; the month-end pack produced in hours, not days; one agreed definition for each of the top 20 metrics.',
        signals:
          'Mentions spreadsheets exported from the ERP on the first call; holds customer data in three or more systems; asks who will do the cleaning; the evaluation is led by finance or operations, not engineering.',
        willingnessToPay:
          'Pays $25,000–60,000 a year on usage tiers, plus $8,000–20,000 for onboarding and cleaning. Value driver: hours saved at month-end and decisions made on figures everyone accepts.',
        costToServe:
          'High: 40–80 hours of solutions engineering to map and clean sources, partner fees for legacy connectors, and a two- to four-month sales cycle. Profitable from year two if they renew.',
        operations:
          'Guided onboarding with mapping and cleaning workshops; a named onboarding manager for 90 days; connectors for legacy databases and file drops; data-quality checks that flag breaks before the dashboards do.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Reconcile revenue and stock figures across the ERP, the CRM and spreadsheets',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Produce the month-end management pack without days of copy and paste',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'emotional',
          text: 'Stop dreading the question “where does this number come from?”',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'social',
          text: 'Be seen by the board as the person who brought order to the numbers',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'Different teams report different figures for the same metric',
          severity: 5,
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'obstacle',
          text: 'Nobody in-house has the time or skills to connect and clean the sources',
          severity: 4,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'risk',
          text: 'Another data project that takes a year and loses the team’s trust',
          severity: 4,
          importance: 4,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Sources connected and cleaned for them, not a toolkit handed over',
          relevance: 'essential',
          importance: 5,
          frequency: 'rarely',
        },
        {
          kind: 'expected',
          text: 'One agreed, documented definition for every key metric',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'desired',
          text: 'Alerts when a source breaks or a number looks wrong, before the meeting',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
      ],
      persona: {
        name: 'Mark Oduya, Finance Director',
        quote:
          'I don’t need more dashboards. I need one number that finance and sales both believe.',
        demographics:
          '47, Finance Director at a 650-person building-supplies distributor near Columbus, Ohio; reports to the CEO and manages four analysts.',
        goals:
          'Close the month in three days instead of eight; give the board figures that match across reports; free his analysts from reconciling spreadsheets.',
        barriers:
          'A legacy ERP with no API, a CRM nobody keeps clean, no data engineer, and an IT team wary of new vendors after a failed data-warehouse project.',
        behaviours:
          'Shortlists vendors through peers and analyst reports; wants a demo on his own data; involves IT and procurement; signs an annual contract after a paid pilot.',
        channels:
          'Inside sales demos, webinars for finance leaders, CFO peer groups, implementation partners, cloud marketplace listings.',
      },
      scores: { reach: 3, marketSize: 5, valueAlignment: 3, painDepth: 5, budget: 4 },
      operations: {
        validation: 'testing',
        evidence: [
          {
            daysAgo: 8,
            type: 'experiment',
            summary:
              'Fixed-price onboarding pilot: 3 of 5 accounts needed twice the budgeted solutions time.',
            quote: '',
            source: 'Onboarding pilot, Q3',
            supports: false,
          },
          {
            daysAgo: 30,
            type: 'interview',
            summary: 'Finance directors rank one trusted number above every dashboard feature.',
            quote: 'I need one number that finance and sales both believe.',
            source: 'Finance director interviews',
            supports: true,
          },
        ],
        metrics: [
          { kind: 'customers', values: [18, 21, 23, 24] },
          { kind: 'grossMargin', values: [51, 47, 44, 41] },
          { kind: 'tickets', values: [3.1, 3.6, 4.2, 4.8] },
        ],
        onboarding: [
          'Data-mapping workshop with their finance and operations leads',
          'Connect and clean the ERP, the CRM and the spreadsheets',
          'Sign off one definition for each of the top 20 metrics',
          'First month-end pack produced together',
        ],
        playbook: {
          serviceLevels: 'A named onboarding manager for 90 days; replies within one working day.',
          handoffs: 'Solutions engineering hands over to success once the month-end pack runs.',
          escalation:
            'A source connection broken for more than 24 hours goes to the solutions lead.',
          capacity: 'One solutions engineer runs four onboardings at a time.',
        },
      },
    },
    {
      key: 'compliance',
      name: 'Compliance-heavy teams',
      description:
        'Finance and healthcare organisations with weekly regulatory reporting and audit trails, low tolerance for delays, and high renewal rates when onboarding is done in 14 days',
      kind: 'b2b',
      buyer: 'Chief risk or compliance officer, with procurement and IT security sign-off',
      user: 'Compliance analysts and the regulatory reporting team',
      priority: 'primary',
      size: {
        count: 9500,
        unit: 'organisations',
        tam: 855_000_000,
        sam: 310_000_000,
        som: 9_000_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'firmographic',
          description:
            'Regulated firms in banking, insurance, asset management and healthcare with 250–5,000 staff.',
        },
        {
          basis: 'needs-based',
          description:
            'Need audit-ready reports on a fixed weekly or monthly schedule, with a full trail of every change.',
        },
        {
          basis: 'service-based',
          description:
            'Require SOC 2 and HIPAA evidence, an SLA, a named customer success manager and onboarding in a fixed time.',
        },
        {
          basis: 'value-based',
          description:
            'Annual contracts of $60,000–150,000; renewals above 95% once live; the most valuable accounts we have.',
        },
      ],
      template: {
        job: 'Deliver accurate regulatory and risk reports every week, on time, and prove to auditors exactly where every figure came from and who changed it.',
        pain: '“A late or wrong regulatory report is a finding against us. Today we rebuild it by hand every Friday and hope nothing changed upstream.”',
        outcome:
          'Weekly reports generated automatically and signed off by Friday noon; no audit findings on reporting controls; onboarding completed within 14 days of signature.',
        signals:
          'A security questionnaire arrives before the demo; questions about audit logs, data residency and SOC 2 reports; compliance leads the evaluation with IT security in the room; fixed reporting deadlines come up on the first call.',
        willingnessToPay:
          'Pays $60,000–150,000 a year for the enterprise plan with the compliance pack and SLA. Value driver: avoided audit findings and fines, and analyst time freed from rebuilding reports by hand.',
        costToServe:
          'Medium to high: a six-month sales cycle, security reviews, the cost of certifications and audits, and a named customer success manager. Offset by renewal rates above 95%.',
        operations:
          'Onboarding in 14 days on a fixed plan; SOC 2 Type II and HIPAA-ready controls; a complete audit trail; data residency options; a 99.95% SLA with one-hour response to severity-1 issues; quarterly business reviews.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Produce the weekly regulatory reports on time, every time',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Show auditors the lineage and change history of every reported figure',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'emotional',
          text: 'Go into an audit confident rather than anxious',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'social',
          text: 'Be trusted by the regulator and the board as a team that never misses a deadline',
          importance: 4,
          frequency: 'rarely',
        },
      ],
      pains: [
        {
          kind: 'risk',
          text: 'Late or incorrect filings lead to audit findings, fines and regulator attention',
          severity: 5,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'obstacle',
          text: 'Reports are rebuilt by hand each week from exports, with no trail of changes',
          severity: 4,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'undesired-outcome',
          text: 'New tools take months to pass security review and onboarding',
          severity: 4,
          importance: 4,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'A complete audit trail of who changed what, and when',
          relevance: 'essential',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'expected',
          text: 'Onboarding finished in 14 days, with a named contact throughout',
          relevance: 'important',
          importance: 4,
          frequency: 'rarely',
        },
        {
          kind: 'desired',
          text: 'Reports that flag anomalies before they are filed',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
      ],
      persona: {
        name: 'Dana Whitfield, Head of Regulatory Reporting',
        quote:
          'Auditors don’t ask whether the dashboard is pretty. They ask who changed the number on Tuesday.',
        demographics:
          '41, Head of Regulatory Reporting at a regional bank with 1,800 staff in Charlotte; leads six analysts and reports to the Chief Risk Officer.',
        goals:
          'Automate the weekly filings; pass the next audit without findings; move her analysts from rebuilding reports to reviewing them.',
        barriers:
          'Every new vendor needs a security review, a data-processing agreement and IT sign-off; a previous tool failed its SOC 2 check; budgets are set a year ahead.',
        behaviours:
          'Attends industry conferences and regulatory briefings; asks peers at other banks what they use; insists on reference calls; buys on annual contracts with an SLA.',
        channels:
          'Field sales, finance and healthcare industry events, recommendations from compliance auditors, peer references, analyst reports.',
      },
      scores: { reach: 2, marketSize: 4, valueAlignment: 4, painDepth: 5, budget: 5 },
      operations: {
        validation: 'hypothesis',
        evidence: [
          {
            daysAgo: 20,
            type: 'survey',
            summary:
              '14 of 22 compliance officers spend more than a day a week on regulatory reports.',
            quote: '',
            source: 'Survey at a fintech compliance meetup',
            supports: true,
          },
        ],
        metrics: [{ kind: 'customers', values: [4, 5, 5, 7] }],
        onboarding: [],
        playbook: { serviceLevels: '', handoffs: '', escalation: '', capacity: '' },
      },
    },
  ],
  blocks: {
    'key-partners': [
      {
        text: 'Cloud data warehouse vendors (co-selling and marketplace listings)',
        colour: 'blue',
      },
      { text: 'Implementation partners who clean and connect data sources', serves: ['messy'] },
      {
        text: 'Compliance auditors who certify our controls (SOC 2, ISO 27001)',
        serves: ['compliance'],
      },
      { text: 'Connector open-source community', colour: 'green' },
    ],
    'key-activities': [
      { text: 'Building and maintaining 150+ data connectors' },
      { text: 'Guided onboarding: data mapping and cleaning workshops', serves: ['messy'] },
      {
        text: 'Security and compliance programme (audits, pen tests, evidence)',
        serves: ['compliance'],
      },
      {
        text: 'Product-led growth: templates, in-app guides, self-serve trials',
        serves: ['plug'],
      },
    ],
    'key-resources': [
      { text: 'Query engine and semantic layer (proprietary)', colour: 'purple' },
      { text: 'Connector library and data-quality rules' },
      {
        text: 'Solutions engineers with regulated-industry experience',
        serves: ['compliance', 'messy'],
      },
      {
        text: 'Certifications: SOC 2 Type II, ISO 27001, HIPAA readiness',
        serves: ['compliance'],
      },
    ],
    'value-propositions': [
      {
        text: 'Dashboards live the same day from your warehouse, no engineers needed',
        serves: ['plug'],
      },
      {
        text: 'We connect and clean your messy sources for you: one trusted number for every metric',
        serves: ['messy'],
      },
      {
        text: 'Audit-ready regulatory reports every week, with a full trail of who changed what',
        serves: ['compliance'],
      },
      { text: 'Onboarding done in 14 days, guaranteed', colour: 'orange', serves: ['compliance'] },
    ],
    'customer-relationships': [
      { text: 'Self-service with in-app guides and a community forum', serves: ['plug'] },
      {
        text: 'Dedicated onboarding manager for the first 90 days',
        serves: ['messy', 'compliance'],
      },
      {
        text: 'Quarterly business reviews and a named customer success manager',
        serves: ['compliance'],
      },
    ],
    channels: [
      { text: 'Free trial and templates from the website', serves: ['plug'] },
      { text: 'Cloud marketplace listings', serves: ['plug', 'messy'] },
      { text: 'Inside sales with solution demos', serves: ['messy'] },
      {
        text: 'Field sales and industry events for finance and healthcare',
        serves: ['compliance'],
      },
    ],
    'cost-structure': [
      { text: 'Cloud compute and storage (grows with query volume)', colour: 'pink' },
      { text: 'Engineering: connectors and query engine', colour: 'pink' },
      {
        text: 'Onboarding and solutions engineering (high cost-to-serve for data-messy teams)',
        colour: 'pink',
      },
      { text: 'Audits, certifications and security tooling', colour: 'pink' },
      { text: 'Sales and marketing', colour: 'pink' },
    ],
    'revenue-streams': [
      {
        text: 'Self-serve subscriptions: $49 per editor per month',
        colour: 'green',
        serves: ['plug'],
        pricing: 'per-seat',
      },
      {
        text: 'Annual contracts with usage tiers',
        colour: 'green',
        serves: ['messy'],
        pricing: 'per-tier',
      },
      {
        text: 'Enterprise plan with compliance pack and SLA',
        colour: 'green',
        serves: ['compliance'],
        pricing: 'per-contract',
      },
      {
        text: 'Paid onboarding and data-cleaning services',
        colour: 'green',
        serves: ['messy'],
        pricing: 'one-time',
      },
    ],
  },
};
