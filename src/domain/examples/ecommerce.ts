// Example: Northwind Coffee Roasters, an online coffee shop with four consumer segments served
// side by side (segmented), each buying in its own rhythm.
import type { ExampleSpec } from './build';

type Key = 'frequent' | 'bulk' | 'promo' | 'vip';

export const NORTHWIND: ExampleSpec<Key> = {
  name: 'Example: Northwind Coffee Roasters (e-commerce)',
  archetype: 'segmented',
  segments: [
    {
      key: 'frequent',
      name: 'Weekly single-bag buyers',
      description:
        'Home brewers who order one 12 oz bag every one to two weeks, choose by origin and roast date, and drop off when shipping costs more than 15% of the basket',
      kind: 'b2c',
      priority: 'primary',
      size: {
        count: 650000,
        unit: 'households',
        tam: 2_400_000_000,
        sam: 390_000_000,
        som: 3_800_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            'Order every 7–14 days with a basket of $18–24; six in ten orders are a single bag.',
        },
        {
          basis: 'needs-based',
          description:
            'Want coffee that is never more than two weeks off roast, without having to remember to reorder.',
        },
        {
          basis: 'psychographic',
          description:
            'Treat brewing as a daily ritual; curious about origins, and loyal to a roaster that stays consistent.',
        },
      ],
      template: {
        job: 'Keep fresh specialty coffee in the house every morning, without running out and without paying for shipping on every bag.',
        pain: '“By the time I’ve paid $6 shipping on a $17 bag I might as well go to the café, and if I forget to reorder I’m stuck with supermarket beans.”',
        outcome:
          'Never out of coffee; beans always within 14 days of roasting; shipping under 10% of what they spend.',
        signals:
          'Three or more single-bag orders in 60 days; reorders 7–14 days apart; opens emails about roast dates and origins; abandons the cart when shipping appears.',
        willingnessToPay:
          'About $17–20 a bag, or $70–90 a month. Pays a small premium for freshness and choice, and commits to a subscription when shipping is free and skipping is easy.',
        costToServe:
          'Packing and shipping small parcels is the main cost: $4–6 an order eats the margin on a single bag unless orders move to a subscription with free, batched shipping.',
        operations:
          'Roasted and shipped within 48 hours; skip, pause and swap by SMS or in one click; tracked delivery in two to three days; a clear roast date on every bag.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Have fresh beans on hand before the current bag runs out',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Enjoy a morning ritual that feels like a small daily treat',
          importance: 4,
          frequency: 'constantly',
        },
        {
          kind: 'functional',
          text: 'Try a new origin now and then without risking a bag they dislike',
          importance: 3,
          frequency: 'sometimes',
        },
        {
          kind: 'social',
          text: 'Serve guests coffee they are proud of',
          importance: 2,
          frequency: 'rarely',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'Shipping on every small order adds 25–35% to the price of a bag',
          severity: 5,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'obstacle',
          text: 'Forgetting to reorder and running out',
          severity: 4,
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'risk',
          text: 'Stale beans from shops that roast weeks before they ship',
          severity: 3,
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Free shipping on a regular schedule',
          relevance: 'essential',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'expected',
          text: 'A roast date on every bag, shipped within 48 hours',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'desired',
          text: 'Easy swaps to try a new origin each month',
          relevance: 'useful',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      persona: {
        name: 'Sam Rivera, daily pour-over brewer',
        quote:
          'I just want good beans to show up before I run out, without paying shipping every time.',
        demographics:
          '31, UX designer in Denver, lives with his partner; household income $110,000; brews two cups of pour-over every morning.',
        goals:
          'Never run out; try two or three new origins a year; keep coffee spending under $90 a month.',
        barriers:
          'Subscriptions that are hard to pause; shipping fees on small orders; inconsistent roasts from big brands.',
        behaviours:
          'Orders from his phone on Sunday evenings; reads tasting notes; follows two roasters on Instagram; leaves a review when a bag is great.',
        channels:
          'Instagram, the Northwind newsletter, coffee forums on Reddit, searches for “fresh roasted coffee delivery”.',
      },
      scores: { reach: 4, marketSize: 4, valueAlignment: 5, painDepth: 4, budget: 3 },
    },
    {
      key: 'bulk',
      name: 'Bulk monthly buyers',
      description:
        'Large households, home offices and small studios that buy 2–5 lb bags once a month, compare the price per pound, and stay for years if the taste stays the same',
      kind: 'b2c',
      buyer: 'Whoever keeps the kitchen stocked: a parent, or the studio’s office manager',
      user: 'Everyone in the household or studio who drinks the coffee',
      priority: 'secondary',
      size: {
        count: 210000,
        unit: 'households',
        tam: 1_100_000_000,
        sam: 160_000_000,
        som: 1_400_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            'One order a month of 2–5 lb, a basket of $55–110, and the same blend for months on end.',
        },
        {
          basis: 'value-based',
          description:
            'Compare the price per pound first: lower margin per pound, but high lifetime value and cheap to ship per pound.',
        },
        {
          basis: 'context-based',
          description:
            'Coffee for several drinkers, brewed by the pot or in batches, at home or in a small office.',
        },
      ],
      template: {
        job: 'Keep a household or small office stocked with good coffee for the whole month, at a price per pound that feels reasonable.',
        pain: '“Specialty coffee in 12 oz bags costs a fortune when five of us drink it, and supermarket coffee tastes like cardboard.”',
        outcome:
          'One order a month that lasts the month; a price per pound within 20% of premium supermarket brands; the same taste every time.',
        signals:
          'Orders of 2 lb or more; one order every 25–35 days; sticks to one or two blends; sorts by price per pound; ships to a business address.',
        willingnessToPay:
          '$13–16 a pound, or $55–110 a month. Value driver: price per pound and consistency; will prepay three months for a 10% saving.',
        costToServe:
          'Low per pound: one heavier parcel a month ships cheaply, and steady orders make roasting to forecast easy. Price-sensitive, so discounts must be structured, not ad hoc.',
        operations:
          'Core blends always in stock in 2 lb and 5 lb bags; delivery on a fixed date each month; invoices with tax details for studios; resealable valve bags that keep beans fresh for four weeks.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Stock enough coffee for the whole month in one order',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'functional',
          text: 'Keep the cost per cup predictable',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'social',
          text: 'Be the one who keeps the office or the family in good coffee',
          importance: 3,
          frequency: 'often',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'Specialty prices per pound are too high for several daily drinkers',
          severity: 4,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'risk',
          text: 'A big bag going stale before it is finished',
          severity: 3,
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'obstacle',
          text: 'Blends change or sell out, so the taste is never quite the same',
          severity: 3,
          importance: 3,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'A fair price per pound on 2 lb and 5 lb bags',
          relevance: 'essential',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'expected',
          text: 'The same blend, tasting the same, every month',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'desired',
          text: 'Valve bags that keep beans fresh for four weeks',
          relevance: 'useful',
          importance: 3,
          frequency: 'often',
        },
      ],
      persona: {
        name: 'Linda Park, studio office manager',
        quote:
          'Eight people drink coffee here all day. I need it good, fair per pound, and on the shelf on the first of the month.',
        demographics:
          '45, office manager at a 12-person architecture studio in Portland; buys office supplies on a company card, and coffee for her family of four too.',
        goals:
          'One supplier for the month; spend under $120 on the studio’s coffee; no complaints from the team.',
        barriers:
          'Specialty roasters’ prices per pound; needs proper invoices for expenses; little time to compare brands.',
        behaviours:
          'Reorders the same products every month; prefers subscriptions for consumables; reads reviews but rarely writes them.',
        channels:
          'Google search, word of mouth from other office managers, the Northwind newsletter, price comparisons on marketplaces.',
      },
      scores: { reach: 3, marketSize: 3, valueAlignment: 3, painDepth: 3, budget: 4 },
    },
    {
      key: 'promo',
      name: 'Promo-driven buyers',
      description:
        'Occasional buyers who arrive through discount codes, gift guides and seasonal sales, order once or twice a year, and rarely come back at full price',
      kind: 'b2c',
      priority: 'secondary',
      size: {
        count: 1_300_000,
        unit: 'households',
        tam: 900_000_000,
        sam: 120_000_000,
        som: 900_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            'Over 80% of orders use a discount code; one or two orders a year, around Black Friday and the holidays.',
        },
        {
          basis: 'channel-based',
          description:
            'Arrive through deal sites, affiliate gift guides and influencer codes rather than search or direct visits.',
        },
        {
          basis: 'value-based',
          description:
            'Low margin and low repeat rate: worth serving only if the first order is cheap to fulfil and some of them convert to subscriptions.',
        },
      ],
      template: {
        job: 'Buy a treat or a gift that feels premium, at a price that feels like a win.',
        pain: '“I’d love to buy good coffee more often, but at full price it feels like an indulgence I can’t justify.”',
        outcome:
          'For them: a premium purchase at 20–30% off. For us: at least 15% of first-time promo buyers placing a second order at full price within 90 days.',
        signals:
          'First order uses a partner code; arrives from a deal site or gift guide; buys gift sets or sampler boxes; signs up for email only when it unlocks a discount.',
        willingnessToPay:
          '$25–40 an order, almost always discounted. Value driver: the deal and the feeling of a bargain; will try a subscription only with a discounted first month.',
        costToServe:
          'High relative to revenue: affiliate commissions of 10–15%, the discount itself and one-off shipping. The first order loses money; only those who convert are profitable.',
        operations:
          'Codes that stack predictably and expire on time; packing capacity for the November–December peak; gift messages and wrapping; automated win-back emails after the first order.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Find a good gift for a coffee lover at a discount',
          importance: 4,
          frequency: 'rarely',
        },
        {
          kind: 'emotional',
          text: 'Feel smart about getting a premium product for less',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'social',
          text: 'Give a gift that looks thoughtful and upmarket',
          importance: 3,
          frequency: 'rarely',
        },
      ],
      pains: [
        {
          kind: 'obstacle',
          text: 'Full-price specialty coffee feels too expensive to buy regularly',
          severity: 4,
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'risk',
          text: 'Paying for a subscription they forget to cancel',
          severity: 3,
          importance: 4,
          frequency: 'rarely',
        },
        {
          kind: 'undesired-outcome',
          text: 'A gift arriving after the holiday',
          severity: 4,
          importance: 3,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'A visible discount at checkout',
          relevance: 'essential',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'expected',
          text: 'Gift-ready packaging with a personal message',
          relevance: 'important',
          importance: 4,
          frequency: 'rarely',
        },
        {
          kind: 'desired',
          text: 'A sampler box to find a favourite before committing',
          relevance: 'useful',
          importance: 3,
          frequency: 'rarely',
        },
      ],
      persona: {
        name: 'Jordan Lee, deal hunter',
        quote: 'If there’s a code, I’ll try it. If there isn’t, I’ll wait for the next sale.',
        demographics:
          '27, nurse in Atlanta, single; household income $68,000; drinks coffee every day, mostly from a pod machine.',
        goals:
          'Buy good Christmas gifts for her family; treat herself now and then without overspending.',
        barriers:
          'Full prices; subscriptions she fears she will forget; slow delivery in December.',
        behaviours:
          'Follows deal accounts and coupon sites; buys around Black Friday, Mother’s Day and Christmas; opens emails only when the subject line shows a discount.',
        channels:
          'Influencer codes on Instagram, deal sites, affiliate gift guides, retargeting ads, the Northwind email list.',
      },
      scores: { reach: 5, marketSize: 4, valueAlignment: 2, painDepth: 2, budget: 2 },
    },
    {
      key: 'vip',
      name: 'VIP premium buyers',
      description:
        'Coffee enthusiasts who spend $80 or more an order on rare micro-lots and limited releases, want early access and provenance, and share what they buy with their circle',
      kind: 'b2c',
      priority: 'primary',
      earlyAdopter: true,
      size: {
        count: 85000,
        unit: 'households',
        tam: 420_000_000,
        sam: 95_000_000,
        som: 2_600_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'psychographic',
          description:
            'Coffee is a hobby and part of who they are; they value provenance, rarity and the story behind each lot.',
        },
        {
          basis: 'value-based',
          description:
            'The top 5% of customers by spend: $85+ per order, a quarter of revenue and the highest margin per order.',
        },
        {
          basis: 'behavioural',
          description:
            'Buy within hours of a release; own over $1,000 of grinders and brewers; review and share their purchases.',
        },
      ],
      template: {
        job: 'Discover and brew exceptional, traceable coffees before anyone else, and share the experience with people who appreciate it.',
        pain: '“The best lots sell out in an hour and I hear about it the next day, or I buy blind and the cup tastes nothing like the description.”',
        outcome:
          'First access to every limited release; detailed farm, process and brewing notes; at least one coffee a quarter they talk about for weeks.',
        signals:
          'Average order above $80; buys limited releases within 24 hours; reads the full producer notes; emails brewing questions; posts photos of their bags.',
        willingnessToPay:
          '$30–120 a bag for rare lots, $150–300 a month, plus a members’ fee for early access. Value driver: rarity, provenance and being first; price matters little if the story and the cup deliver.',
        costToServe:
          'Moderate: personal emails, small-batch roasting and premium packaging cost more, but margins of 55–60% and very low churn make this the most profitable segment.',
        operations:
          'Early-access drops for members; small-batch roasting to order; producer and processing notes on every bag; a person, not a bot, answering brewing questions within a day; careful packing for fragile gift sets.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Secure a bag of each limited release before it sells out',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'emotional',
          text: 'Enjoy the thrill of discovering a rare, exceptional coffee',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'social',
          text: 'Be known among friends as the one with the best coffee',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'functional',
          text: 'Dial in each new coffee with the roaster’s recommended recipe',
          importance: 3,
          frequency: 'often',
        },
      ],
      pains: [
        {
          kind: 'undesired-outcome',
          text: 'Limited lots sell out before they hear about them',
          severity: 5,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'risk',
          text: 'Paying $60 for a bag that does not match its tasting notes',
          severity: 4,
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'obstacle',
          text: 'Thin information about the farm, the process and the harvest',
          severity: 3,
          importance: 4,
          frequency: 'often',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Guaranteed early access to limited releases',
          relevance: 'essential',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'desired',
          text: 'Producer stories, brew guides and cupping notes for every lot',
          relevance: 'important',
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'unexpected',
          text: 'A handwritten note, or a sample of the next release, in the box',
          relevance: 'useful',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      persona: {
        name: 'Elena Fischer, home barista and collector',
        quote:
          'I’ll pay for a great lot without blinking. What I won’t forgive is hearing about it after it’s gone.',
        demographics:
          '42, product director in Seattle; household income $240,000; owns an espresso machine and two grinders; buys coffee for herself and as gifts.',
        goals:
          'Taste ten exceptional lots a year; learn about the farms behind them; host tastings for friends.',
        barriers:
          'Releases announced without warning; vague tasting notes; “limited editions” that turn out to be bulk-roasted.',
        behaviours:
          'Checks the shop on release days; joins waiting lists; reviews every bag in detail; recommends roasters on enthusiast forums.',
        channels:
          'The early-access list, Instagram, coffee forums and podcasts, the Northwind members’ newsletter.',
      },
      scores: { reach: 3, marketSize: 2, valueAlignment: 5, painDepth: 3, budget: 5 },
    },
  ],
  blocks: {
    'key-partners': [
      {
        text: 'Green-coffee importers and direct-trade farms in Ethiopia, Colombia and Guatemala',
        serves: ['vip', 'frequent'],
      },
      {
        text: 'Parcel carrier with negotiated small-parcel rates and Saturday delivery',
        serves: ['frequent', 'bulk'],
      },
      { text: 'Affiliate gift guides and coffee influencers', serves: ['promo'] },
      { text: 'Online shop platform and subscription-billing app', colour: 'blue' },
    ],
    'key-activities': [
      {
        text: 'Small-batch roasting five days a week, shipped within 48 hours',
        serves: ['frequent', 'vip'],
      },
      {
        text: 'Running subscriptions: free shipping, skip and swap by SMS',
        serves: ['frequent', 'bulk'],
      },
      { text: 'Sourcing and releasing limited micro-lots every month', serves: ['vip'] },
      { text: 'Forecasting demand for core blends in 2 lb and 5 lb bags', serves: ['bulk'] },
      { text: 'Seasonal promotions and win-back email flows', serves: ['promo'] },
    ],
    'key-resources': [
      { text: 'Roastery with two 15 kg roasters and a packing line', colour: 'purple' },
      { text: 'Long-term relationships with 12 producer farms', serves: ['vip'] },
      {
        text: 'Email and SMS list of 140,000 people, with order history',
        serves: ['frequent', 'promo'],
      },
      { text: 'The head roaster’s roast profiles and cupping expertise' },
    ],
    'value-propositions': [
      {
        text: 'Fresh beans at your door before you run out, shipped free on a subscription',
        serves: ['frequent'],
      },
      {
        text: 'Specialty coffee at a fair price per pound, in 2 lb and 5 lb bags that stay fresh',
        serves: ['bulk'],
      },
      { text: 'Premium gift sets and samplers at seasonal prices', serves: ['promo'] },
      {
        text: 'First access to rare micro-lots, with the farm’s story in every bag',
        serves: ['vip'],
      },
      {
        text: 'Roasted to order, with the roast date on every bag',
        colour: 'orange',
        serves: ['frequent', 'bulk', 'vip'],
      },
    ],
    'customer-relationships': [
      {
        text: 'Subscription self-service: skip, pause or swap with one SMS reply',
        serves: ['frequent', 'bulk'],
      },
      { text: 'Monthly reorder reminders with saved blends and invoices', serves: ['bulk'] },
      {
        text: 'Automated welcome and win-back emails after the first order',
        serves: ['promo'],
      },
      {
        text: 'Members’ club with early-access drops and a named contact at the roastery',
        serves: ['vip'],
      },
    ],
    channels: [
      {
        text: 'Mobile-first online shop with subscription checkout',
        serves: ['frequent', 'bulk'],
      },
      { text: 'Email newsletter and SMS reorder reminders', serves: ['frequent', 'bulk'] },
      { text: 'Affiliate gift guides, influencer codes and deal sites', serves: ['promo'] },
      { text: 'Members’ early-access list and release-day emails', serves: ['vip'] },
      { text: 'Instagram and coffee podcasts', serves: ['vip', 'frequent'] },
    ],
    'cost-structure': [
      { text: 'Green coffee (rises with micro-lot premiums)', colour: 'pink' },
      { text: 'Packing and shipping: $4–6 per small parcel', colour: 'pink' },
      { text: 'Roastery staff, rent and energy', colour: 'pink' },
      { text: 'Affiliate commissions and promotional discounts', colour: 'pink' },
      { text: 'Shop platform, subscription billing and email tools', colour: 'pink' },
    ],
    'revenue-streams': [
      {
        text: 'Coffee subscriptions: $17 a bag with free shipping, every one to four weeks',
        colour: 'green',
        serves: ['frequent'],
        pricing: 'subscription',
      },
      {
        text: 'Bulk bags at $14 a pound (2 lb and 5 lb), 10% off when prepaid for three months',
        colour: 'green',
        serves: ['bulk'],
        pricing: 'per-tier',
      },
      {
        text: 'One-off orders and seasonal gift sets',
        colour: 'green',
        serves: ['promo'],
        pricing: 'one-time',
      },
      {
        text: 'Members’ club: $15 a month for early access; limited releases at $30–120 a bag',
        colour: 'green',
        serves: ['vip'],
        pricing: 'subscription',
      },
    ],
  },
};
