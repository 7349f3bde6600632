// The blocks' line icons, as path data: drawn by BlockIcon, and by the first paint
// (app/first-paint.ts) before React has loaded.
import type { BlockId } from '../domain/blocks';

export const BLOCK_ICON_PATHS: Record<BlockId, string> = {
  'key-partners': 'M8 12l3 3 5-5M3 12a4 4 0 014-4h2l3 3M21 12a4 4 0 00-4-4h-2',
  'key-activities': 'M13 2L4 14h7l-1 8 9-12h-7z',
  'key-resources': 'M4 7h16v12H4zM9 7V4h6v3M4 12h16',
  'value-propositions': 'M12 3l8 6-8 12L4 9zM4 9h16M12 3v18',
  'customer-relationships': 'M12 21s-8-5-8-11a4.5 4.5 0 018-3 4.5 4.5 0 018 3c0 6-8 11-8 11z',
  channels: 'M3 12h13M12 6l6 6-6 6M21 4v16',
  'customer-segments':
    'M9 11a3 3 0 100-6 3 3 0 000 6zM3 20a6 6 0 0112 0M17 11a3 3 0 100-6M21 20a6 6 0 00-4-5.6',
  'cost-structure': 'M4 6h16v12H4zM4 10h16M8 15h3',
  'revenue-streams': 'M3 17l6-6 4 4 8-8M15 7h6v6',
};
