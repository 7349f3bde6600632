import { test, expect, openInNewTab } from './fixtures';

test('an edit typed just before a reload is there after it', async ({ canvas, page }) => {
  await canvas.createCanvas('Quick reload');
  await page.getByRole('button', { name: 'Add note to Customer Segments' }).click();
  await page
    .getByRole('textbox', { name: 'Note text' })
    .pressSequentially('Typed at the last moment');
  await page.reload(); // no pause: autosave has not had its turn yet
  await canvas.expectNotes('Customer Segments', ['Typed at the last moment']);
});

test('an edit typed just before the tab is closed is there in a new tab', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.createCanvas('Quick close');
  const url = page.url();
  await page.getByRole('button', { name: 'Add note to Channels' }).click();
  await page.getByRole('textbox', { name: 'Note text' }).pressSequentially('Closed straight away');
  await page.close({ runBeforeUnload: true });

  const again = await openInNewTab(context, url);
  await again.expectNotes('Channels', ['Closed straight away']);
});

test('an open tab picks up what a closing tab had not yet saved', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.createCanvas('Hand-over');
  const url = page.url();
  const other = await openInNewTab(context, url);
  await expect(other.page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue('Hand-over');

  await page.bringToFront();
  await page.getByRole('button', { name: 'Add note to Revenue Streams' }).click();
  await page.getByRole('textbox', { name: 'Note text' }).pressSequentially('Last words');
  await page.close({ runBeforeUnload: true });

  await expect(other.note('Last words')).toBeVisible({ timeout: 2000 });
});
