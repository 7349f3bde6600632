// "New from example": the example canvases a user can start from, each with fully profiled segments.
import type { CanvasDoc } from '../canvas.schema';
import { buildFromSpec, type ExampleParams, type ExampleSpec } from './build';
import { CLEARVIEW } from './clearview';
import { PARCEL_AND_CLOUD } from './diversified';
import { NORTHWIND } from './ecommerce';
import { RIVERSIDE } from './clinic';
import { HOP } from './ride-hailing';

export type { ExampleParams } from './build';

export type ExampleId = 'clearview' | 'ecommerce' | 'clinic' | 'ride-hailing' | 'diversified';

export interface ExampleInfo {
  id: ExampleId;
  /** The name of the canvas the example creates. */
  name: string;
  /** One sentence shown in the picker. */
  summary: string;
}

const SPECS: Record<ExampleId, ExampleSpec<string>> = {
  clearview: CLEARVIEW,
  ecommerce: NORTHWIND,
  clinic: RIVERSIDE,
  'ride-hailing': HOP,
  diversified: PARCEL_AND_CLOUD,
};

const SUMMARIES: Record<ExampleId, string> = {
  clearview:
    'A B2B analytics SaaS serving plug-and-play product teams, data-messy mid-market companies and compliance-heavy regulated firms.',
  ecommerce:
    'An online coffee roaster serving weekly subscribers, bulk buyers, promo-driven shoppers and VIP collectors side by side.',
  clinic:
    'A family practice with reliable patients, frequent no-shows, high-acuity chronic patients and anxious question-askers, where insurers often pay.',
  'ride-hailing':
    'A multi-sided ride-hailing platform that needs riders and drivers in balance, and is testing business accounts.',
  diversified:
    'An online retailer that also sells cloud computing to software teams, and is testing fulfilment for independent brands.',
};

/** Every example, Clearview (the original) first. */
export const EXAMPLES: readonly ExampleInfo[] = (
  ['clearview', 'ecommerce', 'clinic', 'ride-hailing', 'diversified'] as const
).map((id) => ({ id, name: SPECS[id].name, summary: SUMMARIES[id] }));

/** A fresh canvas document for one example: new ids from `newNoteId`, every note stamped `now`. */
export function buildExample(id: ExampleId, params: ExampleParams): CanvasDoc {
  return buildFromSpec(SPECS[id], params);
}
