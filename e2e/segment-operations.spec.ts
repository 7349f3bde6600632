// The Customer Segments workspace, part 2: evidence and validation, metrics over time, the review
// cadence and the playbook, all saved and found again after a reload.
import { expect, openSegmentTool, seriousViolations, test } from './fixtures';

test('log evidence and watch the status and checks change; metric values draw a chart; the playbook keeps its order', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(90_000);
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Family clinics with no IT staff');
  const panel = await segments.open('Family clinics with no IT staff');
  const health = segments.health(panel);
  await expect(health.filter({ hasText: 'No evidence yet' })).toHaveCount(1);

  // Validation status, with the moment it changed.
  const evidence = panel.getByRole('region', { name: 'Evidence and validation' });
  await evidence.getByRole('radio', { name: /^Testing/ }).check();
  await expect(evidence.getByText(/^Status set on/)).toBeVisible();

  // Evidence that contradicts: the advice goes, a warning comes.
  await evidence.getByRole('button', { name: 'Log evidence' }).click();
  await expect(evidence.getByRole('textbox', { name: 'Summary of evidence 1' })).toBeFocused();
  await evidence
    .getByRole('textbox', { name: 'Summary of evidence 1' })
    .fill('Two of three managers said the front desk already copes');
  await evidence
    .getByRole('combobox', { name: 'Supports or contradicts, evidence 1' })
    .selectOption('Contradicts');
  await evidence.getByLabel('Date of evidence 1').fill('2026-11-02');
  await expect(health.filter({ hasText: 'No evidence yet' })).toHaveCount(0);
  await expect(
    health.filter({ hasText: 'contradicts this segment more than it supports' }),
  ).toHaveCount(1);
  await expect(evidence.getByRole('status')).toHaveText('0 entries supporting, 1 contradicting.');

  // Evidence that supports: the newest is on top, and the balance evens out.
  await evidence.getByRole('button', { name: 'Log evidence' }).click();
  await evidence
    .getByRole('textbox', { name: 'Summary of evidence 1' })
    .fill('Booking logs: 40% of calls are rebookings');
  await evidence.getByRole('combobox', { name: 'Type of evidence 1' }).selectOption('Analytics');
  await expect(health.filter({ hasText: 'contradicts this segment' })).toHaveCount(0);
  await expect(evidence.getByRole('status')).toHaveText('1 entry supporting, 1 contradicting.');
  await expect(evidence.getByRole('textbox', { name: 'Summary of evidence 2' })).toHaveValue(
    'Two of three managers said the front desk already copes',
  );

  // Metrics: a wrong value is refused with a message; good ones draw the sparkline.
  const metrics = panel.getByRole('region', { name: 'Metrics over time' });
  await metrics.getByRole('combobox', { name: 'Metric to add' }).selectOption('Customers');
  await metrics.getByRole('button', { name: 'Add metric' }).click();
  // Straight into the new metric, as into a new job.
  await expect(metrics.getByLabel('Date for Customers')).toBeFocused();
  const value = metrics.getByRole('textbox', { name: 'Value of Customers' });
  await value.fill('lots');
  await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
  await expect(metrics.getByRole('alert')).toHaveText(
    '“lots” is not a number. Enter a number, like 1200 or 4.5.',
  );
  for (const [date, v] of [
    ['2026-09-01', '120'],
    ['2026-11-01', '1,200'],
    ['2026-10-01', '150'],
  ] as const) {
    await metrics.getByLabel('Date for Customers').fill(date);
    await value.fill(v);
    await value.press('Enter');
  }
  await expect(metrics.getByRole('alert')).toHaveCount(0);
  const sparkline = metrics.getByRole('img', { name: /^Customers: from 120 customers/ });
  await expect(sparkline).toHaveAccessibleName(/to 1,200 customers on .*, 3 values$/);
  await expect(metrics.getByText('(+900 % since')).toBeVisible();
  await metrics.getByRole('button', { name: 'Chart of Customers' }).click();
  const chart = page.getByRole('dialog', { name: 'Customers over time' });
  await expect(chart.getByRole('img', { name: /^Customers: from 120/ })).toBeVisible();
  await expect(chart.getByRole('row')).toHaveCount(4);
  await chart.getByRole('button', { name: 'Close' }).click();

  // A custom metric with its own unit.
  await metrics.getByRole('combobox', { name: 'Metric to add' }).selectOption('Your own metric');
  await metrics.getByRole('button', { name: 'Add metric' }).click();
  await metrics.getByRole('textbox', { name: 'Name of metric Unnamed metric' }).fill('NPS');
  await metrics.getByRole('textbox', { name: 'Unit of NPS' }).fill('points');
  await metrics.getByRole('textbox', { name: 'Value of NPS' }).fill('-4.5');
  await metrics.getByRole('button', { name: 'Add value to NPS' }).click();
  await expect(metrics.getByText('-4.5 points', { exact: true })).toBeVisible();

  // Review: a date in the past is overdue.
  const review = panel.getByRole('region', { name: 'Review', exact: true });
  await review.getByLabel('Next review').fill('2026-01-15');
  await expect(review.getByText(/^Review overdue since/)).toBeVisible();

  // Playbook: onboarding steps, reordered by keyboard.
  const playbook = panel.getByRole('region', { name: 'Playbook' });
  for (const step of ['Kick-off call', 'Import the patient list']) {
    await playbook.getByRole('button', { name: 'Add onboarding step' }).click();
    const fields = playbook.getByRole('textbox', { name: /^Onboarding step \d+$/ });
    await expect(fields.last()).toBeFocused();
    await fields.last().fill(step);
  }
  await playbook.getByRole('button', { name: 'Step 2: move Import the patient list' }).focus();
  // Each step waits for what a screen reader hears, as a person waits to see the step move.
  const heard = (text: string | RegExp) =>
    expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
  await page.keyboard.press('Space');
  await heard(/Import the patient list.* step 2 of 2/);
  await page.keyboard.press('ArrowUp');
  await heard('Import the patient list would be step 1 of 2');
  await page.keyboard.press('Space');
  await heard('Import the patient list is now step 1 of 2');
  await expect(playbook.getByRole('textbox', { name: 'Onboarding step 1' })).toHaveValue(
    'Import the patient list',
  );
  await playbook
    .getByRole('textbox', { name: 'Service-level targets' })
    .fill('Reply within 4 working hours');

  await page.waitForTimeout(400);
  await page.reload();
  const again = segments.panel('Family clinics with no IT staff');
  await expect(again.getByRole('radio', { name: /^Testing/ })).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Summary of evidence 1' })).toHaveValue(
    'Booking logs: 40% of calls are rebookings',
  );
  await expect(again.getByRole('img', { name: /^Customers: from 120 customers/ })).toBeVisible();
  await expect(again.getByText(/^Review overdue since/)).toBeVisible();
  await expect(again.getByRole('textbox', { name: 'Onboarding step 1' })).toHaveValue(
    'Import the patient list',
  );
  await expect(again.getByRole('textbox', { name: 'Service-level targets' })).toHaveValue(
    'Reply within 4 working hours',
  );
});

test('a pair with fewer than two differences is flagged, and merging it keeps everything in one undo step', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(60_000);
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Small clinics');
  await canvas.addNote('Customer Segments', 'Tiny clinics');
  await canvas.addNote('Value Propositions', 'Online booking');
  await segments.link('Online booking', 'Tiny clinics');
  for (const [name, description, customers, day] of [
    ['Small clinics', 'Clinics with two or three doctors', ['100', '120'], '01'],
    ['Tiny clinics', 'Single-doctor practices', ['80', '90'], '15'],
  ] as const) {
    const panel = await segments.open(name);
    await panel.getByRole('textbox', { name: 'One-line description' }).fill(description);
    // Both growing, counted on different days of the month.
    const metrics = panel.getByRole('region', { name: 'Metrics over time' });
    await metrics.getByRole('button', { name: 'Add metric' }).click();
    for (const [i, v] of customers.entries()) {
      await metrics.getByLabel('Date for Customers').fill(`2026-1${i}-${day}`);
      await metrics.getByRole('textbox', { name: 'Value of Customers' }).fill(v);
      await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
    }
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
  }

  await openSegmentTool(page, 'Differences');
  const dialog = page.getByRole('dialog', { name: 'Are they really different?' });
  await expect(dialog.getByRole('status')).toContainText('1 pair: 0 really different');
  await expect(dialog.getByText('Not answered yet')).toBeVisible();
  const questions = dialog.getByRole('group');
  await expect(questions).toHaveCount(6);
  await questions
    .filter({ hasText: 'different onboarding workflows' })
    .getByRole('radio', { name: 'Yes, they differ' })
    .check();
  await expect(dialog.getByText(/^Undecided: 1 difference so far, 5 questions open/)).toBeVisible();
  for (let i = 1; i < 6; i++)
    await questions.nth(i).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(dialog.getByText(/^These look like one segment: only 1 difference/)).toBeVisible();

  const mergeButton = dialog.getByRole('button', {
    name: 'Merge Tiny clinics into Small clinics…',
  });
  const merge = page.getByRole('dialog', { name: 'Merge “Tiny clinics” into “Small clinics”' });
  // Escape closes the merge dialog alone, back to the button that opened it; so does Cancel.
  await mergeButton.click();
  await expect(merge).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(merge).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(mergeButton).toBeFocused();
  await mergeButton.click();
  await merge.getByRole('button', { name: 'Cancel' }).click();
  await expect(merge).toBeHidden();
  await expect(mergeButton).toBeFocused();
  await mergeButton.click();
  await merge
    .getByRole('group', { name: 'One-line description' })
    .getByRole('radio', { name: /Single-doctor practices/ })
    .check();
  await merge.getByRole('button', { name: 'Merge segments' }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByText('Merged “Tiny clinics” into “Small clinics”.')).toBeVisible();
  // The pair is gone with its button: the focus goes to the dialog's title, not the page's body.
  await expect(dialog.getByRole('heading', { name: 'Are they really different?' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await canvas.expectNotes('Customer Segments', ['Small clinics']);
  const panel = await segments.open('Small clinics');
  await expect(panel.getByRole('textbox', { name: 'One-line description' })).toHaveValue(
    'Single-doctor practices',
  );
  await expect(panel.getByRole('list', { name: 'Linked notes by block' })).toContainText(
    'Online booking',
  );
  // One value per date, each segment counted with its latest count: still growing (100, 180,
  // 200, 210), not zigzagging between the two.
  await expect(
    panel
      .getByRole('region', { name: 'Metrics over time' })
      .getByRole('img', { name: /^Customers: from 100 customers/ }),
  ).toHaveAccessibleName(/to 210 customers on .*, 4 values$/);
  await panel.getByRole('button', { name: 'Close', exact: true }).click();

  // One undo step brings both back, with the link and the answers.
  await page.keyboard.press('Control+z');
  await canvas.expectNotes('Customer Segments', ['Small clinics', 'Tiny clinics']);
  await page.waitForTimeout(400);
  await page.reload();
  await canvas.expectNotes('Customer Segments', ['Small clinics', 'Tiny clinics']);
  await openSegmentTool(page, 'Differences');
  await expect(
    page
      .getByRole('dialog', { name: 'Are they really different?' })
      .getByText(/^These look like one segment/),
  ).toBeVisible();
});

test('a segment splits in two: the user chooses which notes, personas and evidence go', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(60_000);
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Clinics');
  await canvas.addNote('Value Propositions', 'Online booking');
  await canvas.addNote('Channels', 'Webinars');
  await segments.link('Online booking', 'Clinics');
  await segments.link('Webinars', 'Clinics');
  let panel = await segments.open('Clinics');
  await panel.getByRole('button', { name: 'Add persona' }).click();
  await panel.getByRole('textbox', { name: 'Persona name' }).fill('Marta');
  await panel.getByRole('button', { name: 'Add job' }).click();
  await panel.getByRole('textbox', { name: 'Job 1', exact: true }).fill('Fill the week’s bookings');

  const split = panel.getByRole('button', { name: 'Split…' });
  const dialog = page.getByRole('dialog', { name: 'Split “Clinics”' });
  // Escape puts the focus back on Split…, not on the page's body.
  await split.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(split).toBeFocused();
  await split.click();
  await expect(dialog.getByRole('textbox', { name: 'Name of the new segment' })).toHaveValue(
    'Clinics (2)',
  );
  // With no name, Split says what is missing and goes to it.
  const newName = dialog.getByRole('textbox', { name: 'Name of the new segment' });
  await newName.fill('');
  await dialog.getByRole('button', { name: 'Split segment' }).click();
  await expect(newName).toBeFocused();
  await expect(newName).toHaveAccessibleDescription('Give the new segment a name, then split.');
  await expect(dialog).toBeVisible();
  await newName.fill('Dental clinics');
  await dialog
    .getByRole('combobox', { name: 'Value Propositions: Online booking' })
    .selectOption('Moves to the new segment');
  await dialog.getByRole('combobox', { name: 'Channels: Webinars' }).selectOption('Serves both');
  await dialog.getByRole('checkbox', { name: 'Marta' }).check();
  await dialog.getByRole('button', { name: 'Split segment' }).click();

  panel = segments.panel('Dental clinics');
  await expect(panel).toBeVisible();
  await expect(
    page.getByText('Split “Clinics”: “Dental clinics” is a segment of its own.'),
  ).toBeVisible();
  await canvas.expectNotes('Customer Segments', ['Clinics', 'Dental clinics']);
  const thread = panel.getByRole('list', { name: 'Linked notes by block' });
  await expect(thread).toContainText('Online booking');
  await expect(thread).toContainText('Webinars');
  await expect(panel.getByRole('textbox', { name: 'Persona name' })).toHaveValue('Marta');
  await expect(panel.getByRole('textbox', { name: 'Job 1', exact: true })).toHaveValue(
    'Fill the week’s bookings',
  );

  // Undone from inside the new segment's panel: the panel says it has gone, and the focus goes
  // to that message, not the page's body; redone, it is back.
  await panel.getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Segment not found' })).toBeFocused();
  await expect(page.getByRole('complementary', { name: 'Segment not found' })).toContainText(
    'taken back by an undo',
  );
  await page.keyboard.press('Control+Shift+z');
  await canvas.expectNotes('Customer Segments', ['Clinics', 'Dental clinics']);

  await page.waitForTimeout(400);
  await page.reload();
  await canvas.expectNotes('Customer Segments', ['Clinics', 'Dental clinics']);
  const original = await segments.open('Clinics');
  const originalThread = original.getByRole('list', { name: 'Linked notes by block' });
  await expect(originalThread).toContainText('Webinars');
  await expect(originalThread).not.toContainText('Online booking');
  await expect(original.getByRole('textbox', { name: 'Persona name' })).toHaveCount(0);
});

test('a snapshot, then changes: the diff reads at a glance; a snapshot opens read-only and restores as a new canvas', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(60_000);
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Clinics');
  await canvas.addNote('Channels', 'Webinars');
  await canvas.addNote('Channels', 'Cold calls');

  await openSegmentTool(page, 'Snapshots');
  let dialog = page.getByRole('dialog', { name: 'Snapshots' });
  await expect(dialog.getByText('No snapshots of this canvas yet.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Snapshot name' }).fill('Before the pivot');
  await dialog.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “Before the pivot”.');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // Change things: a note edited, one deleted, one added; the segment gets a description and a
  // metric value.
  await canvas.editNote('Webinars', 'Webinars for practice managers');
  await canvas.note('Cold calls').focus();
  await page.keyboard.press('Delete');
  await canvas.addNote('Channels', 'Partner resellers');
  const panel = await segments.open('Clinics');
  await panel
    .getByRole('textbox', { name: 'One-line description' })
    .fill('Clinics with no IT staff');
  const metrics = panel.getByRole('region', { name: 'Metrics over time' });
  await metrics.getByRole('button', { name: 'Add metric' }).click();
  await metrics.getByRole('textbox', { name: 'Value of Customers' }).fill('42');
  await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
  await panel.getByRole('button', { name: 'Close', exact: true }).click();
  await page.waitForTimeout(400);
  await page.reload();

  await openSegmentTool(page, 'Snapshots');
  dialog = page.getByRole('dialog', { name: 'Snapshots' });
  await dialog.getByRole('button', { name: 'Compare with now: Before the pivot' }).click();
  await expect(
    dialog.getByRole('heading', { name: /^What changed since “Before the pivot”/ }),
  ).toBeVisible();
  const channels = dialog.getByRole('region', { name: 'Channels: 1 added, 1 removed, 1 changed' });
  await expect(channels).toContainText('Added: Partner resellers');
  await expect(channels).toContainText('Removed: Cold calls');
  await expect(channels).toContainText('Changed: Webinars → Webinars for practice managers');
  const changedSegments = dialog.getByRole('region', { name: 'Customer segments' });
  await expect(changedSegments).toContainText('Changed: Clinics');
  await expect(changedSegments.getByRole('definition').first()).toContainText(
    '— → Clinics with no IT staff',
  );
  await expect(changedSegments).toContainText('Customers');

  // Open it read-only: the canvas as it was.
  await dialog.getByRole('button', { name: 'Back to snapshots' }).click();
  await dialog.getByRole('button', { name: 'Open: Before the pivot' }).click();
  await expect(dialog.getByRole('heading', { name: /read-only/ })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Channels' })).toContainText('Cold calls');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  // Its segments' profiles as they were: no description yet, no metric.
  const profiles = dialog.getByRole('table', { name: 'Segments in this snapshot, side by side' });
  await expect(profiles.getByRole('columnheader')).toHaveText(['Clinics']);
  await expect(profiles.getByRole('row', { name: /^One-line description/ })).toHaveText(
    'One-line description—',
  );
  await expect(profiles.getByRole('row', { name: /^Customers/ })).toHaveCount(0);

  // Restore it as a new canvas.
  await dialog.getByRole('button', { name: 'Back to snapshots' }).click();
  await dialog.getByRole('button', { name: 'Restore as a new canvas: Before the pivot' }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(
    'Clinic software (restored)',
  );
  await canvas.expectNotes('Channels', ['Webinars', 'Cold calls']);
});

test('a review asks three questions with what the metrics suggest, logs the answers as evidence, and what changed since is one click away', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(90_000);
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Small clinics');
  await canvas.addNote('Customer Segments', 'Hospitals');
  for (const [name, values] of [
    ['Small clinics', ['100', '150']],
    ['Hospitals', ['40', '42']],
  ] as const) {
    const panel = await segments.open(name);
    const metrics = panel.getByRole('region', { name: 'Metrics over time' });
    await metrics.getByRole('button', { name: 'Add metric' }).click();
    for (const [i, v] of values.entries()) {
      await metrics.getByLabel('Date for Customers').fill(`2026-0${i + 8}-01`);
      await metrics.getByRole('textbox', { name: 'Value of Customers' }).fill(v);
      await metrics.getByRole('button', { name: 'Add value to Customers' }).click();
    }
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
  }

  // Side by side: every segment in a column, every metric in a row.
  await openSegmentTool(page, 'Side by side');
  const table = page.getByRole('dialog', { name: 'Segments side by side' }).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Small clinics', 'Hospitals']);
  await expect(table.getByRole('row', { name: /^Customers/ })).toContainText('150 customers');
  await expect(table.getByRole('row', { name: /^Customers/ })).toContainText('42 customers');
  // One row each for validation and review, in the panel's words.
  const headers = await table.getByRole('rowheader').allTextContents();
  expect(headers.filter((h) => /valid|review/i.test(h))).toEqual([
    'Validation',
    'Review',
    'Next review',
  ]);
  await expect(table.getByRole('row', { name: /^Review / })).toHaveText(
    'ReviewEvery monthEvery month',
  );
  await page.keyboard.press('Escape');

  await openSegmentTool(page, 'Review segments');
  const review = page.getByRole('dialog', { name: 'Review segments' });
  const growing = review.getByRole('group', { name: 'Which segment is growing fastest?' });
  await expect(growing).toContainText(
    'The metrics suggest Small clinics (customers or revenue +50 %)',
  );
  await expect(growing.getByRole('combobox')).toHaveValue(/.+/);
  await growing.getByRole('textbox').fill('Referrals from the regional association');
  await review
    .getByRole('group', { name: 'Which segment creates operational instability?' })
    .getByRole('combobox')
    .selectOption('Hospitals');
  await review.getByRole('button', { name: 'Record the review' }).click();
  await expect(page.getByText('Review recorded for 2 segments.')).toBeVisible();

  let panel = await segments.open('Small clinics');
  await expect(panel.getByRole('textbox', { name: 'Summary of evidence 1' })).toHaveValue(
    /^Review .*: growing fastest of all segments\. Referrals from the regional association$/,
  );
  await expect(
    panel.getByRole('combobox', { name: 'Supports or contradicts, evidence 1' }),
  ).toHaveValue('supports');
  await expect(panel.getByText(/^Last reviewed on/)).toBeVisible();
  await panel.getByRole('textbox', { name: 'One-line description' }).fill('Two or three doctors');
  await panel.getByRole('button', { name: 'Close', exact: true }).click();
  panel = await segments.open('Hospitals');
  await expect(panel.getByRole('textbox', { name: 'Summary of evidence 1' })).toHaveValue(
    /creating operational instability\.$/,
  );
  // A segment straining the team: evidence against it, not for it.
  await expect(
    panel.getByRole('combobox', { name: 'Supports or contradicts, evidence 1' }),
  ).toHaveValue('contradicts');
  await panel.getByRole('button', { name: 'Close', exact: true }).click();

  await page.waitForTimeout(400);
  await page.reload();
  await openSegmentTool(page, 'Snapshots');
  const snapshots = page.getByRole('dialog', { name: 'Snapshots' });
  await snapshots
    .getByRole('button', { name: 'What changed in Customer Segments since the last review' })
    .click();
  await expect(snapshots.getByRole('region', { name: 'Customer segments' })).toContainText(
    'Changed: Small clinics',
  );
  await expect(snapshots.getByRole('region', { name: 'Customer segments' })).toContainText(
    'Two or three doctors',
  );
  await expect(snapshots.getByRole('region', { name: 'Customer segments' })).not.toContainText(
    'Hospitals',
  );
});

test('snapshots that cannot be read are kept and said so, not silently left out', async ({
  page,
  canvas,
}) => {
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Channels', 'Webinars');
  await canvas.addNote('Channels', 'Cold calls');
  await openSegmentTool(page, 'Snapshots');
  let dialog = page.getByRole('dialog', { name: 'Snapshots' });
  await dialog.getByRole('textbox', { name: 'Snapshot name' }).fill('Before the pivot');
  await dialog.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “Before the pivot”.');
  await expect(dialog.getByRole('note')).toHaveCount(0);

  // Two more stored copies of it, as damage (or a newer Ninefold) might leave them: one whose
  // canvas cannot be read, one with a note that cannot be.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ninefold');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('snapshots', 'readwrite').objectStore('snapshots');
          const all = store.getAll();
          all.onsuccess = () => {
            const [row] = all.result as {
              id: string;
              name: string;
              doc: { canvas: { name: unknown }; notes: { colour: string }[] };
            }[];
            const copy = structuredClone(row!);
            store.put({
              ...copy,
              id: 'snap_damaged',
              doc: { ...copy.doc, canvas: { ...copy.doc.canvas, name: 42 } },
            });
            const partial = structuredClone(row!);
            partial.doc.notes[0]!.colour = 'chartreuse';
            store.put({ ...partial, id: 'snap_partial', name: 'Partly damaged' });
            store.transaction.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        };
      }),
  );
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await openSegmentTool(page, 'Snapshots');
  dialog = page.getByRole('dialog', { name: 'Snapshots' });
  await expect(dialog.getByRole('note').first()).toHaveText(
    '1 snapshot of this canvas could not be read (damaged, or saved by a newer Ninefold), so it is not listed. It is still stored in this browser, unchanged.',
  );
  const list = dialog.getByRole('list', { name: 'Snapshots, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(
    list.getByRole('listitem').filter({ hasText: 'Partly damaged' }).getByRole('note'),
  ).toHaveText(
    '1 note of this snapshot could not be read, so it is not shown, compared or restored.',
  );
  await expect(
    list.getByRole('listitem').filter({ hasText: 'Before the pivot' }).getByRole('note'),
  ).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Open: Partly damaged' }).click();
  await expect(dialog.getByRole('region', { name: 'Channels' }).getByRole('listitem')).toHaveCount(
    1,
  );
});

test('removing things in a segment’s panel, by keyboard, keeps the focus in the panel', async ({
  page,
  canvas,
  segments,
}) => {
  test.setTimeout(60_000);
  await canvas.home();
  await canvas.createExample();
  const panel = await segments.open('Plug-and-play teams');
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body
        ? `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('aria-label') || '').trim()}`
        : 'body';
    });
  const press = async (locator: ReturnType<typeof panel.getByRole>) => {
    await locator.focus();
    await page.keyboard.press('Enter');
  };

  // Evidence: the next entry's Remove takes the focus.
  const evidence = panel.getByRole('button', { name: /^Remove evidence \d+$/ });
  const entries = await evidence.count();
  await press(evidence.first());
  await expect(evidence).toHaveCount(entries - 1);
  await expect(evidence.first()).toBeFocused();

  // A metric, then a persona: the next one's Remove, else the section's title.
  const metrics = panel.getByRole('region', { name: 'Metrics over time' });
  const removeMetric = metrics.getByRole('button', { name: /^Remove (?!value)/ });
  while ((await removeMetric.count()) > 0) {
    await press(removeMetric.first());
    await expect.poll(focused).not.toBe('body');
  }
  await expect(metrics.getByRole('heading', { name: 'Metrics over time' })).toBeFocused();
  const personas = panel.getByRole('region', { name: 'Personas' });
  const removePersona = personas.getByRole('button', { name: /^Remove persona/ });
  while ((await removePersona.count()) > 0) {
    await press(removePersona.first());
    await expect.poll(focused).not.toBe('body');
  }
  await expect(personas.getByRole('heading', { name: 'Personas' })).toBeFocused();

  // Clearing the archetype: its first choice.
  await press(panel.getByRole('button', { name: 'Clear archetype' }));
  await expect(
    panel.getByRole('group', { name: 'Archetype' }).getByRole('radio').first(),
  ).toBeFocused();

  // Undo that removes the field in use: the list it was in.
  await panel.getByRole('button', { name: 'Add job' }).click();
  const jobs = panel.getByRole('list', { name: /^Jobs/ });
  // Add job goes into the new job (in the next frame): only then to its Importance.
  await expect(jobs.getByRole('textbox').last()).toBeFocused();
  await jobs.getByRole('combobox').last().focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('seg-field-jobs');

  // Snapshots: a view takes the focus on its heading; Back returns it; Delete offers Undo.
  await panel.getByRole('button', { name: 'Close', exact: true }).click();
  await openSegmentTool(page, 'Snapshots');
  const snapshots = page.getByRole('dialog', { name: 'Snapshots' });
  await snapshots.getByRole('textbox', { name: 'Snapshot name' }).fill('Before pricing');
  await snapshots.getByRole('button', { name: 'Save snapshot' }).click();
  const compare = snapshots.getByRole('button', { name: 'Compare with now: Before pricing' });
  await press(compare);
  await expect(snapshots.getByRole('heading', { name: /^What changed since/ })).toBeFocused();
  await press(snapshots.getByRole('button', { name: 'Back to snapshots' }));
  await expect(compare).toBeFocused();
  await press(snapshots.getByRole('button', { name: 'Open: Before pricing' }));
  await expect(snapshots.getByRole('heading', { name: /read-only/ })).toBeFocused();
  await press(snapshots.getByRole('button', { name: 'Back to snapshots' }));
  await press(snapshots.getByRole('button', { name: 'Delete: Before pricing' }));
  await expect(snapshots.getByRole('status')).toHaveText('Deleted “Before pricing”.');
  await expect(compare).toHaveCount(0);
  // The last one gone: the focus is on its Undo.
  await expect(snapshots.getByRole('button', { name: 'Undo delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(compare).toBeFocused();
  await expect(snapshots.getByRole('status')).toHaveText('Brought back “Before pricing”.');

  // Saved again under the same name: told apart.
  await snapshots.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(snapshots.getByRole('status')).toHaveText('Saved “Before pricing (2)”.');
});

test('merging segments that count money in different currencies keeps the other revenue apart', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Clinics');
  await canvas.addNote('Customer Segments', 'Dentists');
  for (const [name, currency, revenue] of [
    ['Clinics', 'EUR', '4000'],
    ['Dentists', 'USD', '500'],
  ] as const) {
    const panel = await segments.open(name);
    await panel.getByRole('combobox', { name: 'Currency' }).selectOption(currency);
    const metrics = panel.getByRole('region', { name: 'Metrics over time' });
    await metrics.getByRole('combobox', { name: 'Metric to add' }).selectOption('Revenue');
    await metrics.getByRole('button', { name: 'Add metric' }).click();
    await metrics.getByRole('textbox', { name: 'Value of Revenue' }).fill(revenue);
    await metrics.getByRole('button', { name: 'Add value to Revenue' }).click();
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
  }

  await openSegmentTool(page, 'Differences');
  const dialog = page.getByRole('dialog', { name: 'Are they really different?' });
  const questions = dialog.getByRole('group');
  for (let i = 0; i < 6; i++)
    await questions.nth(i).getByRole('radio', { name: 'No', exact: true }).check();
  await dialog.getByRole('button', { name: 'Merge Dentists into Clinics…' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge “Dentists” into “Clinics”' });
  await expect(merge.getByRole('status')).toHaveText(
    'The merged segment counts money in EUR, and the other segment’s revenue is in USD: it is kept apart, as “Revenue in USD”, not added up.',
  );
  await merge.getByRole('button', { name: 'Merge segments' }).click();
  await expect(merge).toBeHidden();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const metrics = (await segments.open('Clinics')).getByRole('region', {
    name: 'Metrics over time',
  });
  // €4,000, not €4,500; the dollars are there, as dollars.
  await expect(metrics.getByRole('heading', { name: 'Revenue', exact: true })).toBeVisible();
  await expect(metrics.getByText('€4,000.00').first()).toBeVisible();
  await expect(metrics.getByRole('heading', { name: 'Revenue in USD' })).toBeVisible();
  await expect(metrics.getByText('500 USD', { exact: true }).first()).toBeVisible();
  await expect(metrics.getByText('€4,500.00')).toHaveCount(0);
});

test('evidence about a removed pain is about the segment as a whole, and undo links it again', async ({
  page,
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Clinic software');
  await canvas.addNote('Customer Segments', 'Family clinics');
  let panel = await segments.open('Family clinics');
  await panel.getByRole('button', { name: 'Add pain', exact: true }).click();
  await panel.getByRole('textbox', { name: 'Pain 1', exact: true }).fill('No-shows');
  const evidence = panel.getByRole('region', { name: 'Evidence and validation' });
  await evidence.getByRole('button', { name: 'Log evidence' }).click();
  const about = evidence.getByRole('combobox', { name: 'What evidence 1 is about' });
  await about.selectOption('Pain: No-shows');

  await panel.getByRole('button', { name: 'Remove No-shows' }).click();
  await expect(about).toHaveValue('segment');
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('textbox', { name: 'Pain 1', exact: true })).toHaveValue('No-shows');
  await expect(about.locator('option:checked')).toHaveText('Pain: No-shows');

  // Removed again and reloaded: what is stored is what was shown.
  await panel.getByRole('button', { name: 'Remove No-shows' }).click();
  await page.waitForTimeout(400);
  await page.reload();
  panel = segments.panel('Family clinics');
  await expect(
    panel.getByRole('combobox', { name: 'What evidence 1 is about' }).locator('option:checked'),
  ).toHaveText('The segment as a whole');
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('ninefold');
        open.onsuccess = () => {
          const read = open.result.transaction('notes').objectStore('notes').getAll();
          read.onsuccess = () =>
            resolve(
              (read.result as { segment?: { evidence: { about: unknown }[] } }[])
                .flatMap((n) => n.segment?.evidence ?? [])
                .map((e) => e.about),
            );
        };
      }),
  );
  expect(stored).toEqual([null]);
});
