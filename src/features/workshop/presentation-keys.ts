// The presentation's keys, as shown in the "?" list (the handler is in PresentationView.tsx).
export const PRESENTATION_KEYS: readonly { keys: string[]; label: string }[] = [
  { keys: ['→', '↓', 'Page Down', 'Space'], label: 'Next step (the next block)' },
  { keys: ['←', '↑', 'Page Up'], label: 'Previous step' },
  { keys: ['Home'], label: 'The whole canvas' },
  { keys: ['F'], label: 'Full screen' },
  { keys: ['T'], label: 'Start or pause the timer (five minutes if none is set)' },
  { keys: ['V'], label: 'Open a vote on the block in focus, or close it' },
  { keys: ['Esc'], label: 'Leave the presentation' },
];
