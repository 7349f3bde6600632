// Parts of the app that load on first use (the segment panel, the segment tools' dialogs, the PDF
// writer) when their code
// cannot be fetched: offline after an update was deployed, say. The person is told, in words, and
// the canvas and its notes are untouched.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test('a segment panel, a segment tool or a PDF whose code cannot be fetched says so, and the canvas keeps working', async ({
  page,
  canvas,
  segments,
  transfer,
}) => {
  const blocked = (url: URL) =>
    /\/assets\/(SegmentPanel|SegmentDialogs|render|pdf)-[^/]+\.js$/.test(url.pathname);
  await page.route(blocked, (route) => route.abort('internetdisconnected'));

  await canvas.createCanvas('Offline workshop');
  await canvas.addNote('Customer Segments', 'Night-shift nurses');
  await canvas.addNote('Value Propositions', 'Rotas on the phone');

  // Enter on the segment: the panel's place says what went wrong, in an alert.
  await canvas.note('Night-shift nurses').focus();
  await page.keyboard.press('Enter');
  const aside = page.getByRole('complementary', { name: 'Segment' });
  await expect(aside.getByRole('alert')).toHaveText(
    'The segment panel could not be loaded. Check your connection and try again.',
  );

  // A segment tool in the header: the same message, where the tool would open.
  const tools = page.getByRole('group', { name: 'Customer segments' });
  await tools.getByRole('button', { name: 'Segment tools' }).click();
  await tools.getByRole('menuitem', { name: 'Coverage' }).click();
  await expect(tools.getByRole('alert')).toHaveText(
    'This tool could not be loaded. Check your connection and try again.',
  );

  // The PDF: a message in the Export dialog, not a silent nothing.
  const dialog = await transfer.openExport();
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  await expect(
    dialog.getByText('The PDF could not be made. Try again, or print the canvas instead.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Editing goes on, and is saved.
  await canvas.editNote('Rotas on the phone', 'Rotas on the phone, offline too');
  await canvas.expectNotes('Value Propositions', ['Rotas on the phone, offline too']);

  // Back online: "Try again" brings the panel, without a reload.
  await page.unroute(blocked);
  await canvas.note('Night-shift nurses').focus();
  await page.keyboard.press('Enter');
  await aside.getByRole('button', { name: 'Try again' }).click();
  await expect(segments.panel('Night-shift nurses')).toBeVisible();
  // And the tool, when asked again: its code may have come in by itself meanwhile (the idle
  // prefetch), but a tool that said it could not be loaded does not pop its dialog up unasked.
  const coverage = page.getByRole('dialog', { name: 'Coverage: what serves each segment' });
  await expect(coverage).toHaveCount(0);
  await tools.getByRole('button', { name: 'Try again' }).click();
  await expect(coverage.getByRole('row', { name: /Night-shift nurses/ })).toBeVisible();
  await coverage.getByRole('button', { name: 'Close' }).click();
  await expect(tools.getByRole('alert')).toHaveCount(0);

  // And after a reload, everything is there.
  await page.reload();
  await canvas.expectNotes('Customer Segments', ['Night-shift nurses']);
  await canvas.expectNotes('Value Propositions', ['Rotas on the phone, offline too']);
  await segments.open('Night-shift nurses');
});

/** Cuts the network for the examples' code; returns what restores it. */
async function blockExamples(page: Page): Promise<() => Promise<void>> {
  const blocked = (url: URL) => /\/assets\/examples-[^/]+\.js$/.test(url.pathname);
  await page.route(blocked, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(blocked);
}

test('the examples, when their code cannot be fetched, say so; Try again loads them', async ({
  page,
  canvas,
}) => {
  const restore = await blockExamples(page);
  await canvas.home();
  await page.getByRole('button', { name: 'New from example' }).click();
  const picker = page.getByRole('dialog', { name: 'Start from an example' });
  await expect(picker.getByRole('alert')).toHaveText(
    'The examples could not be loaded. Check your connection and try again.',
  );

  await restore();
  await picker.getByRole('button', { name: 'Try again' }).click();
  await expect(picker.getByRole('alert')).toHaveCount(0);
  await picker.getByRole('button', { name: /^Clearview Analytics/ }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(/Clearview/);
});

test('the examples picker, opened again once the network is back, shows the examples', async ({
  page,
  canvas,
}) => {
  const restore = await blockExamples(page);
  await canvas.home();
  const open = page.getByRole('button', { name: 'New from example' });
  const picker = page.getByRole('dialog', { name: 'Start from an example' });
  await open.click();
  await expect(picker.getByRole('alert')).toBeVisible();

  // Still offline: cancelled and opened again, it tries again and says so again.
  await picker.getByRole('button', { name: 'Cancel' }).click();
  await expect(picker).toBeHidden();
  await open.click();
  await expect(picker.getByRole('alert')).toBeVisible();

  // Online: opened again, the examples show (the earlier failure does not hide them).
  await picker.getByRole('button', { name: 'Cancel' }).click();
  await restore();
  await open.click();
  await expect(picker.getByRole('button', { name: /^Clearview Analytics/ })).toBeVisible();
  await expect(picker.getByRole('alert')).toHaveCount(0);
});
