// Export and import: the JSON round trip, refused files, the PDF (read back with pdf.js), the PNG,
// print, and share links.
import type { Page } from '@playwright/test';
import { generateNKeysBetween } from 'fractional-indexing';
import { expect, test } from './fixtures';
import { readPdf, squash } from './pdf-text';

const BLOCK_TITLES = [
  'Key Partners',
  'Key Activities',
  'Key Resources',
  'Value Propositions',
  'Customer Relationships',
  'Channels',
  'Customer Segments',
  'Cost Structure',
  'Revenue Streams',
];

const EXAMPLE = 'Example: Clearview Analytics (B2B SaaS)';

async function waitSaved(page: Page) {
  await page.waitForTimeout(400);
}

/** A PNG drawn by the browser (w × h, one colour). */
async function pngOf(page: Page, w: number, h: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([width, height]) => {
      const c = document.createElement('canvas');
      c.width = width!;
      c.height = height!;
      const g = c.getContext('2d')!;
      g.fillStyle = '#2a9d8f';
      g.fillRect(0, 0, width!, height!);
      return c.toDataURL('image/png');
    },
    [w, h],
  );
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

test('export a canvas as JSON, delete it, import the file: everything is back, photo included; undo removes the import', async ({
  page,
  canvas,
  segments,
  transfer,
}) => {
  test.setTimeout(60_000);
  await canvas.home();
  await canvas.createExample();
  const panel = await segments.open('Plug-and-play teams');
  await panel.getByLabel('Upload photo for Priya Shah, Head of Product').setInputFiles({
    name: 'priya.png',
    mimeType: 'image/png',
    buffer: await pngOf(page, 300, 300),
  });
  await expect(panel.getByRole('img', { name: 'Priya Shah, Head of Product' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close', exact: true }).click();

  const before: Record<string, string[]> = {};
  for (const title of BLOCK_TITLES) before[title] = await canvas.notesIn(title);

  const file = await transfer.exportJson();
  expect(file.name).toMatch(
    /^Example Clearview Analytics \(B2B SaaS\) \d{4}-\d{2}-\d{2}\.ninefold\.json$/,
  );
  const json = JSON.parse(file.bytes.toString('utf8')) as {
    format: string;
    formatVersion: number;
    canvases: { photos: unknown[] }[];
  };
  expect(json.format).toBe('ninefold');
  expect(json.formatVersion).toBe(1);
  expect(json.canvases[0]!.photos).toHaveLength(1);

  // Delete it, then import the file from the home screen.
  await canvas.home();
  await page.getByRole('button', { name: `Delete ${EXAMPLE}` }).click();
  await expect(page.getByRole('link', { name: EXAMPLE })).toHaveCount(0);
  await transfer.importFile(file);

  // The deleted canvas can still be restored, so the import comes in beside it, as a copy.
  const name = page.getByRole('textbox', { name: 'Canvas name' });
  await expect(name).toHaveValue(`${EXAMPLE} (imported)`);
  for (const title of BLOCK_TITLES) await canvas.expectNotes(title, before[title]!);
  const imported = await segments.open('Plug-and-play teams');
  await expect(imported.getByRole('textbox', { name: 'One-line description' })).toHaveValue(
    /^10–50 person product teams/,
  );
  await expect(imported.getByRole('img', { name: 'Priya Shah, Head of Product' })).toBeVisible();
  expect(
    await imported
      .getByRole('img', { name: 'Priya Shah, Head of Product' })
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBe(300);

  // It is saved: after a reload it is still there.
  await waitSaved(page);
  await page.reload();
  await expect(name).toHaveValue(`${EXAMPLE} (imported)`);
  await canvas.expectNotes('Channels', before['Channels']!);

  // Undo from the toast takes the import back out, and work done in it since can come back.
  await canvas.home();
  await transfer.importFile(file);
  await expect(name).toHaveValue(`${EXAMPLE} (imported 2)`);
  await canvas.addNote('Key Partners', 'Added after the import');
  const toasts = page.getByRole('status', { name: 'Notifications' });
  await toasts.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your canvases' })).toBeVisible();
  // The toast's button went: the focus starts at Home, not the page's body.
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('link', { name: `${EXAMPLE} (imported 2)` })).toHaveCount(0);
  await expect(page.getByRole('link', { name: `${EXAMPLE} (imported)` })).toBeVisible();
  await expect(toasts).toContainText(`Deleted the imported “${EXAMPLE} (imported 2)”.`);
  await toasts.getByRole('button', { name: 'Bring back' }).click();
  await expect(name).toHaveValue(`${EXAMPLE} (imported 2)`);
  await expect(canvas.notesList('Key Partners')).toContainText('Added after the import');
});

test('a broken file dropped anywhere is refused with messages that say where; nothing changes', async ({
  page,
  canvas,
  transfer,
}) => {
  await canvas.createCanvas('Keep me');
  await canvas.addNote('Channels', 'Webinars');
  await canvas.home();
  const rows = page.getByRole('list', { name: 'Canvases' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);

  const note = (i: number, block: string) => ({
    id: `note_${i}`,
    canvasId: 'canvas_x',
    block,
    text: `Note ${i}`,
    colour: 'yellow',
    order: `a${i}`,
    segmentIds: [],
    createdAt: 1,
    updatedAt: 1,
  });
  const broken = {
    format: 'ninefold',
    formatVersion: 1,
    app: '0.1.0',
    exportedAt: '2026-11-25T10:00:00.000Z',
    canvases: [
      {
        canvas: {
          id: 'canvas_x',
          name: 'Broken',
          createdAt: 1,
          updatedAt: 1,
          schemaVersion: 2,
          trashedAt: null,
          weights: { reach: 1, marketSize: 1, valueAlignment: 1, painDepth: 1, budget: 1 },
        },
        notes: [
          note(0, 'channels'),
          note(1, 'Partners'),
          { ...note(2, 'channels'), text: 'x'.repeat(2345) },
        ],
        photos: [],
      },
    ],
  };
  await transfer.dropFile(page.getByRole('main'), {
    name: 'broken.json',
    text: JSON.stringify(broken),
  });
  const report = page.getByRole('dialog', { name: '“broken.json” was not imported' });
  await expect(report).toBeVisible();
  const problems = report.getByRole('list', { name: 'Problems in the file' });
  await expect(problems).toContainText("notes[1].block: 'Partners' is not one of the nine blocks");
  await expect(problems).toContainText('notes[2].text: is longer than 2,000 characters (2,345)');
  await expect(report).toContainText('Your canvases are unchanged.');
  await report.getByRole('button', { name: 'Close' }).click();

  // Not JSON at all, dropped on the canvas page.
  await page.getByRole('link', { name: 'Keep me' }).click();
  await transfer.dropFile(page.getByRole('main'), { name: 'notes.txt', text: 'hello {' });
  await expect(page.getByRole('dialog', { name: '“notes.txt” was not imported' })).toContainText(
    'This file is not JSON',
  );
  await page.keyboard.press('Escape');

  // A hostile one: a __proto__ key.
  await transfer.dropFile(page.getByRole('main'), {
    name: 'evil.json',
    text: '{"format":"ninefold","formatVersion":1,"canvases":[{"__proto__":{"polluted":true}}]}',
  });
  await expect(page.getByRole('dialog', { name: '“evil.json” was not imported' })).toContainText(
    "canvases[0].__proto__: a key named '__proto__' is not allowed",
  );
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
  await page.keyboard.press('Escape');

  // Two broken files picked at once: each explained, one after the other.
  await canvas.home();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a file…' }).click(),
  ]);
  await chooser.setFiles([
    { name: 'first-bad.json', mimeType: 'application/json', buffer: Buffer.from('{') },
    { name: 'second-bad.json', mimeType: 'application/json', buffer: Buffer.from('[]') },
  ]);
  const first = page.getByRole('dialog', { name: '“first-bad.json” was not imported' });
  await expect(first).toContainText('1 more file was not imported either: it comes next.');
  await first.getByRole('button', { name: 'Next' }).click();
  const second = page.getByRole('dialog', { name: '“second-bad.json” was not imported' });
  await expect(second).toBeVisible();
  await expect(second).not.toContainText('more file');
  await second.getByRole('button', { name: 'Close' }).click();
  await expect(second).toBeHidden();
  await page.getByRole('link', { name: 'Keep me' }).click();

  await canvas.expectNotes('Channels', ['Webinars']);
  await page.reload();
  await canvas.expectNotes('Channels', ['Webinars']);
  await canvas.home();
  await expect(rows).toHaveCount(1);
});

test('the PDF has the canvas and a page per segment, with every note as real text, in any script', async ({
  page,
  canvas,
  segments,
  transfer,
}) => {
  test.setTimeout(60_000);
  await canvas.home();
  await canvas.createExample();
  const panel = await segments.open('Plug-and-play teams');
  await panel.getByLabel('Upload photo for Priya Shah, Head of Product').setInputFiles({
    name: 'priya.png',
    mimeType: 'image/png',
    buffer: await pngOf(page, 200, 240),
  });
  await expect(panel.getByRole('img', { name: 'Priya Shah, Head of Product' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close', exact: true }).click();
  await canvas.addNote('Key Partners', 'Партнёры в Москве и Ελληνικά συνεργεία');
  await canvas.addNote('Channels', 'Tokyo 東京 launch 🚀');
  await waitSaved(page);
  const noteTexts = (await Promise.all(BLOCK_TITLES.map((title) => canvas.notesIn(title)))).flat();
  const segmentCount = (await canvas.notesIn('Customer Segments')).length;

  const dialog = await transfer.openExport();
  await dialog.getByRole('radio', { name: 'A3 landscape' }).check();
  const pdf = await transfer.download(dialog.getByRole('button', { name: 'Download PDF' }));
  expect(pdf.name).toMatch(/\.pdf$/);
  const status = dialog.getByRole('status').filter({ hasText: 'PDF ready' });
  await expect(status).toContainText(`${1 + segmentCount} pages`);
  // Characters the font lacks are named, and the way to keep them is given.
  await expect(status).toContainText('東');
  await expect(status).toContainText('Print');

  const pages = await readPdf(pdf.bytes);
  expect(pages).toHaveLength(1 + segmentCount);
  // A3 landscape, in points.
  expect(Math.round(pages[0]!.width)).toBe(1191);
  expect(Math.round(pages[0]!.height)).toBe(842);
  const canvasPage = squash(pages[0]!.text);
  expect(canvasPage).toContain(squash(EXAMPLE));
  for (const text of noteTexts) {
    if (text.includes('東')) continue;
    expect(canvasPage, `“${text}” is on the canvas page`).toContain(squash(text));
  }
  expect(canvasPage).toContain(squash('Партнёры в Москве и Ελληνικά συνεργεία'));
  expect(canvasPage).toContain(squash('Tokyo �� launch �'));
  expect(squash(pages[0]!.text)).toContain(squash('Strategyzer AG'));
  expect(squash(pages[0]!.text)).toContain(squash('CC BY-SA 3.0'));
  expect(squash(pages[1]!.text)).toContain(squash('Plug-and-play teams'));
  expect(squash(pages[1]!.text)).toContain(squash('Priya Shah, Head of Product'));
  // Her photo is on her segment's page, and only there.
  expect(pages.map((p) => p.images)).toEqual([0, 1, ...Array<number>(segmentCount - 1).fill(0)]);
});

test('a full block continues in the appendix, with a marker in the block', async ({
  page,
  canvas,
  transfer,
}) => {
  test.setTimeout(60_000);
  await canvas.createCanvas('Crowded');
  const long = (i: number) =>
    `Partner ${i}: a long description of what this partner brings, how we work with them, and what we pay for it each year`;
  for (let i = 1; i <= 24; i++) await canvas.addNote('Key Partners', long(i));
  await waitSaved(page);
  const dialog = await transfer.openExport();
  const pdf = await transfer.download(dialog.getByRole('button', { name: 'Download PDF' }));
  const pages = await readPdf(pdf.bytes);
  expect(pages.length).toBe(2);
  expect(pages[0]!.text).toMatch(/\+ \d+ more: see page 2/);
  expect(pages[1]!.text).toContain('Appendix');
  const all = squash(pages.map((p) => p.text).join(' '));
  for (let i = 1; i <= 24; i++) expect(all).toContain(squash(long(i)));
});

test('PNG export is the canvas at twice its size, for slides', async ({
  canvas,
  page,
  transfer,
}) => {
  await canvas.home();
  await canvas.createExample();
  const dialog = await transfer.openExport();
  const png = await transfer.download(dialog.getByRole('button', { name: 'Download PNG' }));
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect(png.bytes.readUInt32BE(16)).toBe(3200);
  expect(png.bytes.readUInt32BE(20)).toBe(1800);
  // Said in its own section, not left to the PDF's message.
  await expect(
    dialog.getByRole('region', { name: 'Image and print' }).getByRole('status'),
  ).toHaveText('PNG ready.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A canvas with more notes than one image holds: what was left out is said.
  await canvas.home();
  await canvas.createExample(/Parcel & Cloud/);
  const full = await transfer.openExport();
  // By keyboard: the button keeps the focus while it works (it was disabled, and the focus fell).
  const pngButton = full.getByRole('button', { name: 'Download PNG' });
  await pngButton.focus();
  await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await expect(pngButton).toBeFocused();
  await expect(
    full.getByRole('region', { name: 'Image and print' }).getByRole('status'),
  ).toHaveText(
    /^PNG ready, without \d+ notes that did not fit \(each full block says how many\)\. The PDF has every note\.$/,
  );
});

test('printing shows only the canvas, on one landscape page', async ({ page, canvas }) => {
  await canvas.home();
  await canvas.createExample();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar', { name: 'Canvas tools' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeHidden();
  await expect(canvas.block('Customer Segments')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: false, preferCSSPageSize: true });
  const pages = await readPdf(pdf);
  expect(pages).toHaveLength(1);
  expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
  expect(squash(pages[0]!.text)).toContain(squash('Plug-and-play teams'));
  expect(pages[0]!.text).not.toContain('Undo');
});

test('a share link carries the canvas: opened in a new page, it offers to import it', async ({
  page,
  canvas,
  transfer,
  context,
}) => {
  await canvas.createCanvas('Shared plan');
  await canvas.addNote('Value Propositions', 'Dashboards in an hour');
  await canvas.addNote('Customer Segments', 'Product teams');
  await waitSaved(page);
  const dialog = await transfer.openExport();
  await dialog.getByRole('button', { name: 'Copy share link' }).click();
  const field = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/#share=/);
  const link = await field.inputValue();

  const other = await context.newPage();
  await other.goto(link);
  const offer = other.getByRole('dialog', { name: 'Import a shared canvas?' });
  await expect(offer).toContainText('“Shared plan” (2 notes)');
  await offer.getByRole('button', { name: 'Import as a new canvas' }).click();
  await expect(other.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(
    'Shared plan (imported)',
  );
  await expect(
    other.getByRole('button', { name: 'Dashboards in an hour', exact: true }),
  ).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');

  // A cut-short link says so.
  await other.goto(`${link.slice(0, link.length - 40)}`);
  await expect(
    other.getByRole('dialog', { name: 'The shared link was not imported' }),
  ).toBeVisible();
});

test('a backup of every canvas imports back beside the originals', async ({
  page,
  canvas,
  transfer,
}) => {
  await canvas.createCanvas('First plan');
  await canvas.addNote('Channels', 'Webinars');
  await canvas.createCanvas('Second plan');
  await canvas.addNote('Key Resources', 'Roasting machine');
  await waitSaved(page);
  await canvas.home();
  const backup = await transfer.download(
    page.getByRole('button', { name: 'Back up all canvases' }),
  );
  expect(backup.name).toMatch(/^Ninefold backup \d{4}-\d{2}-\d{2}\.ninefold\.json$/);
  const json = JSON.parse(backup.bytes.toString('utf8')) as { canvases: unknown[] };
  expect(json.canvases).toHaveLength(2);

  await transfer.importFile(backup);
  await expect(page.getByText('Imported 2 canvases.')).toBeVisible();
  for (const name of [
    'First plan',
    'Second plan',
    'First plan (imported)',
    'Second plan (imported)',
  ])
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Second plan (imported)' }).click();
  await canvas.expectNotes('Key Resources', ['Roasting machine']);
});

test('a large import shows at once, and edits made straight after it survive reloads while it is stored in the background', async ({
  page,
  canvas,
  transfer,
}) => {
  test.setTimeout(60_000);
  await canvas.createCanvas('Big plan');
  await canvas.addNote('Channels', 'Seed note');
  await waitSaved(page);
  const exported = await transfer.exportJson();
  // The same canvas with 250 more notes: imported notes are stored a hundred to a row, then
  // moved to rows of their own in the background (src/persistence/note-packs.ts).
  const json = JSON.parse(exported.bytes.toString('utf8')) as {
    canvases: { notes: Record<string, unknown>[] }[];
  };
  const notes = json.canvases[0]!.notes;
  const seed = notes[0]!;
  const keys = generateNKeysBetween(null, null, 250);
  for (let i = 0; i < 250; i++)
    notes.push({
      ...seed,
      id: `note_bulk_${i + 1}`,
      block: 'key-resources',
      order: keys[i],
      text: `Resource ${i + 1}`,
    });
  const resources = Array.from({ length: 250 }, (_, i) => `Resource ${i + 1}`);
  await canvas.home();
  await transfer.importFile({ ...exported, bytes: Buffer.from(JSON.stringify(json)) });
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(
    'Big plan (imported)',
  );
  await canvas.expectLongBlock('Key Resources', resources);

  // Edited and deleted at once, then reloaded at once: nothing waits for the background work.
  await canvas.editNote('Resource 1', 'Resource 1, edited');
  await canvas.note('Resource 2').focus();
  await page.keyboard.press('Delete');
  await expect(canvas.note('Resource 2')).toHaveCount(0);
  const expected = ['Resource 1, edited', ...resources.slice(2)];
  await page.reload();
  await canvas.expectLongBlock('Key Resources', expected);
  await canvas.expectNotes('Channels', ['Seed note']);

  // Once the background work is done, every note is a row of its own, and reads the same.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const open = indexedDB.open('ninefold');
            open.onsuccess = () => {
              const tx = open.result.transaction(['notes', 'notePacks']);
              const rows = tx.objectStore('notes').count();
              const packs = tx.objectStore('notePacks').count();
              tx.oncomplete = () => {
                open.result.close();
                resolve([rows.result, packs.result]);
              };
            };
          }),
      ),
    )
    .toEqual([1 + 1 + 249, 0]);
  await page.reload();
  await canvas.expectLongBlock('Key Resources', expected);
  await canvas.home();
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Big plan (imported)' }) }),
  ).toContainText('250 notes');
});

test('a canvas too large for a link says so and offers the JSON file instead', async ({
  page,
  canvas,
  transfer,
}) => {
  // Text that does not compress: 300 notes of random letters, imported from a file.
  let seed = 11;
  const letter = () => {
    // xorshift32: a plain LCG repeats and compresses well, which is not the point here.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return String.fromCharCode(97 + ((seed >>> 0) % 26));
  };
  const notes = Array.from({ length: 300 }, (_, i) => ({
    id: `note_big_${i}`,
    canvasId: 'canvas_big',
    block: 'key-activities',
    text: Array.from({ length: 400 }, letter).join(''),
    colour: 'yellow',
    order: `a${String(i).padStart(3, '0')}`,
    segmentIds: [],
    createdAt: 1,
    updatedAt: 1,
  }));
  const file = {
    format: 'ninefold',
    formatVersion: 1,
    app: '0.1.0',
    exportedAt: '2026-11-25T10:00:00.000Z',
    canvases: [
      {
        canvas: {
          id: 'canvas_big',
          name: 'Big plan',
          createdAt: 1,
          updatedAt: 1,
          schemaVersion: 2,
          trashedAt: null,
          weights: { reach: 1, marketSize: 1, valueAlignment: 1, painDepth: 1, budget: 1 },
        },
        notes,
        photos: [],
      },
    ],
  };
  await canvas.home();
  await transfer.importFile({ name: 'big.json', bytes: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue('Big plan');
  const dialog = await transfer.openExport();
  await dialog.getByRole('button', { name: 'Copy share link' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'too large for a link' }),
  ).toContainText('Send the JSON file instead.');
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
  const json = await transfer.download(
    dialog.getByRole('button', { name: 'Download JSON instead' }),
  );
  expect(json.name).toMatch(/^Big plan .*\.ninefold\.json$/);
});

test('after a week of edits without a backup, the canvas offers a one-click backup', async ({
  page,
  canvas,
}) => {
  await canvas.createCanvas('Unsaved elsewhere');
  await canvas.addNote('Channels', 'Webinars');
  const reminder = page.getByRole('status').filter({ hasText: 'Back up “Unsaved elsewhere”' });
  await expect(reminder).toHaveCount(0);

  // The last backup was eight days ago, and there have been edits since.
  const canvasId = new URL(page.url()).pathname.split('/')[2]!;
  await page.evaluate((id) => {
    localStorage.setItem(`ninefold:pref:exported:${id}`, String(Date.now() - 8 * 86_400_000));
  }, canvasId);
  const block = await canvas.block('Key Partners').boundingBox();
  await page.reload();
  await expect(reminder).toContainText('since its last backup 8 days ago');
  // At the foot of the window, over the page: the canvas is where it was without it.
  expect(await canvas.block('Key Partners').boundingBox()).toEqual(block);
  await reminder.getByRole('button', { name: 'Back up now' }).focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Unsaved elsewhere .*\.ninefold\.json$/);
  await expect(reminder).toHaveCount(0);
  // Its button went with it: the focus goes to the canvas, not the page's body.
  await expect(page.getByRole('main')).toBeFocused();
  await page.reload();
  await expect(canvas.notesList('Channels')).toContainText('Webinars');
  await expect(reminder).toHaveCount(0);
});

test('without IndexedDB the canvas still exports, so nothing need be lost', async ({
  page,
  canvas,
  transfer,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await canvas.home();
  await expect(page.getByRole('alert')).toContainText('nothing is being saved');
  await page.getByRole('button', { name: 'New canvas' }).click();
  await canvas.addNote('Channels', 'Only in memory');
  const file = await transfer.exportJson();
  const json = JSON.parse(file.bytes.toString('utf8')) as {
    canvases: { notes: { text: string }[] }[];
  };
  expect(json.canvases[0]!.notes.map((n) => n.text)).toEqual(['Only in memory']);
});

test('the PDF says what each piece of evidence is about, and gives metric values their units', async ({
  canvas,
  segments,
  transfer,
}) => {
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Family clinics');
  const panel = await segments.open('Family clinics');
  await panel.getByRole('button', { name: 'Add pain', exact: true }).click();
  await panel.getByRole('textbox', { name: 'Pain 1', exact: true }).fill('No-shows');
  const evidence = panel.getByRole('region', { name: 'Evidence and validation' });
  await evidence.getByRole('button', { name: 'Log evidence' }).click();
  await evidence
    .getByRole('textbox', { name: 'Summary of evidence 1' })
    .fill('They rebook by phone');
  await evidence
    .getByRole('combobox', { name: 'Supports or contradicts, evidence 1' })
    .selectOption('Contradicts');
  await evidence
    .getByRole('combobox', { name: 'What evidence 1 is about' })
    .selectOption('Pain: No-shows');
  const metrics = panel.getByRole('region', { name: 'Metrics over time' });
  await metrics.getByRole('combobox', { name: 'Metric to add' }).selectOption('Churn rate');
  await metrics.getByRole('button', { name: 'Add metric' }).click();
  await metrics.getByRole('textbox', { name: 'Value of Churn rate' }).fill('4.5');
  await metrics.getByRole('button', { name: 'Add value to Churn rate' }).click();
  await panel.getByRole('button', { name: 'Close', exact: true }).click();

  const dialog = await transfer.openExport();
  const pdf = await transfer.download(dialog.getByRole('button', { name: 'Download PDF' }));
  const text = squash((await readPdf(pdf.bytes)).map((p) => p.text).join(' '));
  expect(text).toContain(squash('Contradicts about the pain “No-shows”'));
  expect(text).toContain(squash('4.5 %'));
});
