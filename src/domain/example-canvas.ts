// "New from example": a filled canvas for a B2B SaaS analytics company with three segments.
import type { BlockId } from './blocks';
import type { CanvasDoc, Note, NoteColour } from './canvas.schema';
import { createCanvas } from './canvas-ops';
import { initialOrderKeys } from './order';

export const EXAMPLE_CANVAS_NAME = 'Example: Clearview Analytics (B2B SaaS)';

type SegmentKey = 'plug' | 'messy' | 'compliance';

interface ExampleNote {
  text: string;
  colour?: NoteColour;
  segment?: SegmentKey;
  serves?: SegmentKey[];
}

const SEGMENTS: Record<SegmentKey, string> = {
  plug: 'Plug-and-play teams: 10–50 person product teams with clean event data in a modern warehouse who want dashboards live the same day',
  messy:
    'Data-messy teams: mid-market companies with data spread over spreadsheets, a CRM and legacy databases, who need help connecting and cleaning sources before any analysis',
  compliance:
    'Compliance-heavy teams: finance and healthcare organisations with weekly regulatory reporting, audit trails and low tolerance for delays; high renewal rates when onboarding is done in 14 days',
};

const EXAMPLE: Record<Exclude<BlockId, 'customer-segments'>, ExampleNote[]> = {
  'key-partners': [
    { text: 'Cloud data warehouse vendors (co-selling and marketplace listings)', colour: 'blue' },
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
    { text: 'Product-led growth: templates, in-app guides, self-serve trials', serves: ['plug'] },
  ],
  'key-resources': [
    { text: 'Query engine and semantic layer (proprietary)', colour: 'purple' },
    { text: 'Connector library and data-quality rules' },
    {
      text: 'Solutions engineers with regulated-industry experience',
      serves: ['compliance', 'messy'],
    },
    { text: 'Certifications: SOC 2 Type II, ISO 27001, HIPAA readiness', serves: ['compliance'] },
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
    { text: 'Dedicated onboarding manager for the first 90 days', serves: ['messy', 'compliance'] },
    {
      text: 'Quarterly business reviews and a named customer success manager',
      serves: ['compliance'],
    },
  ],
  channels: [
    { text: 'Free trial and templates from the website', serves: ['plug'] },
    { text: 'Cloud marketplace listings', serves: ['plug', 'messy'] },
    { text: 'Inside sales with solution demos', serves: ['messy'] },
    { text: 'Field sales and industry events for finance and healthcare', serves: ['compliance'] },
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
    },
    { text: 'Annual contracts with usage tiers', colour: 'green', serves: ['messy'] },
    {
      text: 'Enterprise plan with compliance pack and SLA',
      colour: 'green',
      serves: ['compliance'],
    },
    { text: 'Paid onboarding and data-cleaning services', colour: 'green', serves: ['messy'] },
  ],
};

export function exampleCanvas(params: {
  canvasId: string;
  newNoteId: () => string;
  now: number;
}): CanvasDoc {
  const { canvasId, now } = params;
  const canvas = createCanvas({ id: canvasId, name: EXAMPLE_CANVAS_NAME, now });
  const segmentIds = {} as Record<SegmentKey, string>;
  const notes: Note[] = [];

  const place = (block: BlockId, items: ExampleNote[]) => {
    const keys = initialOrderKeys(items.length);
    items.forEach((item, i) => {
      const id = params.newNoteId();
      if (item.segment) segmentIds[item.segment] = id;
      notes.push({
        id,
        canvasId,
        block,
        text: item.text,
        colour: item.colour ?? 'yellow',
        order: keys[i]!,
        segmentIds: (item.serves ?? []).map((s) => segmentIds[s]),
        createdAt: now,
        updatedAt: now,
      });
    });
  };

  // Segments first: every other block links back to them.
  place(
    'customer-segments',
    (Object.keys(SEGMENTS) as SegmentKey[]).map((key) => ({
      text: SEGMENTS[key],
      colour: 'blue' as const,
      segment: key,
    })),
  );
  for (const [block, items] of Object.entries(EXAMPLE)) place(block as BlockId, items);
  return { canvas, notes };
}
