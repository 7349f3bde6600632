import { test, expect, openSegmentTool, seriousViolations } from './fixtures';

// Each test runs several full axe scans of a filled canvas, with the segment panel's hundreds of
// fields: 35-48 s on two cores while the other worker runs, and more on a loaded CI machine.
test.describe.configure({ timeout: 120_000 });

test('home has no serious accessibility violations, empty and with canvases', async ({
  canvas,
  page,
}) => {
  await canvas.home();
  expect(await seriousViolations(page)).toEqual([]);
  await canvas.createExample();
  await page.getByRole('link', { name: 'All canvases' }).click();
  await expect(page.getByRole('list', { name: 'Canvases' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the canvas has no serious accessibility violations, with guidance, editing and menus open', async ({
  canvas,
  page,
}) => {
  await canvas.home();
  await canvas.createExample();
  await expect(canvas.notesList('Channels').getByRole('listitem').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Guidance', exact: true }).click();
  const first = canvas.notesList('Channels').getByRole('listitem').first();
  await first.hover();
  await first.getByRole('button', { name: /^Colour:/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Add note to Channels' }).click();
  await page.getByRole('textbox', { name: 'Note text' }).fill('Podcast ads');
  expect(await seriousViolations(page)).toEqual([]);

  // A note long enough to scroll inside itself.
  await page.getByRole('textbox', { name: 'Note text' }).fill('A very long note. '.repeat(100));
  await page.keyboard.press('Control+Enter');
  expect(await seriousViolations(page)).toEqual([]);
});

test('layout holds at 1280×720 and on a tablet: no block overlaps another', async ({
  canvas,
  page,
}) => {
  await canvas.home();
  await canvas.createExample();
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 768, height: 1024 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    const boxes = await page.getByRole('region').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-labelledby'),
          x: r.x,
          y: r.y,
          w: r.width,
          h: r.height,
        };
      }),
    );
    expect(boxes).toHaveLength(9);
    for (const a of boxes) {
      expect(a.x, `${a.name} inside the viewport`).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w, `${a.name} inside the viewport`).toBeLessThanOrEqual(viewport.width);
      for (const b of boxes) {
        if (a === b) continue;
        const overlap =
          a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
        expect(
          overlap,
          `${a.name} overlaps ${b.name} at ${viewport.width}×${viewport.height}`,
        ).toBe(false);
      }
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
  }
});

test('the segment workspace has no serious accessibility violations: panel, lens and dialogs', async ({
  canvas,
  segments,
  page,
}) => {
  await canvas.home();
  await canvas.createExample();
  const first = canvas.notesList('Customer Segments').getByRole('listitem').first();
  await first.hover();
  await first.getByRole('button', { name: 'Open segment' }).click();
  const panel = segments.panel();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Add job' }).click();
  await panel.getByRole('button', { name: 'Add persona' }).click();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'Segment lens' }).selectOption({ index: 1 });
  expect(await seriousViolations(page)).toEqual([]);

  for (const name of ['Coverage', 'Compare segments', 'Segment health'] as const) {
    await openSegmentTool(page, name);
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), name).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }

  const channel = canvas.notesList('Channels').getByRole('listitem').first();
  await channel.hover();
  await channel.getByRole('button', { name: /^Segments/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('export and import have no serious accessibility violations: dialog, report, share offer', async ({
  canvas,
  page,
  transfer,
}) => {
  await canvas.home();
  await canvas.createExample();
  const dialog = await transfer.openExport();
  await dialog.getByRole('button', { name: 'Copy share link' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Keyboard only: Esc closes it and focus goes back to the Export button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();

  await transfer.dropFile(page.getByRole('main'), { name: 'junk.json', text: '{"format":1}' });
  await expect(page.getByRole('dialog', { name: '“junk.json” was not imported' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('segment workspace part 2 has no serious accessibility violations: evidence, metrics, playbook and the canvas-level dialogs', async ({
  canvas,
  page,
  segments,
}) => {
  test.setTimeout(60_000);
  await canvas.home();
  await canvas.createExample();
  const panel = await segments.open('Plug-and-play teams');
  // Every field within the panel's width: none as wide as its content (a select as wide as its
  // longest option, TAM, SAM and SOM running into each other), nothing to scroll sideways.
  expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  await panel.getByRole('button', { name: 'Log evidence' }).click();
  const metrics = panel.getByRole('region', { name: 'Metrics over time' });
  await metrics.getByRole('button', { name: 'Add metric' }).click();
  await metrics.getByRole('textbox', { name: 'Value of Customers' }).fill('12');
  await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
  await panel.getByRole('button', { name: 'Add onboarding step' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Close', exact: true }).click();

  for (const [button, title] of [
    ['Differences', 'Are they really different?'],
    ['Side by side', 'Segments side by side'],
    ['Review segments', 'Review segments'],
    ['Snapshots', 'Snapshots'],
  ] as const) {
    await openSegmentTool(page, button);
    await expect(page.getByRole('dialog', { name: title })).toBeVisible();
    if (button === 'Side by side')
      // Sizes read at a glance: separators, and money in its currency.
      await expect(
        page.getByRole('dialog', { name: title }).getByRole('row', { name: /^Size/ }),
      ).toContainText('42,000 companies · TAM $504M · SAM $176M · SOM $5.9M');
    expect(await seriousViolations(page), title).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: title })).toBeHidden();
  }
});
