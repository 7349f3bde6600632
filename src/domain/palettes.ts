// The fixed choices a note shows: its colour, its segment's colour, a revenue note's pricing model.
// Free of zod, for the first paint (app/first-paint.ts); the schemas build their enums from these.

export const NOTE_COLOURS = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange'] as const;

export const SEGMENT_COLOURS = [
  'teal',
  'crimson',
  'indigo',
  'amber',
  'olive',
  'magenta',
  'slate',
  'brown',
] as const;

export const PRICING_MODELS = [
  { id: 'per-seat', label: 'Per seat', hint: 'A price for each user.' },
  { id: 'per-usage', label: 'Per usage', hint: 'Pay for what is used.' },
  { id: 'per-outcome', label: 'Per outcome', hint: 'Pay for results achieved.' },
  { id: 'per-contract', label: 'Per contract', hint: 'A negotiated contract.' },
  { id: 'per-tier', label: 'Per tier', hint: 'Packages at fixed price points.' },
  { id: 'subscription', label: 'Subscription', hint: 'A recurring fee.' },
  { id: 'one-time', label: 'One-time', hint: 'Paid once.' },
] as const;
