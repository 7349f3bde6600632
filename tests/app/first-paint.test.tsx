// The first paint (src/app/first-paint.ts) draws a canvas before React has loaded; the app then
// hydrates that drawing. Both must give the same markup, or the canvas would change under the
// reader's eyes, and the app would throw the drawing away. Held here for canvases of every shape.
import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import {
  buildFirstPaint,
  drawableDoc,
  FIRST_PAINT_MAX_NOTES,
  showFirstPaint,
} from '../../src/app/first-paint';
import type { CanvasDoc, Note } from '../../src/domain/canvas.schema';
import { emptySegment } from '../../src/domain/segment.schema';
import { writeExitJournal } from '../../src/persistence/exit-journal';
import type { RawFirstRead } from '../../src/persistence/first-rows';
import { useNinefold } from '../../src/store/index';
import { actions, loadDoc, makeDoc, makeNote, stubMatchMedia } from '../factories';

/** A canvas with a bit of everything the board shows. */
function busyDoc(): CanvasDoc {
  const doc = makeDoc({
    canvas: { name: 'Tea <b>club</b> & co' },
    blocks: { 'key-partners': 3, channels: 1, 'cost-structure': 2 },
  });
  const c = doc.canvas.id;
  const segA = makeNote({
    canvasId: c,
    block: 'customer-segments',
    text: 'Busy parents',
    order: 'a0',
    segment: emptySegment('crimson'),
  });
  const segB = makeNote({
    canvasId: c,
    block: 'customer-segments',
    text: '   ',
    order: 'a1',
    segment: emptySegment('indigo'),
  });
  const odd = makeNote({
    canvasId: c,
    block: 'customer-segments',
    id: 'note_odd"] x{}',
    text: 'Odd id',
    order: 'a2',
    segment: emptySegment('teal'),
  });
  const notes: Note[] = [
    segA,
    segB,
    odd,
    makeNote({ canvasId: c, block: 'value-propositions', text: '', order: 'a0' }),
    makeNote({
      canvasId: c,
      block: 'value-propositions',
      text: 'x'.repeat(400),
      colour: 'pink',
      order: 'a1',
      segmentIds: [segA.id, odd.id],
    }),
    makeNote({
      canvasId: c,
      block: 'revenue-streams',
      text: 'Subscriptions',
      pricing: 'subscription',
      segmentIds: [segB.id],
    }),
    makeNote({
      canvasId: c,
      block: 'revenue-streams',
      text: 'Tips',
      order: 'a1',
      pricing: 'per-usage',
    }),
    makeNote({
      canvasId: c,
      block: 'channels',
      text: 'مرحبا <script>alert(1)</script>',
      order: 'a5',
    }),
    // Same order key as the note before it: the id decides.
    makeNote({ canvasId: c, block: 'channels', text: 'Tied', order: 'a5', id: 'note_0tied' }),
  ];
  return { ...doc, notes: [...doc.notes, ...notes] };
}

const emptyDoc = () => makeDoc({ canvas: { name: '' } });

const raw = (doc: CanvasDoc): RawFirstRead => ({
  canvasId: doc.canvas.id,
  canvasRow: structuredClone(doc.canvas),
  noteRows: structuredClone(doc.notes),
});

/** The first paint's drawing of `doc`, through the same checks as in the page. */
function drawn(doc: CanvasDoc): HTMLElement {
  const drawable = drawableDoc(raw(doc));
  expect(drawable).not.toBeNull();
  return buildFirstPaint(drawable!);
}

/** The app's first render of `doc`, as it shows at start-up: loaded, nothing done yet. */
async function rendered(doc: CanvasDoc): Promise<HTMLElement> {
  loadDoc(doc);
  actions().setStorage({ phase: 'ready', mode: 'indexeddb' });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
  const html = container.firstElementChild as HTMLElement;
  const copy = html.cloneNode(true) as HTMLElement;
  act(() => root.unmount());
  container.remove();
  return copy;
}

/** Markup to compare: attributes sorted; the drag layer, loaded after the first paint, left out. */
function markup(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[id^="DndDescribedBy"], [id^="DndLiveRegion"]').forEach((e) => e.remove());
  copy.querySelector('[data-drag-state]')?.setAttribute('data-drag-state', 'loading');
  const walk = (node: Node, depth: number): string => {
    if (node.nodeType === Node.TEXT_NODE) return `${'  '.repeat(depth)}"${node.textContent}"\n`;
    if (!(node instanceof Element)) return '';
    const attributes = [...node.attributes]
      .filter((a) => a.name !== 'inert')
      // A style as the browser reads it: React writes it one way, the DOM gives it back another.
      .map((a) =>
        a.name === 'style'
          ? `style="${(node as HTMLElement).style.cssText}"`
          : `${a.name}="${a.value}"`,
      )
      .sort()
      .join(' ');
    const value = node instanceof HTMLInputElement ? ` value="${node.value}"` : '';
    return (
      `${'  '.repeat(depth)}<${node.tagName.toLowerCase()} ${attributes}${value}>\n` +
      [...node.childNodes].map((child) => walk(child, depth + 1)).join('')
    );
  };
  return walk(copy, 0);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  stubMatchMedia();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
  window.__ninefoldFirstRead = undefined;
});

describe('the first paint', () => {
  for (const [name, make] of [
    ['an empty canvas', emptyDoc],
    ['a canvas with segments, links, pricing, long, empty and right-to-left notes', busyDoc],
  ] as const) {
    it(`draws ${name} as the app first renders it`, async () => {
      const doc = make();
      window.history.replaceState(null, '', `/canvas/${doc.canvas.id}`);
      expect(markup(drawn(doc))).toBe(markup(await rendered(doc)));
    });

    it(`is taken over by the app for ${name}, element for element`, async () => {
      const doc = make();
      window.history.replaceState(null, '', `/canvas/${doc.canvas.id}`);
      const container = document.createElement('div');
      document.body.append(container);
      container.append(drawn(doc));
      const notes = [...container.querySelectorAll('[data-note-id]')];
      loadDoc(doc);
      actions().setStorage({ phase: 'ready', mode: 'indexeddb' });
      const errors = vi.fn();
      // React, in development, reports attributes that differ (which it would leave as drawn).
      const consoleError = vi.spyOn(console, 'error');
      const root = await act(async () =>
        hydrateRoot(
          container,
          <StrictMode>
            <App />
          </StrictMode>,
          { onRecoverableError: errors },
        ),
      );
      expect(errors).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      // The same elements: adopted, not drawn again.
      expect([...container.querySelectorAll('[data-note-id]')]).toEqual(notes);
      act(() => root.unmount());
      container.remove();
    });
  }

  it('shows user text as text', () => {
    const page = drawn(busyDoc());
    expect(page.querySelector('script, b')).toBeNull();
    expect(page.querySelector<HTMLInputElement>('.canvas-name')?.value).toBe(
      'Tea <b>club</b> & co',
    );
    expect(page.textContent).toContain('<script>alert(1)</script>');
  });

  it('draws nothing for rows it does not draw as this build writes them', () => {
    const doc = busyDoc();
    const broken = (change: (r: RawFirstRead) => void) => {
      const rows = raw(doc);
      change(rows);
      return drawableDoc(rows);
    };
    const notes = (r: RawFirstRead) => r.noteRows as Record<string, unknown>[];
    const canvas = (r: RawFirstRead) => r.canvasRow as Record<string, unknown>;
    expect(broken(() => {})).not.toBeNull();
    expect(broken((r) => (canvas(r).schemaVersion = 3))).toBeNull();
    expect(broken((r) => (canvas(r).trashedAt = 5))).toBeNull();
    expect(broken((r) => (canvas(r).name = 7))).toBeNull();
    expect(broken((r) => (r.canvasRow = null))).toBeNull();
    expect(broken((r) => (notes(r)[0]!.text = { html: '<b>' }))).toBeNull();
    // What the schemas would refuse and the app then leave out: too long, no timestamps.
    expect(broken((r) => (notes(r)[0]!.text = 'x'.repeat(2001)))).toBeNull();
    expect(broken((r) => delete notes(r)[0]!.createdAt)).toBeNull();
    expect(broken((r) => (canvas(r).name = 'x'.repeat(121)))).toBeNull();
    expect(broken((r) => (notes(r)[0]!.colour = 'red; background:url(x)'))).toBeNull();
    expect(broken((r) => (notes(r)[0]!.block = 'elsewhere'))).toBeNull();
    expect(broken((r) => (notes(r)[0]!.segmentIds = [1]))).toBeNull();
    expect(broken((r) => (notes(r)[0]!.canvasId = 'another'))).toBeNull();
    // A segment the app would give a profile (and a colour) of its own as it loads it.
    const segment = doc.notes.findIndex((n) => n.block === 'customer-segments');
    expect(broken((r) => delete notes(r)[segment]!.segment)).toBeNull();
  });

  it('waits for unsaved records of an earlier page, and for a root the app has drawn in', async () => {
    const doc = emptyDoc();
    const root = document.createElement('div');
    window.__ninefoldFirstRead = Promise.resolve(raw(doc));
    writeExitJournal('page_1', { canvases: [], notes: [], removedNotes: [] });
    expect(await showFirstPaint(root, doc.canvas.id)).toBe(false);
    localStorage.clear();
    root.append(document.createElement('main'));
    expect(await showFirstPaint(root, doc.canvas.id)).toBe(false);
    expect(root.children).toHaveLength(1);
  });

  it('leaves a canvas of more than 2,000 notes to the app', async () => {
    const doc = makeDoc({ blocks: { channels: FIRST_PAINT_MAX_NOTES + 1 } });
    const root = document.createElement('div');
    window.__ninefoldFirstRead = Promise.resolve(raw(doc));
    expect(await showFirstPaint(root, doc.canvas.id)).toBe(false);
    expect(root.children).toHaveLength(0);
    doc.notes.pop();
    window.__ninefoldFirstRead = Promise.resolve(raw(doc));
    expect(await showFirstPaint(root, doc.canvas.id)).toBe(true);
  });

  it('draws the canvas inert, names the tab, and says when it has been painted', async () => {
    const doc = busyDoc();
    const root = document.createElement('div');
    window.__ninefoldFirstRead = Promise.resolve(raw(doc));
    expect(await showFirstPaint(root, doc.canvas.id)).toBe(true);
    expect(root.inert).toBe(true);
    expect(root.querySelectorAll('[data-note-id]')).toHaveLength(doc.notes.length);
    expect(document.title).toBe('Tea <b>club</b> & co · Ninefold');
    expect(useNinefold.getState().canvases).toEqual({});
  });
});
