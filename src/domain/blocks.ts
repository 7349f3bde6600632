// The nine building blocks of the Business Model Canvas: ids, titles, guidance and layout.
// Free of zod, for the first paint (app/first-paint.ts); their schema is block-id.schema.ts.

export const BLOCK_IDS = [
  'key-partners',
  'key-activities',
  'key-resources',
  'value-propositions',
  'customer-relationships',
  'channels',
  'customer-segments',
  'cost-structure',
  'revenue-streams',
] as const;

export type BlockId = (typeof BLOCK_IDS)[number];

export interface BlockInfo {
  id: BlockId;
  title: string;
  description: string;
  questions: readonly string[];
  /** CSS grid area name in the standard canvas layout. */
  area: string;
}

export const BLOCKS: Record<BlockId, BlockInfo> = {
  'key-partners': {
    id: 'key-partners',
    title: 'Key Partners',
    description: 'The network of suppliers and partners that make the business model work.',
    questions: [
      'Who are our key partners?',
      'Who are our key suppliers?',
      'Which key resources do we acquire from partners?',
      'Which key activities do partners perform?',
      'Why these partners: optimisation, reduced risk, or access to resources?',
    ],
    area: 'kp',
  },
  'key-activities': {
    id: 'key-activities',
    title: 'Key Activities',
    description: 'The most important things the company must do to make its business model work.',
    questions: [
      'What key activities do our value propositions require?',
      'Which activities do our channels, customer relationships and revenue streams depend on?',
      'Is our work mostly production, problem solving, or running a platform?',
      'Which activities must we be excellent at, and which could a partner do?',
    ],
    area: 'ka',
  },
  'key-resources': {
    id: 'key-resources',
    title: 'Key Resources',
    description: 'The most important assets required to make the business model work.',
    questions: [
      'What key resources do our value propositions require?',
      'Which resources do our channels, customer relationships and revenue streams need?',
      'Which are physical, intellectual, human or financial?',
      'Which resources are hard for a competitor to copy?',
    ],
    area: 'kr',
  },
  'value-propositions': {
    id: 'value-propositions',
    title: 'Value Propositions',
    description: 'The bundle of products and services that create value for a customer segment.',
    questions: [
      'What value do we deliver to the customer?',
      'Which of our customers’ problems are we helping to solve?',
      'Which customer jobs, pains and gains do we address?',
      'What bundles of products and services are we offering to each segment?',
      'Why would a customer choose us over the alternatives?',
    ],
    area: 'vp',
  },
  'customer-relationships': {
    id: 'customer-relationships',
    title: 'Customer Relationships',
    description: 'The types of relationship the company establishes with each customer segment.',
    questions: [
      'What relationship does each customer segment expect us to establish and maintain?',
      'Which relationships have we established, and how costly are they?',
      'How do we get, keep and grow customers?',
      'Is it personal assistance, self-service, automated, community or co-creation?',
    ],
    area: 'cr',
  },
  channels: {
    id: 'channels',
    title: 'Channels',
    description: 'How the company reaches its customer segments to deliver its value proposition.',
    questions: [
      'Through which channels do our customer segments want to be reached?',
      'How are we reaching them now, and how are our channels integrated?',
      'Which channels work best, and which are most cost-efficient?',
      'How do we cover awareness, evaluation, purchase, delivery and after-sales?',
    ],
    area: 'ch',
  },
  'customer-segments': {
    id: 'customer-segments',
    title: 'Customer Segments',
    description: 'The groups of people or organisations the company aims to reach and serve.',
    questions: [
      'For whom are we creating value?',
      'Who are our most important customers?',
      'What are their characteristics, needs and behaviours?',
      'What jobs are they trying to get done?',
      'What pains do they experience?',
      'What gains do they seek?',
    ],
    area: 'cs',
  },
  'cost-structure': {
    id: 'cost-structure',
    title: 'Cost Structure',
    description: 'All the costs incurred to operate the business model.',
    questions: [
      'What are the most important costs inherent in our business model?',
      'Which key resources and key activities are most expensive?',
      'Which costs are fixed and which vary with volume?',
      'Are we cost-driven or value-driven, and where are economies of scale or scope?',
    ],
    area: 'cost',
  },
  'revenue-streams': {
    id: 'revenue-streams',
    title: 'Revenue Streams',
    description: 'The cash the company generates from each customer segment.',
    questions: [
      'For what value are our customers really willing to pay?',
      'For what do they currently pay, and how do they pay?',
      'How would they prefer to pay?',
      'How much does each revenue stream contribute to overall revenues?',
      'Is pricing fixed (list, volume, feature) or dynamic (negotiated, usage, market)?',
    ],
    area: 'rev',
  },
};

/** Blocks in reading order of the standard layout (left to right, top to bottom). */
export const BLOCK_ORDER: readonly BlockId[] = BLOCK_IDS;

export function blockTitle(id: BlockId): string {
  return BLOCKS[id].title;
}
