// The app's start (src/app/start.tsx) over a first paint: it takes the drawing over when the store
// holds what was drawn, and draws the page anew when it does not.
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFirstPaint, drawableDoc } from '../../src/app/first-paint';
import { start } from '../../src/app/start';
import type { CanvasDoc } from '../../src/domain/canvas.schema';
import { createDatabase } from '../../src/persistence/db';
import { matchRoute } from '../../src/ui/routes';
import { makeDoc, stubMatchMedia, useCurrentIndexedDb } from '../factories';

async function seed(doc: CanvasDoc): Promise<void> {
  const db = createDatabase();
  await db.open();
  await db.canvases.put(doc.canvas);
  await db.notes.bulkPut(doc.notes);
  db.close();
}

/** The page as loaded at the canvas's address: the first paint drawn, inert, as main.tsx does. */
function firstPaint(doc: CanvasDoc): HTMLElement {
  window.history.replaceState(null, '', `/canvas/${doc.canvas.id}`);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  root.append(
    buildFirstPaint(
      drawableDoc({ canvasId: doc.canvas.id, canvasRow: doc.canvas, noteRows: doc.notes })!,
    ),
  );
  root.inert = true;
  root.querySelectorAll('[data-note-id]').forEach((n) => n.setAttribute('data-drawn-first', ''));
  return root;
}

beforeEach(() => {
  useCurrentIndexedDb();
  stubMatchMedia();
});
afterEach(() => {
  document.getElementById('root')?.remove();
  window.history.replaceState(null, '', '/');
});

describe('the app over a first paint', () => {
  it('takes the drawing over, element for element, and lets the page be used', async () => {
    const doc = makeDoc({ blocks: { channels: 3, 'key-partners': 2 } });
    await seed(doc);
    const root = firstPaint(doc);
    const warn = vi.spyOn(console, 'warn');
    await act(async () => start(root, matchRoute(window.location.pathname)));
    await waitFor(() => expect(root.inert).toBe(false));
    expect(root.querySelectorAll('[data-note-id]')).toHaveLength(5);
    expect(root.querySelectorAll('[data-note-id]:not([data-drawn-first])')).toHaveLength(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('draws the page anew when the store does not hold what was drawn (a row zod rejects)', async () => {
    const doc = makeDoc({ blocks: { channels: 3 } });
    // Drawn by the first paint, which checks rows only as far as it draws them: an order string
    // longer than the schema allows.
    doc.notes[1]!.order = 'a'.repeat(300);
    await seed(doc);
    const root = firstPaint(doc);
    const warn = vi.spyOn(console, 'warn');
    await act(async () => start(root, matchRoute(window.location.pathname)));
    await waitFor(() => expect(root.inert).toBe(false));
    // The two readable notes, drawn anew, and the notice of the one that could not be read.
    await waitFor(() => expect(root.querySelectorAll('[data-note-id]')).toHaveLength(2));
    expect(root.querySelectorAll('[data-drawn-first]')).toHaveLength(0);
    expect(root.textContent).toMatch(/could not be read/);
    expect(warn).not.toHaveBeenCalled();
  });
});
