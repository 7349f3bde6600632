// The Customer Segments workspace, part 2: evidence and validation, metrics over time, the review
// cadence and the playbook, all saved and found again after a reload.
import { expect, test } from './fixtures';

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
    .getByRole('combobox', { name: 'Evidence 1', exact: true })
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
