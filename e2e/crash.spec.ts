// The browser killed (SIGKILL) in the middle of a burst of edits: every edit acknowledged as
// durable before the kill is there after a restart with the same profile, and the canvas opens.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { expect, test } from './fixtures';

async function launch(profile: string): Promise<BrowserContext> {
  const found = findChromium();
  return chromium.launchPersistentContext(profile, {
    executablePath: found?.path,
    args: found?.own ? [] : SYSTEM_CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
  });
}

/** SIGKILL to every process of the browser running on `profile` (found in /proc). */
function killBrowser(profile: string): void {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.includes(profile)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

/** Note texts durable in this page's IndexedDB right now. */
function durableTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('ninefold');
        request.onsuccess = () => {
          const get = request.result.transaction('notes').objectStore('notes').getAll();
          get.onsuccess = () => {
            request.result.close();
            resolve((get.result as { text: string }[]).map((n) => n.text));
          };
        };
      }),
  );
}

test('killing the browser during a burst of edits keeps every edit it had saved', async ({
  baseURL,
}) => {
  test.skip(process.platform !== 'linux', 'finds the browser processes in /proc');
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'ninefold-crash-'));
  try {
    let context = await launch(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/`);
    await page.getByRole('button', { name: 'New canvas' }).click();
    await expect(page.getByRole('textbox', { name: 'Canvas name' })).toBeVisible();
    const url = page.url();

    // A burst: notes added one after another, without waiting for saves.
    let acknowledged: string[] = [];
    for (let i = 1; i <= 12; i++) {
      await page.getByRole('button', { name: 'Add note to Channels' }).click();
      const editor = page.getByRole('textbox', { name: 'Note text' });
      await editor.fill(`Burst note ${i}`);
      await editor.press('Control+Enter');
      if (i === 8) {
        // What IndexedDB holds at this instant is what was acknowledged as saved.
        await expect.poll(() => durableTexts(page)).toContain('Burst note 6');
        acknowledged = (await durableTexts(page)).filter((t) => t.startsWith('Burst note'));
      }
    }
    // Kill the browser outright: no unload, no flush.
    killBrowser(profile);
    await context.close().catch(() => {});

    context = await launch(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await expect(page.getByRole('textbox', { name: 'Canvas name' })).toBeVisible();
    const texts = await page
      .getByRole('list', { name: 'Channels notes' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(acknowledged.length).toBeGreaterThanOrEqual(6);
    for (const text of acknowledged) expect(texts.map((t) => t.trim())).toContain(text);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
