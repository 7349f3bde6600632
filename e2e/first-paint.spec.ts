// The first paint (src/app/first-paint.ts): a canvas opened from its address shows before the
// app's code has loaded, then the app takes it over, element for element, without redrawing it.
// Until then it is inert (Playwright's actions wait for that, as they wait for any inert element).
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __firstPaint?: { notes: number; name: string; inert: boolean; at: number };
  }
}

/**
 * Watches the page from its very start: the moment notes first appear, records what shows then
 * (and whether it is the inert first paint), and tags each of those elements.
 */
function watchFirstPaint() {
  const observer = new MutationObserver(() => {
    const notes = document.querySelectorAll('[data-note-id]');
    if (notes.length === 0 || window.__firstPaint) return;
    const root = document.getElementById('root')!;
    window.__firstPaint = {
      notes: notes.length,
      name: document.querySelector<HTMLInputElement>('.canvas-name')?.value ?? '',
      inert: root.inert,
      at: performance.now(),
    };
    notes.forEach((note) => note.setAttribute('data-test-drawn-first', ''));
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

test('a canvas opened from its address shows at once, and the app takes it over as drawn', async ({
  page,
  canvas,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
  await canvas.home();
  await canvas.createExample();
  const name = await page.getByRole('textbox', { name: 'Canvas name' }).inputValue();
  const count = await page.locator('[data-note-id]').count();
  expect(count).toBeGreaterThan(20);
  await canvas.reloadSaved();

  await page.addInitScript(watchFirstPaint);
  await page.reload();

  // A note, double-clicked as soon as the app can take it: it edits the note.
  const note = canvas.note('Onboarding done in 14 days, guaranteed');
  await note.dblclick();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeFocused();

  // It first showed inert, drawn before the app had loaded, with every note and the name.
  const first = await page.evaluate(() => window.__firstPaint);
  expect(first).toMatchObject({ notes: count, name, inert: true });
  // The app took those very elements over: none was drawn again.
  await expect(page.locator('[data-note-id]')).toHaveCount(count);
  await expect(page.locator('[data-note-id]:not([data-test-drawn-first])')).toHaveCount(0);
  expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(false);

  await editor.fill('Onboarding done in 10 days, guaranteed');
  await editor.press('Control+Enter');
  await page.reload();
  await expect(canvas.note('Onboarding done in 10 days, guaranteed')).toBeVisible();
  expect(warnings.filter((w) => /first paint|hydrat/i.test(w))).toEqual([]);
});

test('a segment opened from its address is drawn by the app itself, with its panel', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Night market');
  await canvas.addNote('Customer Segments', 'Street-food fans');
  await segments.open('Street-food fans');
  await page.addInitScript(watchFirstPaint);
  // With the segment's panel beside it, the board is laid out narrower: the app draws it.
  await page.reload();
  await expect(segments.panel('Street-food fans')).toBeVisible();
  expect(await page.evaluate(() => window.__firstPaint?.inert)).toBe(false);
});

test('when the app is slow to take the canvas over, the page says it is loading', async ({
  page,
  canvas,
}) => {
  await canvas.createCanvas('Slow link');
  await canvas.addNote('Channels', 'Word of mouth');
  await canvas.reloadSaved();
  // The app's code arrives three seconds late (a slow connection): the canvas shows meanwhile.
  const slow = /\/assets\/start-[^/]+\.js$/;
  await page.route(slow, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  // (Not until the load event: that waits for the app's files too.)
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('[data-note-id]')).toHaveCount(1);
  const loading = page.getByRole('status').filter({ hasText: 'Loading Ninefold' });
  await expect(loading).toHaveText('Loading Ninefold: the canvas can be edited in a moment.');
  // The app takes over: the message goes, and the note can be edited.
  await expect(loading).toHaveCount(0, { timeout: 10_000 });
  await canvas.editNote('Word of mouth', 'Word of mouth and referrals');
  await page.unroute(slow);
  await page.reload();
  await expect(canvas.note('Word of mouth and referrals')).toBeVisible();
});
