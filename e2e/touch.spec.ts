import { test, expect, openSegmentTool, refuseDurableStorage, seriousViolations } from './fixtures';

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

test('on a tablet a note moves to another block by touch (press, hold, drag)', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.createCanvas('Tablet');
  await canvas.addNote('Customer Segments', 'Parents of toddlers');
  await canvas.addNote('Value Propositions', 'Same-day delivery');

  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });

  const source = canvas.note('Parents of toddlers');
  await expect(page.locator('[data-drag-state]')).toHaveAttribute('data-drag-state', 'idle');
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const x0 = from.x + from.width / 2;
  const y0 = from.y + from.height / 2;
  await touch('touchStart', x0, y0);
  await page.waitForTimeout(350); // the press-and-hold that tells a drag from a scroll
  await touch('touchMove', x0 + 4, y0 + 4);
  await expect(page.locator('[data-drag-state]')).toHaveAttribute('data-drag-state', 'dragging');

  const to = (await canvas.notesList('Value Propositions').boundingBox())!;
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const x = x0 + ((to.x + to.width / 2 - x0) * i) / steps;
    const y = y0 + ((to.y + to.height - 10 - y0) * i) / steps;
    await touch('touchMove', x, y);
  }
  await touch('touchEnd', 0, 0);
  await expect(page.locator('[data-drag-state]')).toHaveAttribute('data-drag-state', 'idle');

  await expect.poll(() => canvas.notesIn('Value Propositions')).toContain('Parents of toddlers');
  await canvas.expectNotes('Customer Segments', []);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a segment opens over the whole screen, within reach, and closes by a tap', async ({
    canvas,
    segments,
    page,
  }) => {
    await canvas.createCanvas('Phone');
    await canvas.addNote('Customer Segments', 'Compliance-heavy night-shift nurses');
    const panel = await segments.open('Compliance-heavy night-shift nurses');
    // Its name keeps the width of the screen: the buttons go under it, not beside it.
    const title = (await panel.getByRole('heading', { level: 2 }).boundingBox())!;
    expect(title.width).toBeGreaterThan(250);
    // The panel lies on the screen (it was laid out beside a board kept at desktop width, off to
    // the right of a widened page), and nothing scrolls sideways.
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await panel.getByRole('button', { name: 'Close', exact: true }).tap();
    await expect(panel).toBeHidden();
  });

  test('the wide tables of the segment tools scroll sideways by keyboard too, with no serious axe findings', async ({
    canvas,
    page,
  }) => {
    await canvas.home();
    await canvas.createExample();
    for (const [tool, title, table] of [
      ['Coverage', 'Coverage', 'Coverage matrix'],
      ['Side by side', 'Segments side by side', 'Segments side by side'],
    ] as const) {
      await openSegmentTool(page, tool);
      const dialog = page.getByRole('dialog', { name: title });
      const scroller = dialog.getByRole('region', { name: table });
      await expect(scroller).toBeVisible();
      expect(await seriousViolations(page), tool).toEqual([]);
      await scroller.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });

  test('a notice at the foot of the screen does not cover an open segment', async ({
    canvas,
    segments,
    page,
  }) => {
    // The browser will not promise to keep the data: the notice comes after the first edit.
    await refuseDurableStorage(page);
    await canvas.createCanvas('Phone notice');
    await canvas.addNote('Customer Segments', 'Night-shift nurses');
    const notice = page.getByRole('status').filter({ hasText: 'Keep a backup' });
    await expect(notice).toBeVisible();
    const panel = await segments.open('Night-shift nurses');
    // Where the notice is, the panel is what a tap reaches.
    const box = (await notice.boundingBox())!;
    const onTop = await page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('.segment-panel, .notice-dock')?.className,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(onTop).toContain('segment-panel');
    await panel.getByRole('button', { name: 'Close', exact: true }).tap();
    await expect(notice).toBeVisible();
  });
});
