import { test, expect, seriousViolations } from './fixtures';

test('create, rename, duplicate and open canvases; the URL and back button keep the place', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Bike repair');
  await canvas.addNote('Customer Segments', 'Commuters');
  const url = page.url();
  expect(url).toMatch(/\/canvas\/canvas_[a-z0-9]+$/);

  await page.getByRole('link', { name: 'All canvases' }).click();
  const list = page.getByRole('list', { name: 'Canvases' });
  await expect(list.getByRole('link', { name: 'Bike repair' })).toBeVisible();
  await expect(list.getByText('1 note')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(url);
  await canvas.expectNotes('Customer Segments', ['Commuters']);
  await page.goBack();

  // By keyboard: the dialog opens with its name in the field, selected, ready to type over.
  await page.getByRole('button', { name: 'Rename Bike repair' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Rename canvas' });
  await expect(dialog.getByRole('textbox', { name: 'Canvas name' })).toBeFocused();
  await page.keyboard.type('Bike repair co-op');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('link', { name: 'Bike repair co-op' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate Bike repair co-op' }).click();
  await expect(list.getByRole('link', { name: 'Bike repair co-op (copy)' })).toBeVisible();
  await list.getByRole('link', { name: 'Bike repair co-op (copy)' }).click();
  await canvas.expectNotes('Customer Segments', ['Commuters']);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(
    'Bike repair co-op (copy)',
  );
});

test('a deleted canvas can be brought back from the toast', async ({ canvas, page }) => {
  await canvas.createCanvas('Short-lived');
  await canvas.addNote('Channels', 'Word of mouth');
  await canvas.home();
  const list = page.getByRole('list', { name: 'Canvases' });
  await page.getByRole('button', { name: 'Delete Short-lived' }).click();
  await expect(list.getByRole('link', { name: 'Short-lived' })).toHaveCount(0);
  await expect(page.getByText('Deleted “Short-lived”.')).toBeVisible();
  // The focus was on the row that went: with no canvas left, it goes to "New canvas".
  await expect(page.getByRole('button', { name: 'New canvas' })).toBeFocused();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: 'Short-lived' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Short-lived' })).toBeFocused();

  // With canvases left, to the next one in the list.
  await page.getByRole('button', { name: 'New canvas' }).click();
  // On the new canvas, the focus starts at its page, not the page's body.
  await expect(page.getByRole('main')).toBeFocused();
  const name = page.getByRole('textbox', { name: 'Canvas name' });
  await name.fill('Newer');
  await name.press('Enter');
  await canvas.home();
  await page.getByRole('button', { name: 'Delete Newer' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('link', { name: 'Short-lived' })).toBeFocused();
  await page.reload();
  await list.getByRole('link', { name: 'Short-lived' }).click();
  await canvas.expectNotes('Channels', ['Word of mouth']);
});

test('canvases deleted one after another can all be restored from Recently deleted, after a reload too', async ({
  canvas,
  page,
}) => {
  for (const name of ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth']) {
    await canvas.createCanvas(name);
    await canvas.addNote('Channels', `${name} channel`);
  }
  await canvas.home();
  const list = page.getByRole('list', { name: 'Canvases' });
  // Five deletes in a row: more Undo toasts than the screen keeps.
  for (const name of ['First', 'Second', 'Third', 'Fourth', 'Fifth'])
    await page.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(page.getByText('Deleted “First”.')).toHaveCount(0);
  await expect(list.getByRole('link')).toHaveCount(1);

  await page.reload();
  const trash = page.getByRole('group').filter({ hasText: 'Recently deleted (5)' });
  await page.getByText('Recently deleted (5)').click();
  const deleted = page.getByRole('list', { name: 'Recently deleted canvases' });
  await expect(deleted.getByRole('listitem')).toHaveCount(5);
  await expect(deleted.getByRole('listitem').first()).toContainText('Fifth');
  await expect(deleted.getByRole('listitem').first()).toContainText('Deleted just now · 1 note');
  await expect(trash).toContainText('A deleted canvas stays here for a day');
  expect(await seriousViolations(page)).toEqual([]);

  // Restore by keyboard: the canvas is back in the list, with the focus on it.
  await deleted.getByRole('button', { name: 'Restore First' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Restored “First”.')).toBeVisible();
  await expect(list.getByRole('link', { name: 'First' })).toBeFocused();
  await expect(deleted.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText('Recently deleted (4)')).toBeVisible();

  await list.getByRole('link', { name: 'First' }).click();
  await canvas.expectNotes('Channels', ['First channel']);

  // A copy is not named like a deleted canvas, which would read the same once restored.
  await canvas.home();
  await page.getByRole('button', { name: 'Duplicate Sixth' }).click();
  await page.getByRole('button', { name: 'Delete Sixth (copy)' }).click();
  await page.getByRole('button', { name: 'Duplicate Sixth' }).click();
  await expect(list.getByRole('link', { name: 'Sixth (copy 2)' })).toBeVisible();
});

test('a name written right to left, or with a stray override, does not turn the message around it', async ({
  canvas,
  page,
}) => {
  const name = '\u202EPlan RTL override';
  await canvas.createCanvas(name);
  await canvas.home();
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const message = page.getByRole('status', { name: 'Notifications' }).getByText(/^Deleted/);
  await expect(message).toHaveText(`Deleted “${name}”.`);
  // The name is set apart (<bdi>): the override stops at its end, and the closing quote and the
  // full stop are laid out after it, to its right, as in any other message.
  const isolated = message.locator('bdi');
  await expect(isolated).toHaveText(name);
  const [nameBox, sentenceBox] = [await isolated.boundingBox(), await message.boundingBox()];
  expect(nameBox!.x + nameBox!.width).toBeLessThan(sentenceBox!.x + sentenceBox!.width - 4);
});

test('a deleted canvas stays deleted after a reload', async ({ canvas, page }) => {
  await canvas.createCanvas('Gone');
  await canvas.home();
  await page.getByRole('button', { name: 'Delete Gone' }).click();
  await expect(page.getByText('Deleted “Gone”.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No canvases yet' })).toBeVisible();
});

test('"New from example" creates a canvas with every block filled', async ({ canvas, page }) => {
  await canvas.home();
  await canvas.createExample();
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(/Example/);
  for (const title of [
    'Key Partners',
    'Key Activities',
    'Key Resources',
    'Value Propositions',
    'Customer Relationships',
    'Channels',
    'Customer Segments',
    'Cost Structure',
    'Revenue Streams',
  ]) {
    expect((await canvas.notesIn(title)).length, title).toBeGreaterThan(0);
  }
  const segments = await canvas.notesIn('Customer Segments');
  expect(segments.join('\n')).toMatch(/Plug-and-play/);
  expect(segments.join('\n')).toMatch(/Data-messy/);
  expect(segments.join('\n')).toMatch(/Compliance-heavy/);

  // By keyboard: Enter, then Enter again, picks the first example (the focus waited on Cancel,
  // the only control while the examples loaded, and Enter closed the dialog).
  await canvas.home();
  await page.getByRole('button', { name: 'New from example' }).focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Start from an example' });
  await expect(picker.getByRole('button', { name: /^Clearview/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(
    /^Example: Clearview/,
  );
});

test('an unknown canvas address says so and leads home', async ({ page }) => {
  await page.goto('/canvas/canvas_doesnotexist');
  await expect(page.getByRole('heading', { name: 'Canvas not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your canvases' }).click();
  await expect(page.getByRole('heading', { name: 'Your canvases' })).toBeVisible();
});

test('without IndexedDB the app says plainly that nothing is saved, and still works', async ({
  canvas,
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await canvas.home();
  await expect(page.getByRole('alert')).toContainText('nothing is being saved');
  await page.getByRole('button', { name: 'New canvas' }).click();
  await canvas.addNote('Customer Segments', 'Still works in memory');
});

test('an emptied canvas name falls back to "Untitled canvas"; a long one is capped', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Named');
  const name = page.getByRole('textbox', { name: 'Canvas name' });
  await name.fill('   ');
  await name.press('Enter');
  await expect(name).toHaveValue('Untitled canvas');

  await name.fill('x'.repeat(500));
  await name.press('Enter');
  await expect(name).toHaveValue('x'.repeat(120));
  await page.reload();
  await expect(name).toHaveValue('x'.repeat(120));
});

test('a canvas name is saved as it is typed: a reload mid-word keeps it; Escape puts the old one back', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Bike repair');
  const name = page.getByRole('textbox', { name: 'Canvas name' });
  await name.press('End');
  await name.pressSequentially(' co-op');
  await expect(page).toHaveTitle('Bike repair co-op · Ninefold');
  // Enter shows the name as saved, and leaves the focus where it was.
  await name.press('Enter');
  await expect(name).toBeFocused();
  // No Enter, no leaving the field: typed, then reloaded.
  await name.pressSequentially(' in Leeds');
  await page.waitForTimeout(400);
  await page.reload();
  await expect(name).toHaveValue('Bike repair co-op in Leeds');

  // Escape puts back the name the field had when it was entered, and stays in the field.
  await name.click();
  await name.press('End');
  await name.pressSequentially(' (draft)');
  await name.press('Escape');
  await expect(name).toHaveValue('Bike repair co-op in Leeds');
  await expect(name).toBeFocused();
  await expect(page).toHaveTitle('Bike repair co-op in Leeds · Ninefold');

  // One typing session is one undo step; Enter ends it.
  await name.press('End');
  await name.pressSequentially(' shop');
  await name.press('Enter');
  await name.pressSequentially('!');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(name).toHaveValue('Bike repair co-op in Leeds shop');
  await undo.click();
  await expect(name).toHaveValue('Bike repair co-op in Leeds');
  await expect(undo).toBeDisabled();
});

test('the tab shows the Ninefold icon, a PNG (an SVG icon is drawn on the main thread)', async ({
  page,
}) => {
  await page.goto('/');
  for (const rel of ['icon', 'apple-touch-icon']) {
    const href = await page.locator(`link[rel="${rel}"]`).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toBe('image/png');
    // The PNG signature.
    expect([...(await response.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  }
});

test('a toast about a canvas named with one long word keeps its Undo in the window', async ({
  canvas,
  page,
}) => {
  const name = 'Supercalifragilisticexpialidocious'.repeat(3);
  await canvas.createCanvas(name);
  await canvas.home();
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const undo = page.getByRole('status', { name: 'Notifications' }).getByRole('button', {
    name: 'Undo',
  });
  await expect(undo).toBeInViewport({ ratio: 1 });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(undo).toBeInViewport({ ratio: 1 });
  await undo.click();
  await expect(
    page.getByRole('list', { name: 'Canvases' }).getByRole('link', { name }),
  ).toBeVisible();
});
