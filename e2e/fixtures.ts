// Test drivers that read like a person: "add a note to Channels", "drag it to Customer Segments".
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import {
  test as base,
  expect,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';

/** axe's serious and critical findings on the page as it is, one line each. */
/** The browser will not promise to keep the site's data (as many do): the backup notice comes. */
export async function refuseDurableStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(false) });
    Object.defineProperty(navigator.storage, 'persist', { value: () => Promise.resolve(false) });
  });
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export class CanvasDriver {
  constructor(readonly page: Page) {}

  async home(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Your canvases' })).toBeVisible();
  }

  /** Creates a blank canvas from the home screen and names it. */
  async createCanvas(name: string): Promise<void> {
    await this.home();
    await this.page.getByRole('button', { name: 'New canvas' }).click();
    const nameField = this.page.getByRole('textbox', { name: 'Canvas name' });
    await expect(nameField).toHaveValue('Untitled canvas');
    await nameField.fill(name);
    await nameField.press('Enter');
    await expect(nameField).toHaveValue(name);
  }

  /** "New from example", then the example's name (the picker's first is Clearview Analytics). */
  async createExample(name: string | RegExp = /^Clearview Analytics/): Promise<void> {
    await this.page.getByRole('button', { name: 'New from example' }).click();
    const picker = this.page.getByRole('dialog', { name: 'Start from an example' });
    await picker.getByRole('button', { name }).click();
    await expect(this.page.getByRole('textbox', { name: 'Canvas name' })).toBeVisible();
  }

  block(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  notesList(title: string): Locator {
    return this.block(title).getByRole('list', { name: `${title} notes` });
  }

  /** The note's card (its list item), found by its text. */
  noteItem(text: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: text, exact: true }) });
  }

  /** The focusable note itself: pick it up, edit it, delete it. */
  note(text: string): Locator {
    return this.page.getByRole('button', { name: text, exact: true });
  }

  async addNote(blockTitle: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add note to ${blockTitle}` }).click();
    const editor = this.page.getByRole('textbox', { name: 'Note text' });
    await expect(editor).toBeFocused();
    await editor.fill(text);
    await editor.press('Control+Enter');
    await expect(this.note(text)).toBeVisible();
  }

  async editNote(from: string, to: string): Promise<void> {
    await this.note(from).dblclick();
    const editor = this.page.getByRole('textbox', { name: 'Note text' });
    await editor.fill(to);
    await editor.press('Control+Enter');
    await expect(this.note(to)).toBeVisible();
  }

  async recolourNote(text: string, colour: string): Promise<void> {
    const item = this.noteItem(text);
    await item.hover();
    await item.getByRole('button', { name: /^Colour:/ }).click();
    await item.getByRole('button', { name: colour, exact: true }).click();
    await expect(item.getByRole('button', { name: `Colour: ${colour}` })).toBeVisible();
  }

  /** Note texts of a block, in order. */
  async notesIn(blockTitle: string): Promise<string[]> {
    const texts = await this.notesList(blockTitle).getByRole('listitem').allInnerTexts();
    return texts.map((t) => t.trim());
  }

  async expectNotes(blockTitle: string, texts: string[]): Promise<void> {
    await expect.poll(() => this.notesIn(blockTitle)).toEqual(texts);
  }

  /**
   * Like expectNotes, for a block longer than the screen: notes out of view are not rendered
   * (content-visibility), so their inner text is empty; their text content is not.
   */
  async expectLongBlock(blockTitle: string, texts: string[]): Promise<void> {
    const items = this.notesList(blockTitle).getByRole('listitem');
    await expect
      .poll(async () => (await items.allTextContents()).map((t) => t.trim()))
      .toEqual(texts);
  }

  /**
   * Reloads the page and waits until the app is ready. Edits from before are in IndexedDB then:
   * one made just before a reload is written at the next start instead (and that start has no
   * first paint).
   */
  async reloadSaved(): Promise<void> {
    await this.page.reload();
    await expect(this.board()).toHaveAttribute('data-drag-state', 'idle');
  }

  private board(): Locator {
    // The board exposes its drag state as a data attribute so tests wait instead of sleeping.
    return this.page.locator('[data-drag-state]');
  }

  /** A stepped pointer drag, as a hand would do it. */
  async dragNote(
    text: string,
    target: Locator,
    part: 'centre' | 'upper' | 'lower' = 'centre',
  ): Promise<void> {
    const source = this.note(text);
    // Notes can be picked up once the drag layer has loaded, just after the first paint.
    await expect(this.board()).toHaveAttribute('data-drag-state', 'idle');
    await source.scrollIntoViewIfNeeded();
    const from = (await source.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, {
      steps: 3,
    });
    await expect(this.board()).toHaveAttribute('data-drag-state', 'dragging');
    const to = (await target.boundingBox())!;
    const y = to.y + to.height * (part === 'upper' ? 0.2 : part === 'lower' ? 0.8 : 0.5);
    // The note was grabbed at its centre, so its centre follows the pointer.
    await this.page.mouse.move(to.x + to.width / 2, y, { steps: 15 });
    await this.page.mouse.move(to.x + to.width / 2 + 1, y + 1, { steps: 2 });
    await this.page.mouse.up();
    await expect(this.board()).toHaveAttribute('data-drag-state', 'idle');
  }

  /** Keyboard drag: focus the note, Space to pick up, the given keys, then Space (or Escape). */
  async keyboardMove(
    text: string,
    keys: string[],
    finish: 'Space' | 'Escape' = 'Space',
  ): Promise<void> {
    const note = this.note(text);
    await expect(this.board()).toHaveAttribute('data-drag-state', 'idle');
    await note.focus();
    await this.page.keyboard.press('Space');
    await expect(this.board()).toHaveAttribute('data-drag-state', 'dragging');
    for (const key of keys) {
      // A person's pace: dnd-kit starts listening for keys a tick after the pick-up.
      await this.page.waitForTimeout(100);
      await this.page.keyboard.press(key);
    }
    await this.page.waitForTimeout(100);
    await this.page.keyboard.press(finish);
    await expect(this.board()).toHaveAttribute('data-drag-state', 'idle');
  }
}

/** `url` in another tab of the same browser: same storage, same channels, as a person's tabs. */
export async function openInNewTab(context: BrowserContext, url: string): Promise<CanvasDriver> {
  const tab = new CanvasDriver(await context.newPage());
  await tab.page.goto(url);
  return tab;
}

// ---------- the segment workspace ----------

export type SegmentTool =
  | 'Coverage'
  | 'Compare segments'
  | 'Side by side'
  | 'Differences'
  | 'Segment health'
  | 'Review segments'
  | 'Snapshots';

/** Opens one of the header's segment tools from its "Segment tools" menu, by pointer. */
export async function openSegmentTool(page: Page, name: SegmentTool): Promise<void> {
  await page.getByRole('button', { name: 'Segment tools' }).click();
  await page.getByRole('menu', { name: 'Segment tools' }).getByRole('menuitem', { name }).click();
}

export class SegmentDriver {
  constructor(
    readonly page: Page,
    readonly canvas: CanvasDriver,
  ) {}

  /** The open segment panel (a complementary landmark named after the segment). */
  panel(name?: string): Locator {
    return this.page.getByRole('complementary', { name: name ? `Segment: ${name}` : /^Segment: / });
  }

  /** Opens a segment from its note, by keyboard (Enter on the focused note). */
  async open(name: string): Promise<Locator> {
    await this.canvas.note(name).focus();
    await this.page.keyboard.press('Enter');
    const panel = this.panel(name);
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Links a note to a segment through the note's Segments dialog. */
  async link(noteText: string, segmentName: string): Promise<void> {
    const item = this.canvas.noteItem(noteText);
    await item.hover();
    await item.getByRole('button', { name: /^Segments/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Segments this note serves' });
    await dialog.getByRole('checkbox', { name: new RegExp(`^${escape(segmentName)}`) }).check();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  }

  health(panel: Locator): Locator {
    return panel.getByRole('region', { name: 'Health checks' }).getByRole('listitem');
  }
}

/** Export, import and share, as a person does them: the Export dialog, files, links. */
export class TransferDriver {
  constructor(readonly page: Page) {}

  async openExport(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export and share' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Clicks a button that downloads a file; resolves to the file's name and bytes. */
  async download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  async exportJson(): Promise<{ name: string; bytes: Buffer }> {
    const dialog = await this.openExport();
    const file = await this.download(dialog.getByRole('button', { name: 'Download JSON' }));
    await dialog.getByRole('button', { name: 'Close' }).click();
    return file;
  }

  /** Imports through the home screen's file picker. */
  async importFile(file: { name: string; bytes: Buffer }): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Import a file…' }).click(),
    ]);
    await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  }

  /** Drags a file from the desktop and drops it on `target` (anywhere on the window). */
  async dropFile(target: Locator, file: { name: string; text: string }): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    }, file);
    await target.dispatchEvent('dragenter', { dataTransfer });
    await expect(this.page.getByText('Drop a Ninefold file to import it')).toBeVisible();
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const test = base.extend<{
  canvas: CanvasDriver;
  segments: SegmentDriver;
  transfer: TransferDriver;
}>({
  canvas: async ({ page }, use) => {
    await use(new CanvasDriver(page));
  },
  segments: async ({ page, canvas }, use) => {
    await use(new SegmentDriver(page, canvas));
  },
  transfer: async ({ page }, use) => {
    await use(new TransferDriver(page));
  },
});

export { expect };
