// Typing in one note must re-render that note only: not the nine blocks, not the other notes.
import { act, render, screen } from '@testing-library/react';
import {
  Profiler,
  type ComponentProps,
  type ProfilerOnRenderCallback,
  type ReactNode,
} from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_IDS, type BlockId } from '../../../src/domain/blocks';
import type * as BlockPanelModule from '../../../src/features/canvas/BlockPanel';
import { CanvasBoard } from '../../../src/features/canvas/CanvasBoard';
import type * as NoteCardModule from '../../../src/features/canvas/NoteCard';
import { actions, loadDoc, makeDoc } from '../../factories';

/** Renders of each BlockPanel (by block) and each NoteCard (by note id). */
const renders = vi.hoisted(() => ({
  panels: new Map<string, number>(),
  cards: new Map<string, number>(),
}));

/**
 * The real component's render function, run inside a counting component with the same memo:
 * it renders exactly when the real one would, whether its props or its store slice changed.
 */
async function counted<P extends object>(
  component: unknown,
  name: string,
  key: (props: P) => string,
  into: Map<string, number>,
) {
  const { memo } = await import('react');
  const memoised = component as { type?: unknown; compare?: ((a: P, b: P) => boolean) | null };
  const render = memoised.type;
  if (typeof render !== 'function') throw new Error(`${name} is no longer a memo component`);
  const Counted = (props: P): ReactNode => {
    into.set(key(props), (into.get(key(props)) ?? 0) + 1);
    return (render as (p: P) => ReactNode)(props);
  };
  Counted.displayName = `Counted(${name})`;
  return memo(Counted, memoised.compare ?? undefined);
}

vi.mock('../../../src/features/canvas/BlockPanel', async (importOriginal) => {
  const real = await importOriginal<typeof BlockPanelModule>();
  type Props = ComponentProps<typeof real.BlockPanel>;
  return {
    ...real,
    BlockPanel: await counted<Props>(real.BlockPanel, 'BlockPanel', (p) => p.block, renders.panels),
  };
});

vi.mock('../../../src/features/canvas/NoteCard', async (importOriginal) => {
  const real = await importOriginal<typeof NoteCardModule>();
  type Props = ComponentProps<typeof real.NoteCard>;
  return {
    ...real,
    NoteCard: await counted<Props>(real.NoteCard, 'NoteCard', (p) => p.note.id, renders.cards),
  };
});

const commits: { id: string; phase: string }[] = [];
const onRender: ProfilerOnRenderCallback = (id, phase) => commits.push({ id, phase });

function resetCounts() {
  renders.panels.clear();
  renders.cards.clear();
  commits.length = 0;
}

const panelRenders = (block: BlockId) => renders.panels.get(block) ?? 0;
const cardRenders = (noteId: string) => renders.cards.get(noteId) ?? 0;

function setup() {
  const doc = loadDoc(
    makeDoc({
      blocks: { channels: 3, 'value-propositions': 2, 'customer-segments': 2, 'cost-structure': 1 },
    }),
  );
  actions().setStorage({ phase: 'ready' });
  render(
    <Profiler id="board" onRender={onRender}>
      <CanvasBoard canvasId={doc.canvas.id} />
    </Profiler>,
  );
  return doc;
}

beforeEach(() => {
  resetCounts();
});

describe('CanvasBoard render counts', () => {
  it('renders the nine blocks and every note once to start with', () => {
    const doc = setup();
    for (const block of BLOCK_IDS) expect(panelRenders(block), block).toBe(1);
    for (const note of doc.notes) expect(cardRenders(note.id), note.text).toBe(1);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(9);
    expect(screen.getByText('channels 2')).toBeInTheDocument();
  });

  it('re-renders only the edited note’s card when its text changes', () => {
    const doc = setup();
    const target = doc.notes.find((n) => n.text === 'channels 2')!;
    resetCounts();

    act(() => {
      actions().setNoteText(target.id, 'Channels, rewritten', 'typing');
    });

    expect(screen.getByText('Channels, rewritten')).toBeInTheDocument();
    expect(screen.queryByText('channels 2')).not.toBeInTheDocument();
    for (const block of BLOCK_IDS) expect(panelRenders(block), block).toBe(0);
    expect(cardRenders(target.id)).toBe(1);
    for (const note of doc.notes)
      if (note.id !== target.id) expect(cardRenders(note.id), note.text).toBe(0);
    // One commit for the whole board, and it was an update.
    expect(commits).toEqual([{ id: 'board', phase: 'update' }]);
  });

  it('keeps the blocks still over a whole typing session', () => {
    const doc = setup();
    const target = doc.notes.find((n) => n.block === 'cost-structure')!;
    resetCounts();
    const typed = 'Hosting costs';
    for (let i = 1; i <= typed.length; i++) {
      act(() => {
        actions().setNoteText(target.id, typed.slice(0, i), 'typing');
      });
    }
    expect(screen.getByText(typed)).toBeInTheDocument();
    for (const block of BLOCK_IDS) expect(panelRenders(block), block).toBe(0);
    expect(cardRenders(target.id)).toBe(typed.length);
    expect([...renders.cards.keys()]).toEqual([target.id]);
  });

  it('re-renders only the recoloured note’s card', () => {
    const doc = setup();
    const target = doc.notes.find((n) => n.block === 'customer-segments')!;
    resetCounts();
    act(() => {
      actions().recolourNote(target.id, 'green');
    });
    for (const block of BLOCK_IDS) expect(panelRenders(block), block).toBe(0);
    expect([...renders.cards.entries()]).toEqual([[target.id, 1]]);
  });

  // The counters can see block renders: a change to a block's list re-renders that block alone.
  it('re-renders only the block whose list changed when a note is added', () => {
    const doc = setup();
    resetCounts();
    act(() => {
      actions().addNote(doc.canvas.id, 'channels', { text: 'Partner resellers' });
    });
    expect(screen.getByText('Partner resellers')).toBeInTheDocument();
    expect(panelRenders('channels')).toBeGreaterThan(0);
    for (const block of BLOCK_IDS)
      if (block !== 'channels') expect(panelRenders(block), block).toBe(0);
  });

  it('re-renders only the two blocks involved when a note moves between them', () => {
    const doc = setup();
    const moving = doc.notes.find((n) => n.block === 'channels')!;
    resetCounts();
    act(() => {
      actions().moveNote(moving.id, 'cost-structure', 0);
    });
    const touched: BlockId[] = ['channels', 'cost-structure'];
    for (const block of touched) expect(panelRenders(block), block).toBeGreaterThan(0);
    for (const block of BLOCK_IDS)
      if (!touched.includes(block)) expect(panelRenders(block), block).toBe(0);
  });
});
