import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

test('a founder fills a canvas and finds it exactly as left after a reload', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Coffee subscription');
  await canvas.addNote('Customer Segments', 'Remote workers who brew at home');
  await canvas.addNote('Customer Segments', 'Small offices');
  await canvas.addNote('Value Propositions', 'Fresh beans every fortnight');
  await canvas.addNote('Channels', 'Instagram');

  await canvas.editNote('Instagram', 'Instagram and TikTok');
  await canvas.recolourNote('Small offices', 'Green');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue(
    'Coffee subscription',
  );
  await canvas.expectNotes('Customer Segments', [
    'Remote workers who brew at home',
    'Small offices',
  ]);
  await canvas.expectNotes('Value Propositions', ['Fresh beans every fortnight']);
  await canvas.expectNotes('Channels', ['Instagram and TikTok']);
  await canvas.noteItem('Small offices').hover();
  await expect(
    canvas.noteItem('Small offices').getByRole('button', { name: 'Colour: Green' }),
  ).toBeVisible();
  await expect(canvas.block('Channels').getByText('1 note')).toBeAttached();
});

test('notes move between blocks by mouse and by keyboard, and stay there after a reload', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Moves');
  await canvas.addNote('Channels', 'Partner resellers');
  await canvas.addNote('Key Partners', 'Roaster co-op');
  await canvas.addNote('Key Partners', 'Courier');
  await canvas.addNote('Key Activities', 'Roasting');

  // Mouse: from Channels to Key Partners, onto the empty end of the list.
  await canvas.dragNote('Partner resellers', canvas.notesList('Key Partners'));
  await canvas.expectNotes('Channels', []);
  expect(await canvas.notesIn('Key Partners')).toContain('Partner resellers');

  // Keyboard: Roasting goes one block to the left, into Key Partners.
  await canvas.keyboardMove('Roasting', ['ArrowLeft']);
  await expect.poll(() => canvas.notesIn('Key Partners')).toContain('Roasting');
  // Keyboard users keep their place: the moved note still has focus.
  await expect(canvas.note('Roasting')).toBeFocused();
  await canvas.expectNotes('Key Activities', []);

  const partners = await canvas.notesIn('Key Partners');
  await page.reload();
  await canvas.expectNotes('Key Partners', partners);
  await canvas.expectNotes('Key Activities', []);
  await canvas.expectNotes('Channels', []);
});

test('notes reorder within a block by keyboard', async ({ canvas }) => {
  await canvas.createCanvas('Order');
  await canvas.addNote('Revenue Streams', 'First');
  await canvas.addNote('Revenue Streams', 'Second');
  await canvas.addNote('Revenue Streams', 'Third');
  await canvas.keyboardMove('Third', ['ArrowUp', 'ArrowUp']);
  await canvas.expectNotes('Revenue Streams', ['Third', 'First', 'Second']);
  await canvas.keyboardMove('First', ['ArrowDown']);
  await canvas.expectNotes('Revenue Streams', ['Third', 'Second', 'First']);
  await canvas.keyboardMove('Third', ['ArrowDown', 'ArrowDown', 'ArrowUp']);
  await canvas.expectNotes('Revenue Streams', ['Second', 'Third', 'First']);
});

test('a mouse drag drops a note exactly where the indicator shows, within and across blocks', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Mouse order');
  await canvas.addNote('Customer Relationships', 'Onboarding call');
  await canvas.addNote('Customer Relationships', 'Community forum');
  await canvas.addNote('Customer Relationships', 'Account manager');
  await canvas.addNote('Channels', 'Webinars');

  // Onto the upper half of the first note: it goes first.
  await canvas.dragNote('Account manager', canvas.note('Onboarding call'), 'upper');
  await canvas.expectNotes('Customer Relationships', [
    'Account manager',
    'Onboarding call',
    'Community forum',
  ]);

  // Across blocks, onto the lower half of a note: it goes after it.
  await canvas.dragNote('Onboarding call', canvas.note('Webinars'), 'lower');
  await canvas.expectNotes('Channels', ['Webinars', 'Onboarding call']);
  await canvas.expectNotes('Customer Relationships', ['Account manager', 'Community forum']);

  // The note moved by the mouse keeps the focus it took when picked up, in its new block.
  await expect(canvas.note('Onboarding call')).toBeFocused();

  // Dropped outside every block (on the page's header): nothing moves, and that is what is said.
  await canvas.dragNote('Community forum', page.getByRole('textbox', { name: 'Canvas name' }));
  await canvas.expectNotes('Customer Relationships', ['Account manager', 'Community forum']);
  await expect(
    page.getByText('“Community forum” was dropped outside the canvas: it is back where it was.'),
  ).toBeAttached();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  // The last step undone was the move across blocks, not a move that did not happen.
  await canvas.expectNotes('Channels', ['Webinars']);
});

test('Escape during a keyboard drag puts the note back where it was', async ({ canvas, page }) => {
  await canvas.createCanvas('Cancel');
  await canvas.addNote('Key Resources', 'Brand');
  await canvas.addNote('Key Resources', 'Roastery');
  // Screen readers hear where the note is as it moves.
  await canvas.note('Roastery').focus();
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('status').filter({ hasText: 'Picked up note “Roastery”' }),
  ).toContainText('Key Resources, position 2 of 2');
  await page.waitForTimeout(100); // a person's pace: dnd-kit listens for keys a tick after pick-up
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'is now at' })).toContainText(
    'Value Propositions',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'Move cancelled' })).toHaveText(
    'Move cancelled. The note “Roastery” is back where it was.',
  );
  await canvas.expectNotes('Key Resources', ['Brand', 'Roastery']);

  await canvas.keyboardMove('Roastery', ['ArrowRight', 'ArrowUp'], 'Escape');
  await canvas.expectNotes('Key Resources', ['Brand', 'Roastery']);
  await canvas.expectNotes('Value Propositions', []);
  await expect(canvas.note('Roastery')).toBeFocused();
  await page.reload();
  await canvas.expectNotes('Key Resources', ['Brand', 'Roastery']);
});

test('undo and redo a move with the keyboard shortcuts', async ({ canvas, page }) => {
  await canvas.createCanvas('Undo');
  await canvas.addNote('Cost Structure', 'Green beans');
  await canvas.keyboardMove('Green beans', ['ArrowRight']);
  await canvas.expectNotes('Revenue Streams', ['Green beans']);

  await page.keyboard.press('Control+z');
  await canvas.expectNotes('Cost Structure', ['Green beans']);
  await canvas.expectNotes('Revenue Streams', []);

  await page.keyboard.press('Control+Shift+z');
  await canvas.expectNotes('Revenue Streams', ['Green beans']);

  await page.keyboard.press('Control+z');
  await canvas.expectNotes('Cost Structure', ['Green beans']);
  await page.keyboard.press('Control+y');
  await canvas.expectNotes('Revenue Streams', ['Green beans']);

  // The toolbar buttons do the same.
  await page.getByRole('button', { name: 'Undo' }).click();
  await canvas.expectNotes('Cost Structure', ['Green beans']);
  await page.reload();
  await canvas.expectNotes('Cost Structure', ['Green beans']);
});

test('undo and redo keep the keyboard focus: on the note wherever it goes, else beside it', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Focus');
  await canvas.addNote('Cost Structure', 'Roasting');
  await canvas.addNote('Cost Structure', 'Green beans');

  // A move undone and redone: the note changes blocks, and the focus goes with it.
  await canvas.keyboardMove('Green beans', ['ArrowRight']);
  await canvas.expectNotes('Revenue Streams', ['Green beans']);
  await expect(canvas.note('Green beans')).toBeFocused();
  await page.keyboard.press('Control+z');
  await canvas.expectNotes('Cost Structure', ['Roasting', 'Green beans']);
  await expect(canvas.note('Green beans')).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await canvas.expectNotes('Revenue Streams', ['Green beans']);
  await expect(canvas.note('Green beans')).toBeFocused();

  // Undoing the addition of the focused note: the focus goes to the note beside it.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await canvas.expectNotes('Cost Structure', ['Roasting']);
  await expect(canvas.note('Roasting')).toBeFocused();

  // The toolbar's Undo, pressed until nothing is left to undo, keeps the focus.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.focus();
  await page.keyboard.press('Enter');
  await canvas.expectNotes('Cost Structure', []);
  // The last step: the canvas's name, given when it was created.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Canvas name' })).toHaveValue('Untitled canvas');
  await expect(undo).toBeDisabled();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(undo).toBeFocused();
  await canvas.expectNotes('Cost Structure', []);
});

test('editing: Esc cancels, an emptied note disappears, Delete removes and undo brings back', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Editing');
  await canvas.addNote('Key Activities', 'Cupping sessions');

  await canvas.note('Cupping sessions').focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.fill('Something else');
  await editor.press('Escape');
  await canvas.expectNotes('Key Activities', ['Cupping sessions']);
  await expect(canvas.note('Cupping sessions')).toBeFocused();

  // A new note left empty leaves no trace.
  await page.getByRole('button', { name: 'Add note to Key Activities' }).click();
  await page.getByRole('textbox', { name: 'Note text' }).press('Escape');
  await canvas.expectNotes('Key Activities', ['Cupping sessions']);

  // Blur saves.
  await canvas.note('Cupping sessions').dblclick();
  await page.getByRole('textbox', { name: 'Note text' }).fill('Weekly cupping sessions');
  await page.getByRole('textbox', { name: 'Canvas name' }).click();
  await canvas.expectNotes('Key Activities', ['Weekly cupping sessions']);

  await canvas.note('Weekly cupping sessions').focus();
  await page.keyboard.press('Delete');
  await canvas.expectNotes('Key Activities', []);
  await page.keyboard.press('Control+z');
  await canvas.expectNotes('Key Activities', ['Weekly cupping sessions']);
});

test('the Undo of "Note deleted." undoes that deletion, and nothing else', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Undo from the toast');
  await canvas.addNote('Channels', 'Webinars');
  const toasts = page.getByRole('status', { name: 'Notifications' });

  // Ctrl+Z brought the note back first: the toast, whose Undo has nothing left to undo, goes
  // (its Undo undid the note's creation once, and the note was gone for good).
  await canvas.note('Webinars').focus();
  await page.keyboard.press('Delete');
  await expect(toasts).toContainText('Note deleted.');
  await page.keyboard.press('Control+z');
  await canvas.expectNotes('Channels', ['Webinars']);
  await expect(toasts).not.toContainText('Note deleted.');

  // Changes came after the deletion: the toast's Undo says so and undoes none of them.
  await canvas.note('Webinars').focus();
  await page.keyboard.press('Delete');
  await canvas.addNote('Channels', 'Podcasts');
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(toasts).toContainText('Not undone: there are later changes.');
  await canvas.expectNotes('Channels', ['Podcasts']);

  // Straight away, it undoes the deletion.
  await canvas.note('Podcasts').focus();
  await page.keyboard.press('Delete');
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await canvas.expectNotes('Channels', ['Podcasts']);
  // The toast's button went with it: the focus is on the note that came back.
  await expect(canvas.note('Podcasts')).toBeFocused();
  await page.reload();
  await canvas.expectNotes('Channels', ['Podcasts']);
});

test('a paste longer than 2,000 characters is cut, with a visible notice', async ({
  canvas,
  page,
}) => {
  await canvas.createCanvas('Long');
  await page.getByRole('button', { name: 'Add note to Value Propositions' }).click();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.fill('x'.repeat(2500));
  await expect(page.getByText('Cut to 2,000 characters.')).toBeVisible();
  await expect(editor).toHaveValue('x'.repeat(2000));
  // Typed at the limit, or pasted again, nothing more shows than the note keeps.
  await editor.press('End');
  await editor.pressSequentially('ZZZ');
  await page.keyboard.insertText('y'.repeat(500));
  await expect(editor).toHaveValue('x'.repeat(2000));
  // Edited down, it is no longer the cut text: the counter is back, and the notice gone.
  for (let i = 0; i < 5; i++) await editor.press('Backspace');
  await expect(page.getByText('1,995 / 2,000')).toBeVisible();
  await expect(page.getByText('Cut to 2,000 characters.')).toHaveCount(0);
  await editor.press('Control+Enter');

  // Long text stays inside its note.
  const item = canvas.notesList('Value Propositions').getByRole('listitem').first();
  const block = await canvas.block('Value Propositions').boundingBox();
  const note = await item.boundingBox();
  expect(note!.x + note!.width).toBeLessThanOrEqual(block!.x + block!.width);
  await page.reload();
  await expect.poll(async () => (await canvas.notesIn('Value Propositions'))[0]?.length).toBe(1995);

  // An emoji that would straddle the limit is left out whole, not cut in half (a "�").
  await page.getByRole('button', { name: 'Add note to Channels' }).click();
  await editor.fill(`${'y'.repeat(1999)}😀😀`);
  await expect(editor).toHaveValue('y'.repeat(1999));
  await editor.press('Control+Enter');
});

test('guidance questions can be shown and hidden', async ({ canvas, page }) => {
  await canvas.createCanvas('Guidance');
  const question = page.getByText('For whom are we creating value?');
  await expect(question).toBeHidden();
  await page.getByRole('button', { name: 'Guidance for Customer Segments' }).click();
  await expect(question).toBeVisible();
  await page.getByRole('button', { name: 'Guidance for Customer Segments' }).click();
  await expect(question).toBeHidden();
  await page.getByRole('button', { name: 'Guidance', exact: true }).click();
  await expect(question).toBeVisible();
  await expect(page.getByText('Who are our key partners?')).toBeVisible();
});

test("a note's tools cover neither its first line nor the last line of the note above", async ({
  canvas,
}) => {
  await canvas.createCanvas('Tools');
  const above = 'Regional wholesalers who stock our kits in every pharmacy nearby, gladly';
  const below = 'عيادات الأسنان في المدن الكبيرة مع ثلاثة كراسي على الأقل';
  await canvas.addNote('Key Partners', above);
  await canvas.addNote('Key Partners', below);
  await canvas.addNote('Key Partners', 'Clinics that resell our kits');

  /** The boxes of a note's first and last line of text, from the text itself. */
  const lines = (text: string) =>
    canvas.note(text).evaluate((el) => {
      const node = el.firstChild!;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      return { first: box(rects[0]!), last: box(rects[rects.length - 1]!) };
    });
  type Box = { left: number; top: number; right: number; bottom: number };
  const overlap = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  for (const [text, previous] of [
    [below, above],
    ['Clinics that resell our kits', below],
  ] as const) {
    const item = canvas.noteItem(text);
    await item.hover();
    const tools = item.getByRole('button', { name: 'Delete note' });
    await expect(tools).toBeVisible();
    // The tools' row: from its first button to its last.
    const first = (await item.getByRole('button').nth(1).boundingBox())!;
    const last = (await tools.boundingBox())!;
    const row = {
      left: first.x,
      top: Math.min(first.y, last.y),
      right: last.x + last.width,
      bottom: Math.max(first.y + first.height, last.y + last.height),
    };
    expect(overlap(row, (await lines(text)).first), `${text}: its first line`).toBe(false);
    expect(overlap(row, (await lines(previous)).last), `${text}: the line above`).toBe(false);
  }
});

test('Ctrl+Z while typing takes back a run of typing, as in any text field, and what is left is saved', async ({
  page,
  canvas,
  segments,
}) => {
  /**
   * Types `text` at the end of `field`, presses Ctrl+Z once, and checks it took back more than one
   * letter (a controlled field took back one per press). A run can end early: Chromium starts a
   * new one when a live region of the page changes (the health checks, a status), so only "more
   * than one" holds every time.
   */
  async function typeThenUndo(field: Locator, before: string, text: string) {
    await field.focus();
    await page.keyboard.press('End');
    await field.pressSequentially(text, { delay: 20 });
    await page.keyboard.press('Control+z');
    const after = await field.inputValue();
    expect(`${before}${text}`.startsWith(after), after).toBe(true);
    expect(after.length, after).toBeLessThan(before.length + text.length - 1);
    return after;
  }

  await canvas.createCanvas('Typing');
  await canvas.addNote('Key Partners', 'Payment provider');
  await canvas.note('Payment provider').dblclick();
  const editor = page.getByRole('textbox', { name: 'Note text' });
  const note = await typeThenUndo(editor, 'Payment provider', ' and a bank');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor).not.toHaveValue(note);
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveValue(note);
  await editor.press('Control+Enter');

  const name = page.getByRole('textbox', { name: 'Canvas name' });
  const canvasName = await typeThenUndo(name, 'Typing', ' for clinics');

  await canvas.addNote('Customer Segments', 'Family clinics');
  const panel = await segments.open('Family clinics');
  const who = await typeThenUndo(
    panel.getByRole('textbox', { name: 'Who buys' }),
    '',
    'The practice owner',
  );

  await page.waitForTimeout(1200);
  await page.reload();
  await expect(canvas.note(note.trim())).toBeVisible();
  expect((await page.getByRole('textbox', { name: 'Canvas name' }).inputValue()).trim()).toBe(
    canvasName.trim(),
  );
  await expect(
    segments.panel('Family clinics').getByRole('textbox', { name: 'Who buys' }),
  ).toHaveValue(who);
});
