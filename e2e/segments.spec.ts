// The Customer Segments workspace, part 1: build a segment, thread it through the canvas, read
// its health, coverage and ranking, rank its profile by keyboard, give a persona a photo.
import type { Locator, Page } from '@playwright/test';
import { CanvasDriver, expect, openSegmentTool, SegmentDriver, test } from './fixtures';

const NAME = 'Family clinics with 3+ doctors and no IT staff';

async function addProfileItems(panel: Locator, singular: string, texts: string[]) {
  for (const [i, text] of texts.entries()) {
    await panel.getByRole('button', { name: `Add ${singular}`, exact: true }).click();
    const label = `${singular[0]!.toUpperCase()}${singular.slice(1)} ${i + 1}`;
    const field = panel.getByRole('textbox', { name: label, exact: true });
    await expect(field).toBeFocused();
    await field.fill(text);
  }
}

async function profileTexts(panel: Locator, singular: string): Promise<string[]> {
  const fields = panel.getByRole('textbox', { name: new RegExp(`^${singular} \\d+$`, 'i') });
  return fields.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
}

async function waitSaved(page: Page) {
  // Autosave writes within 120 ms; give it a moment, as a person would before reloading.
  await page.waitForTimeout(400);
}

test('a founder builds a segment from a label to a complete, healthy profile, and finds it all after a reload', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(90_000);
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'SMB');

  // Enter on a segment opens its panel beside the canvas, with a URL of its own.
  let panel = await segments.open('SMB');
  await expect(page).toHaveURL(/\/segments\//);
  await expect(canvas.block('Customer Segments')).toBeVisible();
  await expect(segments.health(panel).filter({ hasText: 'Problem' })).toHaveCount(1);

  // Identity.
  await panel.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
  panel = segments.panel(NAME);
  await expect(segments.health(panel).filter({ hasText: 'Problem' })).toHaveCount(0);
  await expect(canvas.note(NAME)).toBeVisible();
  await panel
    .getByRole('textbox', { name: 'One-line description' })
    .fill('Clinics that book 40+ visits a day on paper and phone, with no one to run IT');
  await panel.getByRole('radio', { name: /^Niche market/ }).check();
  await panel.getByRole('combobox', { name: 'Kind' }).selectOption('B2B');
  await panel.getByRole('combobox', { name: 'Priority' }).selectOption('Primary');
  await panel.getByRole('textbox', { name: 'Who buys' }).fill('Practice manager');
  await panel.getByRole('textbox', { name: 'Who uses' }).fill('Receptionists and doctors');
  await panel.getByRole('checkbox', { name: /^Early adopters/ }).check();
  await panel.getByRole('textbox', { name: 'How many' }).fill('1,200');
  await panel.getByRole('textbox', { name: 'Of what' }).fill('clinics');
  await panel.getByRole('textbox', { name: 'TAM' }).fill('90 000 000');
  await panel.getByRole('textbox', { name: 'SAM' }).fill('4000000');
  await panel.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
  // SAM is under 10 % of TAM: the market-size score says so.
  await expect(panel.getByText(/under 10 %/)).toBeVisible();

  // Segmentation bases, each with how it differs.
  await panel.getByRole('checkbox', { name: 'Needs-based', exact: true }).check();
  await panel
    .getByRole('textbox', { name: 'How it differs: needs-based' })
    .fill('Need scheduling that survives a no-show without a receptionist');
  await panel.getByRole('checkbox', { name: 'Behavioural', exact: true }).check();
  await panel
    .getByRole('textbox', { name: 'How it differs: behavioural' })
    .fill('Book by phone; reschedule 30 % of visits');

  // The template.
  await panel
    .getByRole('textbox', { name: 'Key behaviours and observable signals' })
    .fill('More than 40 appointments a day; no practice-management software in the stack');
  await panel
    .getByRole('textbox', { name: 'Shared job-to-be-done' })
    .fill('Keep every doctor fully booked');

  // The customer profile.
  await addProfileItems(panel, 'job', ['Fill cancelled slots', 'Feel in control', 'Look modern']);
  await addProfileItems(panel, 'pain', ['No-shows', 'Phone queues', 'Double bookings']);
  await addProfileItems(panel, 'gain', ['Full days', 'Fewer calls', 'Happy patients']);
  await panel.getByRole('combobox', { name: 'Severity of pain 1' }).selectOption('Severity 5/5');

  // A persona, and the scores.
  await panel.getByRole('button', { name: 'Add persona' }).click();
  // Straight into the new persona, as into a new job.
  await expect(panel.getByRole('textbox', { name: 'Persona name' })).toBeFocused();
  await panel.getByRole('textbox', { name: 'Persona name' }).fill('Marta, practice manager');
  await panel.getByRole('textbox', { name: 'Quote' }).fill('“Mondays are chaos.”');
  await panel.getByRole('combobox', { name: /^Depth of pain/ }).selectOption('5 (high)');
  await panel.getByRole('combobox', { name: /^Market size/ }).selectOption('3');
  await expect(panel.getByText('Total: 4 of 5')).toBeVisible();
  // No percentage beside it: "4 of 5 (75 %)" (1 to 5 stretched to 0–100 %) read as a mistake.
  await expect(panel.getByText(/^Total: 4 of 5 Not yet scored: /)).toBeVisible();

  // The thread: a note in each serving block, linked from its Segments dialog.
  for (const [block, text] of [
    ['Value Propositions', 'Waiting lists that refill cancelled slots'],
    ['Channels', 'Regional medical associations'],
    ['Customer Relationships', 'Onboarding in one afternoon'],
    ['Revenue Streams', 'Monthly plan per doctor'],
  ] as const) {
    await canvas.addNote(block, text);
    await segments.link(text, NAME);
  }
  await expect(panel.getByRole('list', { name: 'Linked notes by block' })).toContainText(
    'Waiting lists that refill cancelled slots',
  );
  // Only the evidence advice is left: the rest comes with the evidence log.
  await expect(segments.health(panel)).toHaveCount(1);
  await expect(segments.health(panel).first()).toContainText('Advice');

  await waitSaved(page);
  await page.reload();
  panel = segments.panel(NAME);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('radio', { name: /^Niche market/ })).toBeChecked();
  await expect(panel.getByRole('combobox', { name: 'Priority' })).toHaveValue('primary');
  await expect(panel.getByRole('checkbox', { name: /^Early adopters/ })).toBeChecked();
  await expect(panel.getByRole('textbox', { name: 'SAM' })).toHaveValue('4000000');
  await expect(panel.getByRole('textbox', { name: 'How many' })).toHaveValue('1200');
  await expect(panel.getByRole('textbox', { name: 'TAM' })).toHaveValue('90000000');
  await expect(panel.getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
  await expect(panel.getByRole('textbox', { name: 'How it differs: behavioural' })).toHaveValue(
    'Book by phone; reschedule 30 % of visits',
  );
  expect(await profileTexts(panel, 'pain')).toEqual([
    'No-shows',
    'Phone queues',
    'Double bookings',
  ]);
  await expect(panel.getByRole('combobox', { name: 'Severity of pain 1' })).toHaveValue('5');
  await expect(panel.getByRole('textbox', { name: 'Persona name' })).toHaveValue(
    'Marta, practice manager',
  );
  await expect(panel.getByText('Total: 4 of 5')).toBeVisible();
  await expect(segments.health(panel)).toHaveCount(1);

  // Undo walks back field by field.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(segments.panel()).toBeHidden();
  // Focus is back on the segment's note, where the keyboard user came from.
  await expect(canvas.note(NAME)).toBeFocused();
  await expect(page).not.toHaveURL(/\/segments\//);
});

test('pains are ranked by keyboard and by mouse, and the ranking survives a reload', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Ranking');
  await canvas.addNote('Customer Segments', NAME);
  const panel = await segments.open(NAME);
  await addProfileItems(panel, 'pain', ['Phone queues', 'Double bookings', 'No-shows']);

  // Space picks the handle up, arrow keys move it, Space drops it.
  const handle = panel.getByRole('button', { name: 'Rank 3: move No-shows' });
  await handle.focus();
  // Each step waits for what a screen reader hears, as a person waits to see the item move.
  const heard = (text: string | RegExp) =>
    expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
  await page.keyboard.press('Space');
  await heard(/No-shows.* rank 3 of 3/);
  await page.keyboard.press('ArrowUp');
  await heard('No-shows would be rank 2 of 3');
  await page.keyboard.press('ArrowUp');
  await heard('No-shows would be rank 1 of 3');
  await page.keyboard.press('Space');
  await heard('No-shows is now rank 1 of 3');
  await expect
    .poll(() => profileTexts(panel, 'pain'))
    .toEqual(['No-shows', 'Phone queues', 'Double bookings']);
  await expect(panel.getByRole('button', { name: 'Rank 1: move No-shows' })).toBeFocused();

  // With the mouse: drag "Double bookings" by its handle above "Phone queues".
  await panel
    .getByRole('button', { name: 'Rank 3: move Double bookings' })
    .scrollIntoViewIfNeeded();
  await panel.getByRole('button', { name: 'Rank 2: move Phone queues' }).scrollIntoViewIfNeeded();
  const from = (await panel
    .getByRole('button', { name: 'Rank 3: move Double bookings' })
    .boundingBox())!;
  const to = (await panel
    .getByRole('button', { name: 'Rank 2: move Phone queues' })
    .boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y - 4, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2, to.y - 6, { steps: 2 });
  await page.mouse.up();
  await expect
    .poll(() => profileTexts(panel, 'pain'))
    .toEqual(['No-shows', 'Double bookings', 'Phone queues']);

  await waitSaved(page);
  await page.reload();
  await expect
    .poll(() => profileTexts(segments.panel(NAME), 'pain'))
    .toEqual(['No-shows', 'Double bookings', 'Phone queues']);
});

test('removing jobs one after another by keyboard: the focus moves to the next, never to the body', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Removing');
  await canvas.addNote('Customer Segments', NAME);
  const panel = await segments.open(NAME);
  await addProfileItems(panel, 'job', ['Book a slot', 'Pay online', 'Get reminders']);

  await panel.getByRole('button', { name: 'Remove Pay online' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Remove Get reminders' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Remove Book a slot' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await profileTexts(panel, 'job')).toEqual([]);
  // The last one gone: the list itself, so Tab goes on to its "Add job".
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('seg-field-jobs');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Add job', exact: true })).toBeFocused();
});

test('the priority chart prints each segment’s name where it can be read, none over another', async ({
  canvas,
  page,
}) => {
  await canvas.home();
  await canvas.createExample();
  await openSegmentTool(page, 'Compare segments');
  const chart = page
    .getByRole('dialog', { name: /Compare/ })
    .getByRole('img', { name: /^Priority chart of 3 segments/ });
  const boxes = [];
  for (const name of ['Plug-and-play teams', 'Data-messy teams', 'Compliance-heavy teams'])
    boxes.push((await chart.getByText(name, { exact: true }).boundingBox())!);
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
});

test('notes are linked to segments, show their marks, and the lens walks one segment’s thread', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Lens');
  await canvas.addNote('Customer Segments', 'Riders who commute at night');
  await canvas.addNote('Customer Segments', 'Drivers with their own car');
  await canvas.addNote('Value Propositions', 'A ride in five minutes');
  await canvas.addNote('Value Propositions', 'Earn on your own schedule');
  await canvas.addNote('Channels', 'App stores');
  await segments.link('A ride in five minutes', 'Riders who commute at night');
  await segments.link('Earn on your own schedule', 'Drivers with their own car');
  await segments.link('App stores', 'Riders who commute at night');
  await segments.link('App stores', 'Drivers with their own car');

  // Marks name the segments a note serves.
  const marks = (text: string) => canvas.noteItem(text).getByRole('img', { name: /^Serves:/ });
  await expect(marks('App stores')).toHaveAccessibleName(
    'Serves: Riders who commute at night Drivers with their own car',
  );
  await expect(marks('A ride in five minutes')).toHaveAccessibleName(
    'Serves: Riders who commute at night',
  );
  // Each mark is seen in its segment's colour, not only named.
  const dots = marks('App stores').locator('[data-segment]');
  await expect(dots).toHaveCount(2);
  await expect(dots.first()).toBeVisible();
  const colours = await dots.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).backgroundColor),
  );
  expect(new Set(colours).size).toBe(2);

  const lens = page.getByRole('combobox', { name: 'Segment lens' });
  const dimmed = (text: string) =>
    canvas
      .noteItem(text)
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--dimmed').trim() === '1');
  await lens.selectOption('Riders who commute at night');
  await expect.poll(() => dimmed('Earn on your own schedule')).toBe(true);
  await expect.poll(() => dimmed('A ride in five minutes')).toBe(false);
  await expect.poll(() => dimmed('App stores')).toBe(false);
  await expect.poll(() => dimmed('Riders who commute at night')).toBe(false);

  // Esc shows all segments again; so does the "All segments" button.
  await canvas.note('App stores').focus();
  await page.keyboard.press('Escape');
  await expect(lens).toHaveValue('');
  await expect.poll(() => dimmed('Earn on your own schedule')).toBe(false);
  await lens.selectOption('Drivers with their own car');
  await expect.poll(() => dimmed('A ride in five minutes')).toBe(true);
  await page.getByRole('button', { name: 'All segments', exact: true }).click();
  await expect.poll(() => dimmed('A ride in five minutes')).toBe(false);

  // Unlinking is as easy; a deleted segment leaves no dangling marks, and a lens on it clears.
  await lens.selectOption('Drivers with their own car');
  await canvas.note('Drivers with their own car').focus();
  await page.keyboard.press('Delete');
  await expect(lens).toHaveValue('');
  await expect.poll(() => dimmed('A ride in five minutes')).toBe(false);
  await expect(marks('App stores')).toHaveAccessibleName('Serves: Riders who commute at night');
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(marks('App stores')).toHaveAccessibleName(
    'Serves: Riders who commute at night Drivers with their own car',
  );
});

test('the coverage matrix shows which segment has nothing in which block, and fills a gap', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Coverage');
  await canvas.addNote('Customer Segments', 'Bulk monthly buyers');
  await canvas.addNote('Channels', 'Email newsletter');
  await segments.link('Email newsletter', 'Bulk monthly buyers');

  await openSegmentTool(page, 'Coverage');
  const dialog = page.getByRole('dialog', { name: 'Coverage: what serves each segment' });
  const row = dialog.getByRole('row', { name: /Bulk monthly buyers/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1 note'); // Channels
  await expect(dialog.getByText('4 gaps')).toBeVisible();

  await row
    .getByRole('button', { name: 'Add a Revenue Streams note for Bulk monthly buyers' })
    .click();
  await expect(dialog).toBeHidden();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeFocused();
  await editor.fill('Volume discount subscription');
  await editor.press('Control+Enter');
  await expect(
    canvas.noteItem('Volume discount subscription').getByRole('img', { name: /^Serves:/ }),
  ).toHaveAccessibleName('Serves: Bulk monthly buyers');

  await openSegmentTool(page, 'Coverage');
  await expect(dialog.getByText('3 gaps')).toBeVisible();
});

test('a persona gets a photo (resized and stored), a wrong file is refused with a message', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Personas');
  await canvas.addNote('Customer Segments', NAME);
  const panel = await segments.open(NAME);
  await panel.getByRole('button', { name: 'Add persona' }).click();
  await panel.getByRole('textbox', { name: 'Persona name' }).fill('Marta');

  await panel
    .getByLabel('Upload photo for Marta')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(panel.getByRole('alert')).toContainText('is not a PNG, JPEG or WebP image');

  // A 1200×600 picture, drawn by the browser: stored resized to 480×240.
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 1200;
    c.height = 600;
    const g = c.getContext('2d')!;
    g.fillStyle = '#c0392b';
    g.fillRect(0, 0, 1200, 600);
    return c.toDataURL('image/png');
  });
  const png = Buffer.from(dataUrl.split(',')[1]!, 'base64');
  await panel
    .getByLabel('Upload photo for Marta')
    .setInputFiles({ name: 'marta.png', mimeType: 'image/png', buffer: png });
  const photo = panel.getByRole('img', { name: 'Marta' });
  await expect(photo).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);

  await waitSaved(page);
  await page.reload();
  await expect(segments.panel(NAME).getByRole('img', { name: 'Marta' })).toBeVisible();

  // Removed and brought back by undo: shown again, with no failed load of the old picture.
  const failed: string[] = [];
  page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
  page.on('requestfailed', (r) => failed.push(r.url()));
  await segments.panel(NAME).getByRole('button', { name: 'Remove photo' }).click();
  await expect(segments.panel(NAME).getByRole('img', { name: 'Marta' })).toHaveCount(0);
  await segments.panel(NAME).getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('Control+z');
  const back = segments.panel(NAME).getByRole('img', { name: 'Marta' });
  await expect(back).toBeVisible();
  await expect
    .poll(() => back.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(480);
  expect(failed).toEqual([]);
});

test('a segment’s panel opens beside the canvas without squeezing it, and prints as without it', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Beside the panel');
  await canvas.addNote('Customer Segments', 'Night-shift nurses');
  await canvas.addNote('Value Propositions', 'Rosters that respect sleep');
  const block = page.getByRole('region', { name: 'Value Propositions' });
  const width = async () => (await block.boundingBox())!.width;
  const alone = await width();
  await page.emulateMedia({ media: 'print' });
  const printedAlone = await width();
  await page.emulateMedia({ media: 'screen' });

  // The canvas keeps its width beside the panel and scrolls sideways instead.
  const panel = await segments.open('Night-shift nurses');
  expect(Math.abs((await width()) - alone)).toBeLessThan(1);
  const scrolls = await block.evaluate((el) => {
    for (let box = el.parentElement; box; box = box.parentElement)
      if (getComputedStyle(box).overflowX === 'auto' && box.scrollWidth > box.clientWidth + 1)
        return true;
    return false;
  });
  expect(scrolls).toBe(true);

  // Printed, the canvas is laid out as it is without a panel, 257 mm wide at most (a landscape
  // page's width; zoomed out to fit its height).
  await page.emulateMedia({ media: 'print' });
  expect(Math.abs((await width()) - printedAlone)).toBeLessThan(1);
  const printedPage = (await page.getByRole('main').boundingBox())!;
  expect(printedPage.width).toBeLessThanOrEqual((257 * 96) / 25.4 + 1);
  await page.emulateMedia({ media: 'screen' });

  // Closed, the canvas has the window again; in a narrower window it follows it, and a panel
  // opened then keeps that new width.
  await panel.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(panel).toBeHidden();
  expect(Math.abs((await width()) - alone)).toBeLessThan(1);
  await page.setViewportSize({ width: 1100, height: 720 });
  await expect.poll(width).toBeLessThan(alone - 20);
  const narrower = await width();
  await segments.open('Night-shift nurses');
  expect(Math.abs((await width()) - narrower)).toBeLessThan(1);

  // Reloaded on the segment's address, the page opens with the panel: the board still takes the
  // width it would have alone (it took the narrowest the panel allows, its headings broken).
  await page.reload();
  await expect(segments.panel('Night-shift nurses')).toBeVisible();
  expect(Math.abs((await width()) - narrower)).toBeLessThan(1);
});

test('pasted HTML and emoji in segment fields are shown as text and saved', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Hostile');
  await canvas.addNote('Customer Segments', 'Night-shift nurses 🌙');
  const panel = await segments.open('Night-shift nurses 🌙');
  const html = '<img src=x onerror="window.__pwned=1"><b>bold</b> 👩‍⚕️';
  await panel.getByRole('textbox', { name: 'One-line description' }).fill(html);
  await addProfileItems(panel, 'job', [html]);
  await waitSaved(page);
  await page.reload();
  const again = segments.panel('Night-shift nurses 🌙');
  await expect(again.getByRole('textbox', { name: 'One-line description' })).toHaveValue(html);
  await expect(again.getByRole('textbox', { name: 'Job 1' })).toHaveValue(html);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // The thread and the compare view show names as text too.
  await openSegmentTool(page, 'Compare segments');
  await expect(page.getByRole('link', { name: 'Night-shift nurses 🌙' })).toBeVisible();
});

test('every example comes with worked segments: healthy, covered, and ranked', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(60_000);
  for (const example of [
    /^Clearview Analytics/,
    /^Northwind/,
    /^Riverside/,
    /^Hop/,
    /^Parcel & Cloud/,
  ]) {
    await canvas.home();
    await canvas.createExample(example);
    const names = await canvas.notesIn('Customer Segments');
    expect(names.length).toBeGreaterThanOrEqual(2);

    // No gaps in the coverage matrix, and every segment scored in the ranking.
    await openSegmentTool(page, 'Coverage');
    await expect(
      page.getByText('Every segment has something in each of these blocks.'),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await openSegmentTool(page, 'Compare segments');
    const compare = page.getByRole('dialog', { name: 'Compare segments' });
    await expect(compare.getByRole('row')).toHaveCount(names.length + 1);
    await expect(compare.getByRole('cell', { name: 'Not scored yet' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(compare).toBeHidden();

    // The first segment's profile is complete: only the evidence advice remains, and in
    // Clearview, which comes with its evidence log, not even that.
    const panel = await segments.open(names[0]!.split('\n')[0]!);
    await expect(segments.health(panel)).toHaveCount(
      example.source.startsWith('^Clearview') ? 0 : 1,
    );
    await expect(panel.getByRole('textbox', { name: 'Persona name' }).first()).not.toHaveValue('');
    await panel.getByRole('button', { name: 'Close' }).click();
  }
  // The ride-hailing platform's sides depend on each other.
  await canvas.home();
  await canvas.createExample(/^Hop/);
  const panel = await segments.open((await canvas.notesIn('Customer Segments'))[1]!);
  await expect(panel.getByText(/Depended on by: .*Riders/)).toBeVisible();
});

test('a platform’s sides: a dependency shows on the other side’s profile and follows its name', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Rides');
  await canvas.addNote('Customer Segments', 'Riders');
  await canvas.addNote('Customer Segments', 'Drivers');

  let panel = await segments.open('Drivers');
  const dependsOn = panel.getByRole('group', { name: 'Depends on' });
  await dependsOn.getByRole('checkbox', { name: 'Riders' }).check();

  panel = await segments.open('Riders');
  await expect(panel.getByText('Depended on by: Drivers')).toBeVisible();

  // Renamed on the canvas while Riders' profile stays open: the profile follows.
  await canvas.note('Drivers').focus();
  await page.keyboard.press('F2');
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.fill('Couriers');
  await editor.press('Control+Enter');
  await expect(panel.getByText('Depended on by: Couriers')).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Depends on' })).toContainText('Couriers');

  // And the dependency taken back from Couriers' profile is gone from Riders'.
  panel = await segments.open('Couriers');
  await panel
    .getByRole('group', { name: 'Depends on' })
    .getByRole('checkbox', { name: 'Riders' })
    .uncheck();
  panel = await segments.open('Riders');
  await expect(panel.getByRole('group', { name: 'Depends on' })).toBeVisible();
  await expect(panel.getByText(/Depended on by/)).toHaveCount(0);
});

test('a panel restored by a reload leaves the focus where the person has already put it', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Reloaded');
  await canvas.addNote('Customer Segments', 'Riders');
  await canvas.addNote('Customer Segments', 'Drivers');
  await segments.open('Riders');
  await page.waitForTimeout(400); // saved

  // The panel's code arrives only once the person has focused another segment's note.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/SegmentPanel-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.reload();
  await canvas.note('Drivers').focus();
  release();
  await expect(segments.panel('Riders')).toBeVisible();
  await expect(canvas.note('Drivers')).toBeFocused();

  // And Enter opens the segment it is on.
  await page.keyboard.press('Enter');
  await expect(segments.panel('Drivers')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Segment: Drivers' })).toBeFocused();
});

test('segment edits reach a second tab, undo walks them back, and a huge paste is cut with a notice', async ({
  page,
  context,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Two tabs');
  await canvas.addNote('Customer Segments', NAME);
  await canvas.addNote('Channels', 'Medical trade fairs');
  const panel = await segments.open(NAME);

  // The same segment open in a second tab.
  const other = await context.newPage();
  await other.goto(page.url());
  const otherPanel = other.getByRole('complementary', { name: `Segment: ${NAME}` });
  await expect(otherPanel).toBeVisible();

  await panel.getByRole('textbox', { name: 'One-line description' }).fill('Books 40+ visits a day');
  await panel.getByRole('combobox', { name: 'Priority' }).selectOption('Primary');
  await expect(otherPanel.getByRole('textbox', { name: 'One-line description' })).toHaveValue(
    'Books 40+ visits a day',
    { timeout: 1500 },
  );
  await expect(otherPanel.getByRole('combobox', { name: 'Priority' })).toHaveValue('primary');
  // A link made in the second tab shows in the first tab's thread.
  await new SegmentDriver(other, new CanvasDriver(other)).link('Medical trade fairs', NAME);
  await expect(panel.getByRole('list', { name: 'Linked notes by block' })).toContainText(
    'Medical trade fairs',
    { timeout: 1500 },
  );
  await other.close();

  // Undo (the header button) walks back field by field: priority, then the description.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(panel.getByRole('combobox', { name: 'Priority' })).toHaveValue('');
  await undo.click();
  await expect(panel.getByRole('textbox', { name: 'One-line description' })).toHaveValue('');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(panel.getByRole('textbox', { name: 'One-line description' })).toHaveValue(
    'Books 40+ visits a day',
  );

  // A paste far over a field's limit is cut to it, and the field says so.
  const signals = panel.getByRole('textbox', { name: 'Key behaviours and observable signals' });
  await signals.focus();
  await signals.fill('x'.repeat(50_000));
  await expect(signals).toHaveValue('x'.repeat(2000));
  await expect(
    panel.getByRole('status').filter({ hasText: 'Cut to 2,000 characters' }),
  ).toBeVisible();
  await waitSaved(page);
  await page.reload();
  await expect(
    segments.panel(NAME).getByRole('textbox', { name: 'Key behaviours and observable signals' }),
  ).toHaveValue('x'.repeat(2000));
});

test('the health summary takes you to the field to fix, and weights re-rank segments live', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Summary');
  await canvas.addNote('Customer Segments', 'Everyone');
  await canvas.addNote('Customer Segments', 'Night-shift nurses in private clinics');

  // The canvas-level summary lists every segment's checks; "Go to" opens the segment at the field.
  await openSegmentTool(page, 'Segment health');
  const summary = page.getByRole('dialog', { name: 'Segment health' });
  const everyone = summary.getByRole('region', { name: 'Everyone' });
  await expect(everyone.getByText('Problem')).toBeVisible();
  await everyone.getByRole('button', { name: 'Go to name' }).click();
  await expect(summary).toBeHidden();
  const panel = segments.panel('Everyone');
  await expect(panel.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();

  // Scores and weights: the ranking follows the weights as they change.
  await panel.getByRole('combobox', { name: /^Reach/ }).selectOption('5 (high)');
  await panel.getByRole('combobox', { name: /^Budget/ }).selectOption('1 (low)');
  const nurses = await segments.open('Night-shift nurses in private clinics');
  await nurses.getByRole('combobox', { name: /^Reach/ }).selectOption('1 (low)');
  await nurses.getByRole('combobox', { name: /^Budget/ }).selectOption('5 (high)');

  await openSegmentTool(page, 'Compare segments');
  const compare = page.getByRole('dialog', { name: 'Compare segments' });
  const first = () => compare.getByRole('row').nth(1).getByRole('rowheader');
  // Equal weights: a tie, both ranked 1, in canvas order.
  await expect(compare.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
  await expect(compare.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('1');
  await compare.getByRole('combobox', { name: 'Weight of budget' }).selectOption('5');
  await expect(first()).toHaveText('Night-shift nurses in private clinics');
  await compare.getByRole('combobox', { name: 'Weight of budget' }).selectOption('1');
  await compare.getByRole('combobox', { name: 'Weight of reach' }).selectOption('5');
  await expect(first()).toHaveText('Everyone');
});

test('the segment tools are one menu in the header, used by keyboard alone', async ({
  page,
  canvas,
}) => {
  await canvas.home();
  await canvas.createExample();
  const toolsButton = page.getByRole('button', { name: 'Segment tools' });
  const menu = page.getByRole('menu', { name: 'Segment tools' });

  // At 1280 × 720 the header keeps to two rows: the name on the first, the tools together on the
  // second, and the canvas starts right under them.
  const top = async (locator: Locator) => (await locator.boundingBox())!.y;
  const name = page.getByRole('textbox', { name: 'Canvas name' });
  const lens = page.getByRole('combobox', { name: 'Segment lens' });
  const rowTwo = await top(toolsButton);
  expect(rowTwo).toBeGreaterThan(await top(name));
  for (const tool of [
    lens,
    page.getByRole('button', { name: 'Export', exact: true }),
    page.getByRole('button', { name: 'Present' }),
  ])
    expect(Math.abs((await top(tool)) - rowTwo)).toBeLessThan(8);
  expect(await top(canvas.block('Key Partners'))).toBeLessThan(rowTwo + 60);

  // Down opens the menu on its first tool; End, a first letter, Enter.
  await toolsButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Coverage' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Snapshots' })).toBeFocused();
  await page.keyboard.press('d');
  await expect(menu.getByRole('menuitem', { name: 'Differences' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Are they really different?' });
  await expect(dialog).toBeVisible();
  await expect(menu).toBeHidden();
  // Closing the tool goes back to the menu's button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toolsButton).toBeFocused();

  // Escape closes the menu alone (the lens, the panel and the canvas are left as they were).
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Coverage' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toolsButton).toBeFocused();

  // Tab closes it and moves on to what follows it; Shift+Tab comes back.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toolsButton).toBeFocused();

  // A click elsewhere closes it too.
  await toolsButton.click();
  await expect(menu).toBeVisible();
  await name.click();
  await expect(menu).toBeHidden();
});

test('two tabs typing at once into one segment, in different fields, both keep their text', async ({
  page,
  context,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Typing together');
  await canvas.addNote('Customer Segments', 'Night-shift nurses');
  const panel = await segments.open('Night-shift nurses');
  const other = await context.newPage();
  await other.goto(page.url());
  const otherPanel = other.getByRole('complementary', { name: 'Segment: Night-shift nurses' });
  await expect(otherPanel).toBeVisible();

  // Interleaved keystrokes, as two people typing at the same time.
  const buyer = 'Head nurse on the ward';
  const user = 'Nurses on the night rota';
  await panel.getByRole('textbox', { name: 'Who buys' }).focus();
  await otherPanel.getByRole('textbox', { name: 'Who uses' }).focus();
  for (let i = 0; i < Math.max(buyer.length, user.length); i++) {
    if (buyer[i]) await page.keyboard.type(buyer[i]!);
    if (user[i]) await other.keyboard.type(user[i]!);
    await page.waitForTimeout(15);
  }

  for (const p of [panel, otherPanel]) {
    await expect(p.getByRole('textbox', { name: 'Who buys' })).toHaveValue(buyer);
    await expect(p.getByRole('textbox', { name: 'Who uses' })).toHaveValue(user);
  }

  // Text added at the end by the other tab leaves this tab's caret where it is in the field.
  const buys = panel.getByRole('textbox', { name: 'Who buys' });
  await buys.focus();
  await buys.evaluate((el: HTMLInputElement) => el.setSelectionRange(4, 4));
  await otherPanel.getByRole('textbox', { name: 'Who buys' }).focus();
  await other.keyboard.press('End');
  await other.keyboard.type(' unit');
  await expect(buys).toHaveValue(`${buyer} unit`);
  expect(await buys.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(4);
  await buys.blur();
  await other.close();
  await page.reload();
  await expect(panel.getByRole('textbox', { name: 'Who buys' })).toHaveValue(`${buyer} unit`);
  await expect(panel.getByRole('textbox', { name: 'Who uses' })).toHaveValue(user);
});

test('a segment moved out of Customer Segments, or deleted, says which links went, and Undo brings them back', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Links go with it');
  await canvas.addNote('Customer Segments', 'Night-shift nurses');
  await canvas.addNote('Value Propositions', 'Rota on the phone');
  await segments.link('Rota on the phone', 'Night-shift nurses');
  const linked = canvas.noteItem('Rota on the phone');
  await linked.hover();
  await expect(linked.getByRole('button', { name: 'Segments (1)' })).toBeVisible();

  // A stray arrow key moves the segment out of its block: the loss of its links is said.
  await canvas.note('Night-shift nurses').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(canvas.notesList('Customer Segments').getByRole('listitem')).toHaveCount(0);
  const toast = page
    .getByRole('status')
    .filter({ hasText: 'left Customer Segments, so it is no longer a segment' });
  await expect(toast).toHaveText(
    /“Night-shift nurses” left Customer Segments, so it is no longer a segment; 1 note was unlinked from it\./,
  );
  await linked.hover();
  await expect(linked.getByRole('button', { name: 'Segments', exact: true })).toBeVisible();

  await toast.getByRole('button', { name: 'Undo' }).click();
  await canvas.expectNotes('Customer Segments', ['Night-shift nurses']);
  await linked.hover();
  await expect(linked.getByRole('button', { name: 'Segments (1)' })).toBeVisible();

  // Deleted: the same, in the delete's message.
  await canvas.note('Night-shift nurses').focus();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Segment deleted; 1 note was unlinked from it.')).toBeVisible();
});

test('Shift+Tab through a segment’s panel never hides the field in focus under its header', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.home();
  await canvas.createExample();
  const panel = await segments.open('Plug-and-play teams');
  await panel.getByRole('button', { name: 'Add onboarding step' }).focus();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Shift+Tab');
    const [top, headerBottom] = await page.evaluate(() => {
      const el = document.activeElement!;
      const head = el.closest('aside')?.querySelector('.segment-panel__header');
      return [el.getBoundingClientRect().top, head?.getBoundingClientRect().bottom ?? 0];
    });
    expect(top, `Shift+Tab ${i + 1}`).toBeGreaterThanOrEqual(headerBottom - 1);
  }
  await expect(panel.getByRole('heading', { name: 'Plug-and-play teams' })).toBeVisible();
});

test('numbers are read as typed, European style too; something that is not one says so and stays', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Numbers');
  await canvas.addNote('Customer Segments', 'Dental chains');
  const panel = await segments.open('Dental chains');
  const metrics = panel.getByRole('region', { name: 'Metrics over time' });
  await metrics.getByRole('combobox', { name: 'Metric to add' }).selectOption('Churn rate');
  await metrics.getByRole('button', { name: 'Add metric' }).click();
  // "4,5" is four and a half per cent, not 45.
  await metrics.getByRole('textbox', { name: 'Value of Churn rate' }).fill('4,5');
  await metrics.getByRole('button', { name: 'Add value to Churn rate' }).click();
  await expect(metrics.getByRole('img', { name: /^Churn rate: .*4\.5 %/ }).first()).toBeVisible();
  // Two counts on one day: the latest entered is the day's latest.
  await metrics.getByRole('combobox', { name: 'Metric to add' }).selectOption('Customers');
  await metrics.getByRole('button', { name: 'Add metric' }).click();
  for (const count of ['500', '600']) {
    await metrics.getByRole('textbox', { name: 'Value of Customers' }).fill(count);
    await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
  }
  await expect(metrics.getByRole('img', { name: /^Customers: / }).first()).toHaveAccessibleName(
    /to 600 customers on .*, 2 values$/,
  );
  // A reading that cannot be one of its kind is refused with the reason, and stays to be mended.
  const customers = metrics.getByRole('textbox', { name: 'Value of Customers' });
  for (const count of ['2.5', '-3']) {
    await customers.fill(count);
    await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
    await expect(customers).toHaveValue(count);
    await expect(customers).toHaveAccessibleDescription(
      'Customers are counted in whole numbers, 0 or more.',
    );
  }
  const churn = metrics.getByRole('textbox', { name: 'Value of Churn rate' });
  await churn.fill('120');
  await metrics.getByRole('button', { name: 'Add value to Churn rate' }).click();
  await expect(churn).toHaveAccessibleDescription('A churn rate is between 0 and 100 %.');
  // Digits as Arabic readers type them.
  await customers.fill('٧٠٠');
  await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
  await expect(metrics.getByRole('img', { name: /^Customers: / }).first()).toHaveAccessibleName(
    /to 700 customers on .*, 3 values$/,
  );

  // An overdue review says when it was due as the reader reads days.
  await panel.getByLabel('Next review').fill('2026-10-03');
  await expect(panel.getByRole('region', { name: 'Health checks' })).toContainText(
    'Its review was due on Oct 3, 2026.',
  );

  // A market size in European style; a hexadecimal one is refused, and stays to be corrected.
  const tam = panel.getByRole('textbox', { name: /^TAM/ });
  await tam.fill('1.200.000');
  await tam.blur();
  await expect(tam).toHaveValue('1200000');
  await tam.fill('0x10');
  await tam.blur();
  await expect(tam).toHaveValue('0x10');
  await expect(panel.getByText('Enter a number, like 1200, 1,200,000 or 4.5.')).toBeVisible();
  // A count of customers is whole.
  const howMany = panel.getByRole('textbox', { name: 'How many' });
  await howMany.fill('40');
  await howMany.fill('4.5');
  await howMany.blur();
  await expect(howMany).toHaveValue('4.5');
  await expect(howMany).toHaveAccessibleDescription(
    'Enter a whole number, like 1200 or 1,200,000.',
  );
  await howMany.fill('-5');
  await expect(howMany).toHaveAccessibleDescription('Enter 0 or more.');
  // A count has no fractions: "1.200" is twelve hundred, as a German writes it.
  await howMany.fill('1.200');
  await howMany.blur();
  await expect(howMany).toHaveValue('1200');
  await page.waitForTimeout(300);
  await page.reload();
  await expect(panel.getByRole('textbox', { name: /^TAM/ })).toHaveValue('1200000');
  await expect(panel.getByRole('textbox', { name: 'How many' })).toHaveValue('1200');
});

test('a segment field at its length limit shows only what it keeps, and says so', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Limits');
  await canvas.addNote('Customer Segments', 'Clinics');
  const panel = await segments.open('Clinics');
  const who = panel.getByRole('textbox', { name: 'Who buys' });
  await who.focus();
  await page.keyboard.insertText('w'.repeat(300));
  await expect(panel.getByText('Cut to 280 characters: this field holds no more.')).toBeVisible();
  await expect(who).toHaveValue('w'.repeat(280));
  await who.pressSequentially('XYZ');
  await expect(who).toHaveValue('w'.repeat(280));
  await who.press('Tab');
  await page.waitForTimeout(400);
  await page.reload();
  await expect(segments.panel('Clinics').getByRole('textbox', { name: 'Who buys' })).toHaveValue(
    'w'.repeat(280),
  );
});

test('text written right to left runs right to left: on the note, in the panel, in its fields', async ({
  canvas,
  segments,
}) => {
  const name = 'عيادات الأسنان في المدن.';
  await canvas.createCanvas('Right to left');
  await canvas.addNote('Customer Segments', name);
  const direction = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).direction);
  expect(await direction(canvas.note(name))).toBe('rtl');
  const panel = await segments.open(name);
  expect(
    await panel
      .getByRole('heading', { name, level: 2 })
      .evaluate((el) => getComputedStyle(el.querySelector('bdi')!).direction),
  ).toBe('rtl');
  const description = panel.getByRole('textbox', { name: 'One-line description' });
  await description.fill('أطباء أسنان مع ثلاثة كراسي.');
  expect(await direction(description)).toBe('rtl');
  // An English field stays left to right.
  await panel.getByRole('textbox', { name: 'Who buys' }).fill('The practice owner.');
  expect(await direction(panel.getByRole('textbox', { name: 'Who buys' }))).toBe('ltr');
});

test('a segment opened beside a narrow canvas scrolls its note into view, and the header stays', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Family clinics');
  // At 1280 px the board keeps its width beside the panel, so Customer Segments lies under it.
  const panel = await segments.open('Family clinics');
  await expect(canvas.note('Family clinics')).toBeInViewport({ ratio: 0.9 });
  // Only the board scrolled: the canvas's name and its tools did not go with it.
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Segment tools' })).toBeInViewport({ ratio: 1 });
  await expect(panel).toBeVisible();

  // The browser's Back closes the panel as Close does: the focus goes back to the segment.
  await page.goBack();
  await expect(panel).toBeHidden();
  await expect(canvas.note('Family clinics')).toBeFocused();
});

test('on a phone, a segment named with one long word wraps in Coverage, and the blocks show beside it', async ({
  page,
  canvas,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await canvas.createCanvas('Long words');
  await canvas.addNote(
    'Customer Segments',
    'Pneumonoultramicroscopicsilicovolcanoconiosis-affected enterprise procurement departments',
  );
  await openSegmentTool(page, 'Coverage');
  const dialog = page.getByRole('dialog', { name: /^Coverage/ });
  const header = dialog.getByRole('columnheader', { name: 'Value Propositions' });
  await expect(header).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('rowheader', { name: /^Pneumono/ })).toBeInViewport({ ratio: 1 });
});
