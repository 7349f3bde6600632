// A block id, validated. zod/mini: the same validation at a fraction of the bundle of zod's full
// namespace.
import * as z from 'zod/mini';
import { BLOCK_IDS } from './blocks';

export const BlockIdSchema = z.enum(BLOCK_IDS, {
  error: (issue) => `${JSON.stringify(issue.input)} is not one of the nine blocks`,
});
