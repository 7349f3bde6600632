// Parts of the app that load on first use (the segment panel, the PDF writer) when their code
// cannot be fetched: offline after an update was deployed, say. The person is told, in words, and
// the canvas and its notes are untouched.
import { expect, test } from './fixtures';

test('a segment panel or a PDF whose code cannot be fetched says so, and the canvas keeps working', async ({
  page,
  canvas,
  segments,
  transfer,
}) => {
  const blocked = (url: URL) => /\/assets\/(SegmentPanel|render|pdf)-[^/]+\.js$/.test(url.pathname);
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

  // And after a reload, everything is there.
  await page.reload();
  await canvas.expectNotes('Customer Segments', ['Night-shift nurses']);
  await canvas.expectNotes('Value Propositions', ['Rotas on the phone, offline too']);
  await segments.open('Night-shift nurses');
});
