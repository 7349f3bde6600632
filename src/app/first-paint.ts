// The first paint: the canvas the page opens on, drawn with the DOM's own API as soon as its rows
// have been read, while React and the app's code are still loading. It is the canvas as the app's
// first render shows it (tests/app/first-paint.test.tsx holds the two to the same markup), inert
// until the app has loaded and hydrated it: taken its very elements over (start.tsx).
//
// Why: on a cold start the app's code (about 130 KB gzip) takes longer to load, compile and run
// its first render than reading the canvas does; drawing the canvas first shows it sooner (README,
// "The first paint"). So this module, and all it imports, stays small and free of zod,
// React and the store: it checks the rows only as far as it draws them, and draws nothing when a
// row is not as this build writes it (the app then says what is wrong). User text is only ever
// set as text (text nodes, property values), never parsed as HTML.
import { BLOCK_IDS, BLOCKS, type BlockId } from '../domain/blocks';
import { compareOrder } from '../domain/order';
import { NOTE_COLOURS, PRICING_MODELS, SEGMENT_COLOURS } from '../domain/palettes';
import { segmentName } from '../domain/segment-name';
import { CANVAS_NAME_MAX, NOTE_TEXT_MAX } from '../domain/limits';
import { CURRENT_VERSION } from '../domain/version';
import {
  NOTE_INSTRUCTIONS_ID,
  noteBodyClass,
  noteDescribedBy,
  noteEmptyLabel,
  notePricing,
  noteSegmentTokens,
  noteSlotClass,
  SCREEN_READER_INSTRUCTIONS,
  segmentLegendCss,
  segmentMarksLabelledBy,
  segmentNameId,
  type NoteLook,
} from '../features/canvas/note-markup';
import { LENS_ID, SEGMENT_TOOLS_MENU_ID } from '../features/segments/tool-ids';
import { hasExitJournals } from '../persistence/exit-journal-keys';
import { peekFirstRows, type RawFirstRead } from '../persistence/first-rows';
import { plural } from '../ui/format';
import { BLOCK_ICON_PATHS } from '../ui/icon-paths';

type Child = Node | string | null | false | undefined;
type Attributes = Record<string, string | undefined>;

/** An element with attributes (undefined ones left out) and children (strings as text). */
function h(tag: string, attributes: Attributes | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {}))
    if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

function blockIcon(block: BlockId): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const attributes: Attributes = {
    class: 'block-icon',
    viewBox: '0 0 24 24',
    width: '18',
    height: '18',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.8',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
  };
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value!);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', BLOCK_ICON_PATHS[block]);
  svg.append(path);
  return svg;
}

/** A note as NoteCard renders it when it is neither armed nor edited. */
function noteItem(note: NoteLook): HTMLElement {
  const pricing = notePricing(note);
  const marks =
    note.segmentIds.length > 0 &&
    h(
      'span',
      { class: 'note__segments', role: 'img', 'aria-labelledby': segmentMarksLabelledBy(note) },
      ...note.segmentIds.map((id) => h('span', { class: 'segment-mark', 'data-segment': id })),
    );
  return h(
    'li',
    {
      class: noteSlotClass(note),
      'data-note-id': note.id,
      'data-segments': noteSegmentTokens(note),
    },
    h(
      'div',
      {
        role: 'button',
        tabindex: '0',
        'aria-roledescription': 'note',
        'aria-describedby': noteDescribedBy(note),
        class: noteBodyClass(note),
        dir: 'auto',
        'aria-label': noteEmptyLabel(note),
      },
      note.text,
    ),
    pricing
      ? h(
          'div',
          { class: 'note__marks' },
          marks,
          h('span', { class: 'note__pricing' }, pricing.label),
        )
      : marks,
  );
}

/** A block as BlockPanel renders it, guidance closed. */
function block(id: BlockId, notes: readonly NoteLook[]): HTMLElement {
  const info = BLOCKS[id];
  const count = notes.length;
  return h(
    'section',
    {
      class: 'block',
      // As React writes a style (and so as it expects to find it, hydrating).
      style: `grid-area:${info.area}`,
      'aria-labelledby': `block-title-${id}`,
      'data-block': id,
    },
    h(
      'header',
      { class: 'block__header' },
      blockIcon(id),
      h('h2', { class: 'block__title', id: `block-title-${id}` }, info.title),
      h(
        'span',
        { class: 'block__count', title: plural(count, 'note') },
        String(count),
        h('span', { class: 'visually-hidden' }, ' ', count === 1 ? 'note' : 'notes'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button block__guidance-toggle',
          'aria-expanded': 'false',
          'aria-controls': `block-guidance-${id}`,
          'aria-label': `Guidance for ${info.title}`,
          title: 'Show guidance questions',
        },
        '?',
      ),
    ),
    h('div', { class: 'block__guidance', id: `block-guidance-${id}`, hidden: '' }),
    h(
      'ul',
      { class: 'block__notes', 'aria-label': `${info.title} notes`, 'data-drop-zone': id },
      ...notes.map(noteItem),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'button button--quiet block__add',
        'aria-label': `Add note to ${info.title}`,
        'data-add-note': id,
      },
      '+ Add note',
    ),
  );
}

function quietButton(label: string, attributes: Attributes = {}, ...more: Child[]): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'button button--quiet', ...attributes },
    label,
    ...more,
  );
}

/** The header as CanvasHeader renders it, with the tools the app gives it (App.tsx). */
function header(name: string, segments: readonly NoteLook[]): HTMLElement {
  const nameField = h('input', {
    class: 'canvas-name',
    dir: 'auto',
    'aria-label': 'Canvas name',
    maxlength: String(CANVAS_NAME_MAX),
  }) as HTMLInputElement;
  nameField.value = name;
  const lens = h(
    'select',
    {
      id: LENS_ID,
      class: 'field__input lens__select',
      disabled: segments.length === 0 ? '' : undefined,
    },
    h('option', { value: '' }, 'All segments'),
    ...segments.map((s) => h('option', { value: s.id }, segmentName(s.text))),
  );
  return h(
    'header',
    { class: 'canvas-header' },
    h(
      'a',
      { class: 'canvas-header__back', href: '/' },
      h('span', { 'aria-hidden': 'true' }, '←'),
      ' All canvases',
    ),
    h('h1', { class: 'canvas-header__title' }, nameField),
    h(
      'div',
      { class: 'canvas-header__tools', role: 'toolbar', 'aria-label': 'Canvas tools' },
      quietButton('Undo', {
        'aria-disabled': 'true',
        title: 'Undo (Ctrl+Z)',
        'aria-keyshortcuts': 'Control+Z Meta+Z',
      }),
      quietButton('Redo', {
        'aria-disabled': 'true',
        title: 'Redo (Ctrl+Shift+Z)',
        'aria-keyshortcuts': 'Control+Shift+Z Meta+Shift+Z Control+Y',
      }),
      quietButton('Guidance', {
        'aria-pressed': 'false',
        title: "Show or hide every block's guidance questions (G)",
      }),
    ),
    h(
      'div',
      { class: 'canvas-header__more' },
      h(
        'div',
        { class: 'segment-tools', role: 'group', 'aria-label': 'Customer segments' },
        h(
          'div',
          { class: 'lens' },
          h('label', { for: LENS_ID, class: 'lens__label' }, 'Segment lens'),
          lens,
          h('p', { class: 'visually-hidden', 'aria-live': 'polite' }),
        ),
        h(
          'div',
          { class: 'menu-button' },
          quietButton(
            'Segment tools',
            {
              id: `${SEGMENT_TOOLS_MENU_ID}-button`,
              'aria-haspopup': 'menu',
              'aria-expanded': 'false',
            },
            h('span', { class: 'menu-button__arrow', 'aria-hidden': 'true' }, '▾'),
          ),
        ),
      ),
      quietButton('Export', { class: 'button button--quiet export-button' }),
      h(
        'div',
        { class: 'workshop-tools', role: 'group', 'aria-label': 'Workshop' },
        quietButton('Present'),
        quietButton('Open audience window'),
      ),
    ),
  );
}

/**
 * The app's first screen for `doc`, as its first render shows it: the canvas with every note, its
 * header and tools, and the page's footer. The app's first render of the same canvas hydrates it.
 */
export function buildFirstPaint(doc: DrawableDoc): HTMLElement {
  const byBlock = new Map<BlockId, DrawableNote[]>();
  for (const note of [...doc.notes].sort(compareOrder)) {
    const list = byBlock.get(note.block);
    if (list) list.push(note);
    else byBlock.set(note.block, [note]);
  }
  const segments = byBlock.get('customer-segments') ?? [];
  const segmentIds = segments.map((s) => s.id);

  return h(
    'div',
    { class: 'app' },
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    h(
      'div',
      { class: 'canvas-layout' },
      h(
        'main',
        { class: 'canvas-page', id: 'main', tabindex: '-1' },
        header(doc.canvas.name, segments),
        h(
          'style',
          null,
          segmentLegendCss(
            segmentIds,
            segments.map((s) => s.segment?.colour ?? 'teal'),
            null,
          ),
        ),
        h(
          'div',
          { hidden: '' },
          h('span', { id: 'serves-label' }, 'Serves:'),
          ...segments.map((s) => h('span', { id: segmentNameId(s.id) }, segmentName(s.text))),
        ),
        h('p', { id: NOTE_INSTRUCTIONS_ID, hidden: '' }, SCREEN_READER_INSTRUCTIONS),
        h(
          'div',
          { class: 'board-scroller' },
          h(
            'div',
            { class: 'board', 'data-drag-state': 'loading' },
            ...BLOCK_IDS.map((id) => block(id, byBlock.get(id) ?? [])),
          ),
        ),
      ),
    ),
    h(
      'footer',
      { class: 'app-footer' },
      h(
        'p',
        null,
        'Ninefold keeps your canvases in this browser only. The Business Model Canvas is by',
        ' ',
        h('a', { href: 'https://www.strategyzer.com/', rel: 'noreferrer' }, 'Strategyzer AG'),
        ', licensed under',
        ' ',
        h(
          'a',
          { href: 'https://creativecommons.org/licenses/by-sa/3.0/', rel: 'license noreferrer' },
          'CC BY-SA 3.0',
        ),
        '.',
      ),
    ),
    h('div', { class: 'notice-dock__room' }),
    h('div', { class: 'notice-dock' }),
    h('section', {
      class: 'toaster',
      'aria-label': 'Notifications',
      'aria-live': 'polite',
      role: 'status',
    }),
  );
}

/** Resolves just after the next frame has been painted, or after half a second (a hidden tab). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 500);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

/** A note row, checked as far as the first paint draws it. */
type DrawableNote = NoteLook & { order: string };
/** A canvas's rows, checked as far as the first paint draws them. */
export interface DrawableDoc {
  canvas: { name: string };
  notes: DrawableNote[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
const pricingIds = PRICING_MODELS.map((p) => p.id);

function drawableNote(row: unknown, canvasId: string): DrawableNote | null {
  if (!isRecord(row) || row.canvasId !== canvasId) return null;
  const { id, block, text, colour, order, segmentIds, pricing, segment } = row;
  if (typeof id !== 'string' || typeof order !== 'string') return null;
  if (typeof text !== 'string' || text.length > NOTE_TEXT_MAX) return null;
  if (!Number.isInteger(row.createdAt) || !Number.isInteger(row.updatedAt)) return null;
  if (!oneOf(BLOCK_IDS, block) || !oneOf(NOTE_COLOURS, colour)) return null;
  if (!Array.isArray(segmentIds) || !segmentIds.every((s) => typeof s === 'string')) return null;
  if (pricing !== undefined && !oneOf(pricingIds, pricing)) return null;
  // A segment without its profile gets one, in a colour of its own, as the app loads it.
  const segmentColour = isRecord(segment) ? segment.colour : undefined;
  if (block === 'customer-segments' && !oneOf(SEGMENT_COLOURS, segmentColour)) return null;
  return {
    id,
    block,
    text,
    colour,
    order,
    segmentIds: segmentIds as string[],
    pricing: pricing as NoteLook['pricing'],
    segment: oneOf(SEGMENT_COLOURS, segmentColour) ? { colour: segmentColour } : null,
  };
}

/**
 * The rows as far as the first paint draws them, or null when it should draw nothing: a canvas
 * that is not there, deleted, or written by another version of Ninefold, or any note not as this
 * build writes it (the app then leaves it out and says so).
 */
export function drawableDoc(raw: RawFirstRead): DrawableDoc | null {
  const { canvasRow, noteRows, canvasId } = raw;
  if (!isRecord(canvasRow) || canvasRow.id !== canvasId) return null;
  if (canvasRow.schemaVersion !== CURRENT_VERSION || canvasRow.trashedAt !== null) return null;
  const { name } = canvasRow;
  if (typeof name !== 'string' || name.length > CANVAS_NAME_MAX || !Array.isArray(noteRows))
    return null;
  const notes: DrawableNote[] = [];
  for (const row of noteRows as unknown[]) {
    const note = drawableNote(row, canvasId);
    if (!note) return null;
    notes.push(note);
  }
  return { canvas: { name }, notes };
}

/**
 * Past this many notes the first paint draws nothing, and the app paints the canvas itself. Its
 * gain is the app's code loading meanwhile, which does not grow with the canvas; its costs do:
 * drawing every note, then the browser's own task for each note that first comes into view
 * (content-visibility), which runs before the app can take over. Measured (README, "The first
 * paint"): at 1,000 notes the canvas showed 40-50 ms sooner and took input 55-70 ms later (still
 * well before a person can act on what they see); at 5,000 it showed 70 ms sooner and took input
 * 200 ms later.
 */
export const FIRST_PAINT_MAX_NOTES = 2000;

/**
 * Starts the first paint of the canvas `canvasId` in `root`: takes the rows index.html is reading
 * (now, before the app takes them) and draws them, unless the app has drawn something there
 * first. Resolves true once the drawing has been painted; false when nothing was drawn (a tab in
 * the background, no quick read, unsaved records of an earlier page to write first, rows it does
 * not draw, a canvas too big to gain from it).
 */
export function showFirstPaint(root: HTMLElement, canvasId: string): Promise<boolean> {
  // A tab in the background: nobody would see it (and its frames wait).
  if (document.visibilityState === 'hidden' || hasExitJournals()) return Promise.resolve(false);
  return peekFirstRows(canvasId).then(async (raw) => {
    const big = Array.isArray(raw?.noteRows) && raw.noteRows.length > FIRST_PAINT_MAX_NOTES;
    const doc = raw && !big && drawableDoc(raw);
    if (!doc || root.firstChild) return false;
    // Inert until the app has taken it over (start.tsx): a click or key in that moment (a tenth of
    // a second or so) is not taken, rather than taken by an element that cannot act on it yet.
    root.inert = true;
    root.append(buildFirstPaint(doc));
    document.title = `${doc.canvas.name} · Ninefold`;
    await afterNextPaint();
    return true;
  });
}
