import { test, expect, openInNewTab } from './fixtures';

test('two tabs on one canvas see each other’s edits and neither loses one', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.createCanvas('Shared');
  await canvas.addNote('Customer Segments', 'Students');
  await canvas.addNote('Channels', 'Campus posters');

  const second = await openInNewTab(context, page.url());
  await second.expectNotes('Customer Segments', ['Students']);

  // Both tabs edit different notes at about the same time.
  await canvas.editNote('Students', 'Graduate students');
  await second.editNote('Campus posters', 'Campus posters and flyers');

  // Each sees the other's edit within a second, without a reload.
  await expect(second.note('Graduate students')).toBeVisible({ timeout: 1500 });
  await expect(canvas.note('Campus posters and flyers')).toBeVisible({ timeout: 1500 });

  // A note added in one tab appears in the other.
  await second.addNote('Revenue Streams', 'Semester plan');
  await expect(canvas.note('Semester plan')).toBeVisible({ timeout: 1500 });

  // Neither lost anything: a fresh load shows all of it.
  await page.reload();
  await canvas.expectNotes('Customer Segments', ['Graduate students']);
  await canvas.expectNotes('Channels', ['Campus posters and flyers']);
  await canvas.expectNotes('Revenue Streams', ['Semester plan']);
});

test('a stale tab does not overwrite a newer edit of the same note', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.createCanvas('Stale');
  await canvas.addNote('Key Partners', 'Version one');
  const second = await openInNewTab(context, page.url());
  await second.expectNotes('Key Partners', ['Version one']);

  await canvas.editNote('Version one', 'Version two');
  await expect(second.note('Version two')).toBeVisible({ timeout: 1500 });
  await second.editNote('Version two', 'Version three');
  await expect(canvas.note('Version three')).toBeVisible({ timeout: 1500 });

  await page.reload();
  await canvas.expectNotes('Key Partners', ['Version three']);
});

test('undo in one tab does not overwrite a newer edit made in another', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.createCanvas('Undo across tabs');
  await canvas.addNote('Key Partners', 'Version one');
  await canvas.addNote('Channels', 'Webinars');
  const second = await openInNewTab(context, page.url());
  await second.expectNotes('Key Partners', ['Version one']);

  // This tab edits the note; the other tab edits it again, later.
  await canvas.editNote('Version one', 'Version two');
  await expect(second.note('Version two')).toBeVisible({ timeout: 1500 });
  await second.editNote('Version two', 'Version three');
  await expect(canvas.note('Version three')).toBeVisible({ timeout: 1500 });

  // Undo here steps back this tab's edit, which the other tab's has replaced: the newer text
  // stays, in both tabs and in storage.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await canvas.expectNotes('Key Partners', ['Version three']);
  // The next step back, which nothing has overwritten, goes back as ever.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await canvas.expectNotes('Channels', []);
  await expect(second.note('Webinars')).toHaveCount(0, { timeout: 1500 });
  await second.expectNotes('Key Partners', ['Version three']);
  await page.reload();
  await canvas.expectNotes('Key Partners', ['Version three']);
});

test('a note deleted in another tab while this tab edits it: this tab says so, and Restore brings it back with what was typed', async ({
  page,
  canvas,
  context,
}) => {
  await canvas.createCanvas('Two tabs');
  await canvas.addNote('Channels', 'Shared note');
  await page.waitForTimeout(400);
  const other = await openInNewTab(context, page.url());
  await other.expectNotes('Channels', ['Shared note']);

  await canvas.note('Shared note').dblclick();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.press('End');
  await editor.pressSequentially(' being edited');
  await other.note('Shared note being edited').focus();
  await other.page.keyboard.press('Delete');
  await other.expectNotes('Channels', []);

  const toast = page
    .getByRole('status', { name: 'Notifications' })
    .filter({ hasText: 'was deleted in another tab while you were editing it' });
  await expect(toast).toContainText('“Shared note being edited”');
  await expect(editor).toHaveCount(0);
  await toast.getByRole('button', { name: 'Restore' }).click();
  await canvas.expectNotes('Channels', ['Shared note being edited']);
  // The restore wins everywhere, the other tab included.
  await other.expectNotes('Channels', ['Shared note being edited']);
});

test('undo in one tab takes back its own typing, not another tab’s edit made meanwhile', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.createCanvas('Undo while another tab edits');
  await canvas.addNote('Channels', 'Webinars');
  const second = await openInNewTab(context, page.url());
  await second.expectNotes('Channels', ['Webinars']);

  // This tab types in the note (one undo step for the whole stay in the editor)…
  await canvas.note('Webinars').dblclick();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.press('End');
  await page.keyboard.type(' for');
  await expect(second.note('Webinars for')).toBeVisible({ timeout: 1500 });
  // …the other tab recolours it meanwhile…
  await second.recolourNote('Webinars for', 'Pink');
  await page.waitForTimeout(600);
  await page.keyboard.type(' managers');
  await editor.press('Control+Enter');
  await canvas.expectNotes('Channels', ['Webinars for managers']);

  // …and Undo here takes back the typing only: the pink stays, in both tabs.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await canvas.expectNotes('Channels', ['Webinars']);
  for (const tab of [canvas, second]) {
    const item = tab.noteItem('Webinars');
    await item.hover();
    await expect(item.getByRole('button', { name: 'Colour: Pink' })).toBeVisible();
  }
});

test('a canvas deleted in another tab while open here says so, and can be restored from here', async ({
  page,
  canvas,
  context,
}) => {
  await canvas.createCanvas('Deleted elsewhere');
  await canvas.addNote('Channels', 'Webinars');
  await page.waitForTimeout(400);
  const home = await openInNewTab(context, '/');
  await canvas.note('Webinars').dblclick();
  await home.page.getByRole('button', { name: 'Delete Deleted elsewhere' }).click();

  // The editor went with the canvas: the focus goes to what is said instead, not the body.
  const heading = page.getByRole('heading', { name: 'This canvas was deleted' });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Recently deleted');
  await page.getByRole('button', { name: 'Restore it' }).click();
  await canvas.expectNotes('Channels', ['Webinars']);
  await expect(
    home.page
      .getByRole('list', { name: 'Canvases' })
      .getByRole('link', { name: 'Deleted elsewhere' }),
  ).toBeVisible();
});
