// Example: Hop, a multi-sided ride-hailing platform: riders and drivers need each other, and
// business accounts are a third side being tested.
import type { ExampleSpec } from './build';

type Key = 'riders' | 'drivers' | 'business';

export const HOP: ExampleSpec<Key> = {
  name: 'Example: Hop (ride-hailing platform)',
  archetype: 'multi-sided',
  segments: [
    {
      key: 'riders',
      name: 'Riders',
      description:
        'City residents aged 18–45 without a car, or who avoid driving at night, taking 4–10 rides a month and switching apps for a shorter wait or a fare under €12',
      kind: 'b2c',
      priority: 'primary',
      size: {
        count: 2_800_000,
        unit: 'people',
        tam: 18_000_000_000,
        sam: 1_400_000_000,
        som: 95_000_000,
        currency: 'EUR',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            '4–10 rides a month, peaking on Friday and Saturday nights and in the rain; compare two apps before booking.',
        },
        {
          basis: 'geographic',
          description:
            'Live in mid-size European cities (200,000–800,000 people) where public transport thins out after 10 p.m.',
        },
        {
          basis: 'needs-based',
          description: 'Need a car within five minutes, at a fare they know before they book.',
        },
      ],
      template: {
        job: 'Get from A to B quickly, safely and at a fair, known price when public transport is slow, absent or feels unsafe.',
        pain: '“At midnight the wait jumps to 20 minutes and the fare doubles, so I end up walking home or waiting for the night bus.”',
        outcome:
          'A car within five minutes for 90% of requests; fares fixed before booking, never more than 1.5 times the normal price; safety features that make late rides feel safe.',
        signals:
          'Opens two or more ride apps before booking; most rides after 8 p.m. or in bad weather; cancels when the pickup time is over eight minutes; pays by card or phone wallet.',
        willingnessToPay:
          '€8–15 a ride, €60–120 a month. Value driver: short waits and a known fare; regular riders will pay €7.99 a month to avoid surge pricing.',
        costToServe:
          'Acquisition through referral credits and launch promotions (€10–15 per new rider), support for lost items and fare disputes, and insurance on every trip. Falls sharply once a rider takes four rides a month.',
        operations:
          'A match within 30 seconds; pickup times accurate to two minutes; upfront fares; live trip sharing and an emergency button; fare disputes resolved within 24 hours.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Get a ride within minutes, at the moment they need it',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Feel safe getting home late at night',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Know the fare before booking',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'social',
          text: 'Share a ride and split the fare easily with friends',
          importance: 2,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'Long waits and surge fares at peak times',
          severity: 5,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'risk',
          text: 'Feeling unsafe with an unknown driver late at night',
          severity: 4,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'obstacle',
          text: 'Drivers cancelling after accepting the ride',
          severity: 4,
          importance: 4,
          frequency: 'sometimes',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'A car within five minutes',
          relevance: 'essential',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'expected',
          text: 'Upfront fares with a cap on surge pricing',
          relevance: 'essential',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'desired',
          text: 'Live trip sharing and driver ratings that mean something',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
      ],
      persona: {
        name: 'Lukas Brandt, sous-chef',
        quote:
          'When my shift ends at one, I need a car in five minutes, not a surge price and a twenty-minute wait.',
        demographics:
          '26, sous-chef at a restaurant in Leipzig; no car; rents a flat 6 km from work; takes home €2,300 a month.',
        goals:
          'Get home safely after late shifts; keep transport under €100 a month; never wait outside for long.',
        barriers:
          'Trams stop soon after midnight; surge prices at weekends; drivers who cancel short rides.',
        behaviours:
          'Checks two apps before booking; takes 8–10 rides a month, mostly after midnight; uses friends’ referral codes.',
        channels:
          'App stores, Instagram and TikTok ads, referral codes from friends, posters at stations and universities.',
      },
      dependsOn: ['drivers'],
      scores: { reach: 4, marketSize: 5, valueAlignment: 4, painDepth: 3, budget: 3 },
    },
    {
      key: 'drivers',
      name: 'Drivers',
      description:
        'Licensed private-hire drivers, many with a second job, who drive 20–40 hours a week across two or more apps and move to whichever platform pays the most per hour after commission',
      kind: 'b2b',
      priority: 'primary',
      earlyAdopter: true,
      size: {
        count: 38000,
        unit: 'drivers',
        tam: 4_500_000_000,
        sam: 350_000_000,
        som: 24_000_000,
        currency: 'EUR',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            'Drive 20–40 hours a week, run two or more apps at once, and accept whichever offer pays best.',
        },
        {
          basis: 'value-based',
          description:
            'Judge platforms on net earnings per hour after commission and fuel; switch for €2 an hour more.',
        },
        {
          basis: 'needs-based',
          description: 'Need steady demand, fast payouts and fair treatment in disputes.',
        },
        {
          basis: 'firmographic',
          description:
            'Self-employed sole traders or small fleets of 2–10 cars, each with a private-hire licence and commercial insurance.',
        },
      ],
      template: {
        job: 'Earn a predictable income per hour on flexible hours, with the car carrying paying passengers rather than standing idle.',
        pain: '“The big apps take a quarter of every fare, switch you off without explanation, and I sit for 15 minutes between rides.”',
        outcome:
          'Net earnings above €18 an hour; less than 10 minutes idle between rides; payouts within 24 hours; a person to talk to when an account is flagged.',
        signals:
          'Runs a competitor’s app at the same time; asks about commission and payout speed first; drives evenings and weekends; owns or leases a hybrid.',
        willingnessToPay:
          'Accepts a commission of 12–15%, against 25% on the incumbents, or a weekly Driver Pro fee if it lowers the commission further. Value driver: net earnings per hour.',
        costToServe:
          'Licence, insurance and vehicle checks cost about €60 per driver; sign-up bonuses of €200–400 in a new city; driver support and hubs. Keeping drivers matters more than recruiting them.',
        operations:
          'Sign-up and document checks in under 72 hours; daily payouts; fare and commission shown on every trip; a driver hub in each city; a human review before any deactivation.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Fill working hours with paid rides and little waiting',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'functional',
          text: 'Get paid quickly and see exactly what each trip earned',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Feel respected and in control of their own work',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'social',
          text: 'Be treated as a professional by riders and by the platform',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'High commission leaves too little after fuel and car costs',
          severity: 5,
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'risk',
          text: 'Sudden deactivation with no person to talk to',
          severity: 5,
          importance: 4,
          frequency: 'rarely',
        },
        {
          kind: 'obstacle',
          text: 'Long idle time between rides in quiet hours',
          severity: 4,
          importance: 4,
          frequency: 'often',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'A commission of 15% or less',
          relevance: 'essential',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'expected',
          text: 'Daily payouts with a clear breakdown of every trip',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'desired',
          text: 'Heat maps showing where demand will be in the next hour',
          relevance: 'useful',
          importance: 3,
          frequency: 'often',
        },
      ],
      persona: {
        name: 'Ahmet Yilmaz, full-time driver',
        quote:
          'I don’t care which logo is on the app. I care what’s left after commission and fuel.',
        demographics:
          '41, private-hire driver in Nuremberg for seven years; leases a hybrid; married with two children; drives 45 hours a week on two apps.',
        goals:
          'Take home €3,200 a month after costs; finish before the school run on weekdays; own his car outright within three years.',
        barriers:
          '25% commission on the big apps; unpaid waiting time; fear of losing his account over one bad rating.',
        behaviours:
          'Runs two apps at once; swaps tips with other drivers at the airport rank; switches platform for a better bonus; tracks his earnings in a spreadsheet.',
        channels:
          'Drivers’ WhatsApp groups, word of mouth at ranks and the airport, the Hop driver hub, Facebook groups for private-hire drivers, the licensing office.',
      },
      dependsOn: ['riders', 'business'],
      scores: { reach: 4, marketSize: 3, valueAlignment: 5, painDepth: 4, budget: 3 },
    },
    {
      key: 'business',
      name: 'Business accounts',
      description:
        'Companies of 50–1,000 staff that pay for employees’ rides to client visits, airports and home after late shifts, and want one monthly invoice, spending limits and duty-of-care reporting',
      kind: 'b2b2c',
      buyer: 'Office or travel manager, with finance approving the monthly invoice',
      user: 'Employees travelling for work or going home after late shifts',
      priority: 'exploring',
      size: {
        count: 6400,
        unit: 'companies',
        tam: 2_100_000_000,
        sam: 140_000_000,
        som: 6_000_000,
        currency: 'EUR',
      },
      bases: [
        {
          basis: 'firmographic',
          description:
            '50–1,000 staff in consulting, hospitals, hotels and tech, with offices in Hop’s cities.',
        },
        {
          basis: 'needs-based',
          description:
            'Need central billing, spending rules and a record of who travelled where, for expenses and duty of care.',
        },
        {
          basis: 'context-based',
          description:
            'Rides to client meetings, to the airport and home after late shifts, paid by the employer rather than the rider.',
        },
      ],
      template: {
        job: 'Get staff where they need to be for work, safely and within policy, without anyone filing a taxi receipt.',
        pain: '“Every month finance chases 200 taxi receipts, and I can’t tell who is travelling at night or whether they got home safely.”',
        outcome:
          'One monthly invoice with cost-centre codes; 80% less time spent processing ride expenses; every late-shift ride tracked until arrival.',
        signals:
          'Employees expensing many rides; requests for invoices and cost-centre codes; late shifts in hospitals or hotels; a written travel or duty-of-care policy.',
        willingnessToPay:
          'Pays standard fares plus a 5% service fee on a monthly invoice. Value driver: admin saved and duty of care; control and reporting matter more than price.',
        costToServe:
          'Account setup and a sales-led pilot (about €1,500 per account), invoicing and credit checks, and a small account-management team.',
        operations:
          'A company dashboard with spending limits and ride rules; monthly invoicing by cost centre; export to expense tools; an account manager for the first 90 days.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Pay for work rides centrally, within a spending policy',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Cut the time finance spends processing taxi receipts',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'emotional',
          text: 'Know that staff on late shifts got home safely',
          importance: 4,
          frequency: 'often',
        },
      ],
      pains: [
        {
          kind: 'obstacle',
          text: 'Hundreds of receipts to chase and reconcile every month',
          severity: 4,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'risk',
          text: 'A duty-of-care incident on a late-night journey',
          severity: 5,
          importance: 4,
          frequency: 'rarely',
        },
        {
          kind: 'undesired-outcome',
          text: 'Rides outside policy that nobody notices until the audit',
          severity: 3,
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'One monthly invoice with cost-centre codes',
          relevance: 'essential',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'expected',
          text: 'Spending limits and ride rules for each team',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'desired',
          text: 'Live tracking of late-shift rides until arrival',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
      ],
      persona: {
        name: 'Claire Dubois, office and travel manager',
        quote:
          'I don’t want to approve rides. I want the right rides to happen, and one invoice at the end of the month.',
        demographics:
          '36, office and travel manager at a 300-person engineering consultancy in Lyon; reports to the finance director.',
        goals:
          'Cut expense processing; keep travel costs within budget; meet the company’s duty-of-care policy.',
        barriers:
          'Finance wants a pilot before any contract; employees already use their own apps; IT must approve new tools.',
        behaviours:
          'Compares suppliers on price and admin time; asks for references; starts with a three-month pilot for one team.',
        channels:
          'LinkedIn, business travel events, employees who already ride with Hop, direct sales.',
      },
      dependsOn: ['drivers'],
      scores: { reach: 3, marketSize: 3, valueAlignment: 3, painDepth: 3, budget: 5 },
    },
  ],
  blocks: {
    'key-partners': [
      {
        text: 'Insurers providing per-trip cover for riders and drivers',
        serves: ['riders', 'drivers'],
      },
      {
        text: 'Leasing companies offering hybrid and electric cars to drivers',
        serves: ['drivers'],
      },
      { text: 'Payment provider and phone-wallet integrations', serves: ['riders', 'business'] },
      { text: 'City authorities and taxi licensing offices', colour: 'blue' },
    ],
    'key-activities': [
      {
        text: 'Matching and pricing: balancing riders and drivers minute by minute',
        serves: ['riders', 'drivers'],
      },
      {
        text: 'Recruiting, checking and onboarding drivers in each new city',
        serves: ['drivers'],
      },
      { text: 'Winning riders: referrals and city launch promotions', serves: ['riders'] },
      {
        text: 'Safety: driver checks, trip monitoring and incident response',
        serves: ['riders', 'drivers', 'business'],
      },
      { text: 'Selling and onboarding business accounts', serves: ['business'] },
    ],
    'key-resources': [
      { text: 'Matching engine and pricing algorithms', colour: 'purple' },
      {
        text: 'A pool of checked, active drivers in each city',
        serves: ['drivers', 'riders'],
      },
      {
        text: 'Rider app, driver app and business dashboard',
        serves: ['riders', 'drivers', 'business'],
      },
      { text: 'Operating licences in 12 cities' },
    ],
    'value-propositions': [
      { text: 'A car in five minutes, with the fare fixed before you book', serves: ['riders'] },
      { text: 'Keep 85% of every fare, paid out daily', serves: ['drivers'] },
      {
        text: 'A person reviews every deactivation: no driver is switched off by an algorithm alone',
        serves: ['drivers'],
      },
      {
        text: 'Live trip sharing and an emergency button on every ride',
        serves: ['riders', 'business'],
      },
      {
        text: 'One monthly invoice, spending limits and safe late-shift rides for your staff',
        serves: ['business'],
      },
    ],
    'customer-relationships': [
      { text: 'Self-service in the app, with in-app chat support', serves: ['riders'] },
      { text: 'Driver hubs in each city and a driver community manager', serves: ['drivers'] },
      {
        text: 'Ratings and feedback on both sides after every ride',
        serves: ['riders', 'drivers'],
      },
      { text: 'An account manager for the first 90 days', serves: ['business'] },
    ],
    channels: [
      { text: 'Rider app for iOS and Android', serves: ['riders', 'business'] },
      { text: 'Referral codes: €10 credit for each new rider', serves: ['riders'] },
      {
        text: 'Driver recruitment at airports and ranks, and in drivers’ WhatsApp groups',
        serves: ['drivers'],
      },
      { text: 'Driver app with an earnings dashboard', serves: ['drivers'] },
      { text: 'Direct sales and employee referrals to companies', serves: ['business'] },
    ],
    'cost-structure': [
      { text: 'Driver sign-up bonuses and rider launch promotions', colour: 'pink' },
      { text: 'Insurance on every trip', colour: 'pink' },
      { text: 'Engineering: apps, matching and pricing', colour: 'pink' },
      { text: 'Payment processing (about 1.5% of fares)', colour: 'pink' },
      { text: 'City operations teams and driver hubs', colour: 'pink' },
    ],
    'revenue-streams': [
      {
        text: 'Commission: 15% of each fare, paid by drivers',
        colour: 'green',
        serves: ['drivers'],
        pricing: 'per-usage',
      },
      {
        text: 'Booking fee: €0.99 a ride, paid by riders',
        colour: 'green',
        serves: ['riders'],
        pricing: 'per-usage',
      },
      {
        text: 'Hop Pass: €7.99 a month for no surge pricing',
        colour: 'green',
        serves: ['riders'],
        pricing: 'subscription',
      },
      {
        text: 'Driver Pro: €15 a week for a 10% commission',
        colour: 'green',
        serves: ['drivers'],
        pricing: 'subscription',
      },
      {
        text: 'Business accounts: standard fares plus a 5% service fee, invoiced monthly',
        colour: 'green',
        serves: ['business'],
        pricing: 'per-contract',
      },
    ],
  },
};
