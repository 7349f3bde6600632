// Old data always opens: an export from every schema version ever released imports, with its
// content. Adding a schema version needs a fixture here (the last test says so).
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { readExportText } from '../../src/export/import-reader';

const fixtures = import.meta.glob<string>('../fixtures/export-v*.ninefold.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const byVersion = new Map(
  Object.entries(fixtures).map(([path, text]) => [Number(/export-v(\d+)\./.exec(path)![1]), text]),
);

function read(version: number) {
  const result = readExportText(byVersion.get(version)!);
  if (!result.ok) throw new Error(`${result.reason} ${result.problems.join('; ')}`);
  const { doc } = result.canvases[0]!;
  const segment = doc.notes.find((n) => n.id === 'note_seg')!;
  const vp = doc.notes.find((n) => n.id === 'note_vp')!;
  return { doc, segment, vp };
}

describe('exports from every schema version', () => {
  it('has a fixture for every version from 1 to the current one', () => {
    expect([...byVersion.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1),
    );
  });

  it.each([...byVersion.keys()])(
    'version %i imports at the current version, its notes and links intact',
    (version) => {
      const { doc, segment, vp } = read(version);
      expect(doc.canvas.schemaVersion).toBe(CURRENT_VERSION);
      expect(segment.text).toBe('Small bakeries');
      expect(vp.text).toBe('Fresh flour, delivered daily');
      expect(vp.segmentIds).toEqual(['note_seg']);
      expect(doc.canvas.differences).toEqual([]);
      expect(segment.segment).toBeDefined();
    },
  );

  it.each([2, 3, 4])('version %i keeps the segment profile', (version) => {
    const { doc, segment } = read(version);
    expect(doc.canvas.weights.reach).toBe(2);
    expect(segment.segment).toMatchObject({
      description: 'Bakeries with one shop',
      archetype: 'niche-market',
      size: { count: 1200, unit: 'bakeries', currency: 'EUR' },
      jobs: [{ id: 'j1', text: 'Bake fresh bread daily' }],
      personas: [{ name: 'Marie, baker' }],
    });
  });

  it.each([3, 4])('version %i keeps evidence, metrics, review and playbook', (version) => {
    const { segment } = read(version);
    expect(segment.segment).toMatchObject({
      validation: { status: 'testing' },
      evidence: [{ summary: 'Six of eight bakers order by phone', about: 'j1' }],
      metrics: [{ kind: 'customers', values: [{ value: 12 }, { value: 15 }] }],
      review: { nextReviewOn: '2026-12-15' },
      playbook: { onboarding: [{ text: 'Tasting visit' }], serviceLevels: 'Delivery before 5 am' },
    });
  });

  it('version 4 keeps the vote rounds', () => {
    expect(read(4).doc.canvas.votes).toEqual([
      expect.objectContaining({ block: 'customer-segments', dots: 3, counts: { note_seg: 5 } }),
    ]);
  });

  it('versions 1 and 2 come without part 2: it is added empty', () => {
    for (const version of [1, 2]) {
      const { doc, segment } = read(version);
      expect(segment.segment?.evidence).toEqual([]);
      expect(segment.segment?.validation.status).toBe('hypothesis');
      expect(doc.canvas.votes).toEqual([]);
    }
  });
});
