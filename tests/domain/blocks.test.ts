// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, BLOCK_ORDER, BLOCKS, blockTitle, type BlockId } from '../../src/domain/blocks';
import { BlockIdSchema } from '../../src/domain/block-id.schema';

const EXPECTED_TITLES: Record<BlockId, string> = {
  'key-partners': 'Key Partners',
  'key-activities': 'Key Activities',
  'key-resources': 'Key Resources',
  'value-propositions': 'Value Propositions',
  'customer-relationships': 'Customer Relationships',
  channels: 'Channels',
  'customer-segments': 'Customer Segments',
  'cost-structure': 'Cost Structure',
  'revenue-streams': 'Revenue Streams',
};

describe('the nine blocks', () => {
  it('has exactly nine distinct block ids, in the standard reading order', () => {
    expect(BLOCK_IDS).toEqual([
      'key-partners',
      'key-activities',
      'key-resources',
      'value-propositions',
      'customer-relationships',
      'channels',
      'customer-segments',
      'cost-structure',
      'revenue-streams',
    ]);
    expect(new Set(BLOCK_IDS).size).toBe(9);
    expect(BLOCK_ORDER).toEqual(BLOCK_IDS);
  });

  it('describes every block, and only those, under its own id', () => {
    expect(Object.keys(BLOCKS).sort()).toEqual([...BLOCK_IDS].sort());
    for (const id of BLOCK_IDS) expect(BLOCKS[id].id).toBe(id);
  });

  it.each(BLOCK_IDS)('gives %s its canvas title', (id) => {
    expect(BLOCKS[id].title).toBe(EXPECTED_TITLES[id]);
    expect(blockTitle(id)).toBe(EXPECTED_TITLES[id]);
  });

  it.each(BLOCK_IDS)('gives %s a description, guidance questions and a grid area', (id) => {
    const info = BLOCKS[id];
    expect(info.description.trim()).not.toBe('');
    expect(info.questions.length).toBeGreaterThan(0);
    for (const q of info.questions) expect(q.trim()).toMatch(/\?$/);
    expect(new Set(info.questions).size).toBe(info.questions.length);
    expect(info.area).toMatch(/^[a-z]+$/);
  });

  it('places every block in its own grid area', () => {
    const areas = BLOCK_IDS.map((id) => BLOCKS[id].area);
    expect(new Set(areas).size).toBe(9);
  });

  it('asks the Customer Segments questions word for word', () => {
    expect(BLOCKS['customer-segments'].questions).toEqual([
      'For whom are we creating value?',
      'Who are our most important customers?',
      'What are their characteristics, needs and behaviours?',
      'What jobs are they trying to get done?',
      'What pains do they experience?',
      'What gains do they seek?',
    ]);
  });

  it('accepts the nine ids and rejects anything else, naming the bad value', () => {
    for (const id of BLOCK_IDS) expect(BlockIdSchema.parse(id)).toBe(id);
    const bad = BlockIdSchema.safeParse('Partners');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('"Partners" is not one of the nine blocks');
  });
});
