// Example: Parcel & Cloud, an online retailer that also sells cloud computing (diversified): the
// segments have little in common beyond the infrastructure the business built for itself.
import type { ExampleSpec } from './build';

type Key = 'shoppers' | 'cloud' | 'brands';

export const PARCEL_AND_CLOUD: ExampleSpec<Key> = {
  name: 'Example: Parcel & Cloud (diversified)',
  archetype: 'diversified',
  segments: [
    {
      key: 'shoppers',
      name: 'Online shoppers',
      description:
        'US households that buy household goods, electronics and gifts online at least twice a month, choose on price and delivery speed, and leave after one late or lost parcel',
      kind: 'b2c',
      priority: 'primary',
      size: {
        count: 14_000_000,
        unit: 'households',
        tam: 1_100_000_000_000,
        sam: 240_000_000_000,
        som: 3_200_000_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            'Two or more orders a month with a $35–80 basket; compare prices at two or three retailers before checkout.',
        },
        {
          basis: 'needs-based',
          description: 'Need the right item delivered within two days, with easy returns.',
        },
        {
          basis: 'channel-based',
          description:
            'Shop mostly on mobile, start from search or price comparison, and respond to delivery-date badges.',
        },
        {
          basis: 'value-based',
          description:
            'Members with free fast delivery spend 2.5 times as much as non-members and churn a third as often.',
        },
      ],
      template: {
        job: 'Get everyday items, and the occasional bigger purchase, delivered quickly at a fair price without a trip to the store.',
        pain: '“I paid for two-day delivery, it came on day five, and the refund for the wrong size took three weeks.”',
        outcome:
          '95% of orders delivered within two days; refunds within 48 hours of a return being scanned; prices within 3% of the cheapest major competitor.',
        signals:
          'Two or more orders a month; filters by delivery date; uses saved carts and wish lists; mostly orders on mobile; returns within the first week.',
        willingnessToPay:
          'Pays competitive prices, plus $79 a year for membership with free two-day delivery once they order twice a month. Value driver: delivery speed, price and painless returns.',
        costToServe:
          'Fulfilment and last-mile delivery take 12–15% of order value; each return costs $8–12; customer service contacts peak in November and December.',
        operations:
          'Fulfilment centres within a day’s drive of 80% of customers; delivery promises that hold; prepaid returns and drop-off points; round-the-clock chat in peak season.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Get household essentials delivered before they run out',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Find the best price without visiting several stores',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Feel sure the parcel will arrive when promised',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'social',
          text: 'Send gifts that arrive in time for birthdays and holidays',
          importance: 3,
          frequency: 'rarely',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'Late or lost parcels after paying for fast delivery',
          severity: 5,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'obstacle',
          text: 'Slow, complicated returns and refunds',
          severity: 4,
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'risk',
          text: 'Counterfeit or poor-quality products from unknown sellers',
          severity: 4,
          importance: 3,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Reliable two-day delivery',
          relevance: 'essential',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'expected',
          text: 'Free, easy returns with fast refunds',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'desired',
          text: 'Accurate delivery windows and live parcel tracking',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
      ],
      persona: {
        name: 'Rachel Moore, busy parent',
        quote:
          'If it says Thursday, it needs to be here Thursday. That’s the whole reason I order online.',
        demographics:
          '39, nurse manager in Columbus, Ohio; married with three children; household income $125,000; orders online three to five times a month.',
        goals:
          'Spend less time in stores; stay within the household budget; never miss a birthday gift.',
        barriers:
          'Late parcels; fees for returns; too many look-alike products of uncertain quality.',
        behaviours:
          'Orders on her phone at lunch and late in the evening; compares prices on two sites; keeps a membership only while she orders at least twice a month.',
        channels:
          'The mobile app, search ads, price-comparison sites, email offers, recommendations from friends.',
      },
      scores: { reach: 5, marketSize: 5, valueAlignment: 4, painDepth: 3, budget: 3 },
    },
    {
      key: 'cloud',
      name: 'Cloud-computing customers',
      description:
        'Start-ups and software companies with 5–200 engineers running web apps and data workloads, who choose a cloud on price-performance, managed services and credits, and rarely move once in production',
      kind: 'b2b',
      buyer: 'CTO or head of engineering, with finance approving committed-spend deals',
      user: 'Developers and platform engineers',
      priority: 'primary',
      earlyAdopter: true,
      size: {
        count: 260000,
        unit: 'companies',
        tam: 300_000_000_000,
        sam: 22_000_000_000,
        som: 450_000_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'firmographic',
          description:
            'Venture-backed start-ups and software companies with 5–200 engineers, mostly in North America.',
        },
        {
          basis: 'needs-based',
          description:
            'Need reliable compute, storage and managed databases that scale without a dedicated operations team.',
        },
        {
          basis: 'value-based',
          description:
            'Spend $2,000–200,000 a month, growing about 40% a year; switching costs keep them for five years or more.',
        },
        {
          basis: 'behavioural',
          description:
            'Start on free credits, prototype through self-serve sign-up, and commit once workloads reach production.',
        },
      ],
      template: {
        job: 'Run and scale applications reliably without building or operating their own infrastructure, and keep the cloud bill predictable as usage grows.',
        pain: '“Our cloud bill doubled in six months, and nobody can tell me which service caused it.”',
        outcome:
          '99.99% availability for production workloads; the monthly bill within 5% of forecast; new environments ready in minutes rather than days.',
        signals:
          'Signs up with a company domain; arrives through a start-up credits programme; monthly spend growing; asks about reserved capacity and data-transfer costs; uses Kubernetes or managed databases.',
        willingnessToPay:
          'Pays per use for compute and storage, with 20–40% off for one- or three-year spending commitments. Value driver: price-performance, reliability and managed services that save engineering time.',
        costToServe:
          'Capital-intensive: data centres, servers and network capacity built ahead of demand; solutions architects for larger accounts; start-up credits of up to $100,000 a company.',
        operations:
          'A published 99.99% SLA; self-serve sign-up and billing; 24/7 technical support with a 15-minute response for production outages; detailed usage and cost reporting; security and compliance certifications.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Deploy and scale applications without managing servers',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'functional',
          text: 'Keep infrastructure costs predictable as usage grows',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Sleep at night knowing production will stay up',
          importance: 4,
          frequency: 'constantly',
        },
        {
          kind: 'social',
          text: 'Look credible to investors and enterprise customers in security reviews',
          importance: 3,
          frequency: 'rarely',
        },
      ],
      pains: [
        {
          kind: 'risk',
          text: 'Outages that take their product down in front of customers',
          severity: 5,
          importance: 5,
          frequency: 'rarely',
        },
        {
          kind: 'undesired-outcome',
          text: 'Surprise bills from data transfer, idle resources and opaque pricing',
          severity: 4,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'obstacle',
          text: 'Too few engineers to run infrastructure and be on call',
          severity: 4,
          importance: 4,
          frequency: 'often',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Availability SLAs backed by service credits',
          relevance: 'essential',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'expected',
          text: 'Managed databases, queues and Kubernetes',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'desired',
          text: 'Cost dashboards and alerts that forecast next month’s bill',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
      ],
      persona: {
        name: 'Kenji Watanabe, start-up CTO',
        quote: 'Give me credits to start, prices I can forecast, and a pager that stays quiet.',
        demographics:
          '35, co-founder and CTO of a 40-person logistics software start-up in Toronto; leads 14 engineers; raised $6 million.',
        goals:
          'Ship features instead of running servers; keep infrastructure under 8% of revenue; pass customers’ security reviews.',
        barriers:
          'Unpredictable bills; worries about lock-in; a small team with no dedicated operations engineer.',
        behaviours:
          'Prototypes on free credits; reads pricing pages and engineering blogs closely; benchmarks two clouds before committing; signs an annual commitment once spend passes $20,000 a month.',
        channels:
          'Developer documentation, accelerator credit programmes, technical conferences, engineering blogs, solutions architects.',
      },
      scores: { reach: 3, marketSize: 5, valueAlignment: 4, painDepth: 4, budget: 5 },
    },
    {
      key: 'brands',
      name: 'Independent brands using our fulfilment',
      description:
        'Independent online brands shipping 500–20,000 orders a month that hand storage, packing and delivery to our warehouses so they can promise two-day delivery without building logistics',
      kind: 'b2b',
      priority: 'exploring',
      size: {
        count: 48000,
        unit: 'brands',
        tam: 14_000_000_000,
        sam: 3_100_000_000,
        som: 60_000_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'firmographic',
          description:
            'Direct-to-consumer brands with $1–20 million in annual sales and a team of 3–50.',
        },
        {
          basis: 'needs-based',
          description:
            'Need fast, reliable fulfilment without leasing a warehouse or hiring pickers.',
        },
        {
          basis: 'context-based',
          description:
            'Peak seasons and product launches swing order volumes three- to five-fold within weeks.',
        },
      ],
      template: {
        job: 'Get every order to customers within two days at a cost per order they can plan on, without running a warehouse.',
        pain: '“Our warehouse partner missed the Black Friday cut-offs, and a week of late orders cost us more in reviews than a year of marketing could buy back.”',
        outcome:
          '99.5% of orders shipped the day they are placed; fulfilment under 15% of order value; stock levels visible in real time.',
        signals:
          'Order volume growing 20% or more a quarter; complaints about their current fulfilment partner; questions about two-day delivery badges; sharp seasonal peaks.',
        willingnessToPay:
          'Pays per order picked and packed, plus monthly storage by volume: typically $4–7 an order. Value driver: faster delivery that lifts conversion, and no more warehouse headaches.',
        costToServe:
          'Uses spare capacity in our fulfilment centres; receiving stock and connecting their shop takes two to four weeks; peak-season capacity must be reserved well ahead.',
        operations:
          'Integration with their shop platform; incoming stock received within 48 hours; same-day shipping for orders placed by 2 p.m.; a live inventory dashboard; an account manager above 5,000 orders a month.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Ship every order within a day, including at peak',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'functional',
          text: 'Plan fulfilment costs per order as the business grows',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'emotional',
          text: 'Stop worrying about the warehouse during product launches',
          importance: 4,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'Missed shipping cut-offs in peak season',
          severity: 5,
          importance: 5,
          frequency: 'rarely',
        },
        {
          kind: 'obstacle',
          text: 'No view of stock levels until an item runs out',
          severity: 4,
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'risk',
          text: 'Being tied to a long warehouse lease while volumes swing',
          severity: 3,
          importance: 3,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Same-day shipping on orders placed before 2 p.m.',
          relevance: 'essential',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'expected',
          text: 'Real-time stock levels synced with their shop',
          relevance: 'important',
          importance: 4,
          frequency: 'constantly',
        },
        {
          kind: 'unexpected',
          text: 'A two-day delivery badge shown on their own website',
          relevance: 'useful',
          importance: 3,
          frequency: 'often',
        },
      ],
      persona: {
        name: 'Sofia Marquez, skincare brand co-founder',
        quote:
          'We’re good at making products people love. We’re not good at running a warehouse in December.',
        demographics:
          '33, co-founder and head of operations of a 12-person skincare brand in Austin; $4 million in annual sales; 6,000 orders a month.',
        goals:
          'Two-day delivery nationwide; a Black Friday without late orders; fulfilment costs per order that stay flat as volume grows.',
        barriers:
          'Her current warehouse partner misses cut-offs; integration work for a small team; wary of relying on a retailer that also sells competing products.',
        behaviours:
          'Compares fulfilment quotes every year; asks other founders in online communities; pilots with one product before moving all her stock.',
        channels:
          'Founder communities, e-commerce platform app stores, trade shows, referrals from other brands, our account managers.',
      },
      scores: { reach: 4, marketSize: 3, valueAlignment: 4, painDepth: 4, budget: 3 },
    },
  ],
  blocks: {
    'key-partners': [
      { text: 'Brands and distributors supplying 300,000 products', serves: ['shoppers'] },
      {
        text: 'Last-mile carriers and a network of parcel lockers',
        serves: ['shoppers', 'brands'],
      },
      { text: 'Chip and server makers, on volume agreements', serves: ['cloud'] },
      { text: 'Start-up accelerators that hand out our cloud credits', serves: ['cloud'] },
    ],
    'key-activities': [
      {
        text: 'Running 14 fulfilment centres and the delivery network',
        serves: ['shoppers', 'brands'],
      },
      { text: 'Buying, merchandising and pricing 300,000 products', serves: ['shoppers'] },
      { text: 'Building and operating data centres in four regions', serves: ['cloud'] },
      {
        text: 'Developing managed cloud services: databases, queues and Kubernetes',
        serves: ['cloud'],
      },
      { text: 'Receiving brands’ stock and connecting their shops', serves: ['brands'] },
    ],
    'key-resources': [
      { text: 'Fulfilment centres and delivery fleet', colour: 'purple' },
      {
        text: 'Data centres, and the infrastructure software first built to run our own shop',
        serves: ['cloud'],
      },
      { text: 'Order and customer data for 14 million households', serves: ['shoppers'] },
      { text: 'Engineering teams shared by retail and cloud' },
    ],
    'value-propositions': [
      {
        text: 'Everything for the home at fair prices, delivered in two days with free returns',
        serves: ['shoppers'],
      },
      {
        text: 'The infrastructure that runs our own shop, on demand: pay only for what you use',
        serves: ['cloud'],
      },
      {
        text: 'Predictable bills: cost dashboards, alerts and discounts for committed spend',
        serves: ['cloud'],
      },
      {
        text: 'Two-day delivery for your brand, without running a warehouse',
        serves: ['brands'],
      },
    ],
    'customer-relationships': [
      { text: 'Self-service shopping, with 24/7 chat in peak season', serves: ['shoppers'] },
      { text: 'Membership with free two-day delivery', serves: ['shoppers'] },
      { text: 'Self-service console, documentation and developer community', serves: ['cloud'] },
      {
        text: 'Solutions architects and technical account managers for larger accounts',
        serves: ['cloud'],
      },
      { text: 'An account manager for brands above 5,000 orders a month', serves: ['brands'] },
    ],
    channels: [
      { text: 'Website and mobile app', serves: ['shoppers'] },
      { text: 'Search ads, price-comparison sites and email offers', serves: ['shoppers'] },
      { text: 'Developer docs, a free tier and start-up credits', serves: ['cloud'] },
      {
        text: 'Technical conferences and direct sales to software companies',
        serves: ['cloud'],
      },
      { text: 'E-commerce platform app stores and founder communities', serves: ['brands'] },
    ],
    'cost-structure': [
      { text: 'Cost of goods sold', colour: 'pink' },
      { text: 'Fulfilment centres, delivery and returns', colour: 'pink' },
      { text: 'Data centres, servers, power and network capacity', colour: 'pink' },
      { text: 'Engineering and R&D', colour: 'pink' },
      { text: 'Marketing, cloud credits and sales teams', colour: 'pink' },
    ],
    'revenue-streams': [
      {
        text: 'Product sales: margin on 300,000 items',
        colour: 'green',
        serves: ['shoppers'],
        pricing: 'one-time',
      },
      {
        text: 'Membership: $79 a year for free two-day delivery',
        colour: 'green',
        serves: ['shoppers'],
        pricing: 'subscription',
      },
      {
        text: 'Cloud usage: per compute hour, per gigabyte stored, per request',
        colour: 'green',
        serves: ['cloud'],
        pricing: 'per-usage',
      },
      {
        text: 'Committed-spend contracts: 20–40% off for one or three years',
        colour: 'green',
        serves: ['cloud'],
        pricing: 'per-contract',
      },
      {
        text: 'Fulfilment fees per order, plus monthly storage',
        colour: 'green',
        serves: ['brands'],
        pricing: 'per-usage',
      },
    ],
  },
};
