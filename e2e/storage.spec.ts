import { readFile } from 'node:fs/promises';
import { test, expect, refuseDurableStorage, seriousViolations } from './fixtures';

test('when a write fails because storage is full, a banner says so; saving resumes by itself', async ({
  canvas,
  page,
}) => {
  // Chromium's own quota enforcement is not deterministic for small writes, so the test makes
  // IndexedDB refuse writes the way a full disk does, and lets them through again later.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await canvas.createCanvas('Quota');
  await canvas.addNote('Customer Segments', 'Saved before the disk filled up');
  // That note is written before the disk "fills up" (else its write fails, and the banner can
  // appear under the next click).
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('ninefold');
            open.onsuccess = () => {
              const db = open.result;
              const count = db.transaction('notes').objectStore('notes').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
            };
          }),
      ),
    )
    .toBe(1);

  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
  await canvas.addNote('Channels', 'Written while full');
  await expect(page.getByRole('alert')).toContainText('storage is full');
  // The banner offers the way out: everything, as a file.
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('alert').getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(backup.suggestedFilename()).toMatch(/^Ninefold backup .*\.ninefold\.json$/);
  // The app keeps working in memory.
  await canvas.addNote('Revenue Streams', 'Still editing');
  await canvas.expectNotes('Channels', ['Written while full']);

  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });

  await page.reload();
  await canvas.expectNotes('Channels', ['Written while full']);
  await canvas.expectNotes('Revenue Streams', ['Still editing']);
  await canvas.expectNotes('Customer Segments', ['Saved before the disk filled up']);
});

test('after the first edit the app asks to keep its data; when the browser refuses, it says so once', async ({
  page,
  canvas,
}) => {
  type Probe = { persistCalls: string[]; answerPersist?: () => void };
  await page.addInitScript(() => {
    const probe = window as unknown as Probe;
    probe.persistCalls = [];
    Object.defineProperty(navigator.storage, 'persisted', {
      value: () => Promise.resolve(false),
    });
    Object.defineProperty(navigator.storage, 'persist', {
      value: () => {
        probe.persistCalls.push('persist');
        // The first answer waits for the test, as a browser may take its time to decide; the
        // answer comes while someone is at work on the canvas. Later pages get theirs at once.
        if (sessionStorage.getItem('persist-answered')) return Promise.resolve(false);
        return new Promise<boolean>((resolve) => {
          probe.answerPersist = () => {
            sessionStorage.setItem('persist-answered', 'yes');
            resolve(false);
          };
        });
      },
    });
  });
  await canvas.home();
  // Nothing is asked before an edit.
  expect(await page.evaluate(() => (window as unknown as Probe).persistCalls)).toEqual([]);
  await page.getByRole('button', { name: 'New canvas' }).click();
  await canvas.addNote('Key Partners', 'Payment provider');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Probe).persistCalls))
    .toEqual(['persist']);
  // The browser refuses while someone is at work: the notice comes, and the canvas stays where
  // it was, under the pointer.
  const block = await canvas.block('Key Partners').boundingBox();
  await page.evaluate(() => (window as unknown as Probe).answerPersist?.());
  const notice = page.getByRole('status').filter({ hasText: 'Keep a backup' });
  await expect(notice).toContainText('did not promise to keep');
  expect(await canvas.block('Key Partners').boundingBox()).toEqual(block);
  // Nor does it keep a click from the canvas it floats over.
  await canvas.addNote('Cost Structure', 'Hosting');
  expect(await seriousViolations(page)).toEqual([]);
  await notice.getByRole('button', { name: 'Got it' }).click();
  await expect(notice).toHaveCount(0);
  // The notice took its button with it: the focus is on the page, not its body.
  await expect(page.getByRole('main')).toBeFocused();
  await page.reload();
  await canvas.addNote('Channels', 'Podcasts');
  await page.waitForTimeout(300);
  await expect(page.getByRole('status').filter({ hasText: 'Keep a backup' })).toHaveCount(0);
});

test('a database upgrade from another tab: this tab saves what it has, asks for a reload, and keeps new edits for after it', async ({
  page,
  canvas,
  context,
}) => {
  await canvas.createCanvas('Upgraded elsewhere');
  await canvas.addNote('Channels', 'Saved before the upgrade');
  await page.waitForTimeout(400);

  // Another tab opens the database at a higher version, as a newer Ninefold would.
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  const upgraded = other.evaluate(async () => {
    const dbs = await indexedDB.databases();
    const version = dbs.find((d) => d.name === 'ninefold')!.version!;
    return new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('ninefold', version + 1);
      request.onsuccess = () => {
        const v = request.result.version;
        request.result.close();
        resolve(v);
      };
      request.onerror = () => reject(request.error);
    });
  });
  await expect(page.getByRole('alert')).toContainText('Ninefold was updated in another tab');
  // The upgrade was not blocked: this tab stepped aside.
  expect(await upgraded).toBeGreaterThan(0);

  // Typed after the upgrade: kept, and journalled for the next page when this one goes away.
  await canvas.addNote('Channels', 'Typed after the upgrade');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  const journal = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('ninefold:'))
      .map((k) => localStorage.getItem(k) ?? '')
      .join(' '),
  );
  expect(journal).toContain('Typed after the upgrade');
  // What was typed before the upgrade is in the database.
  const saved = await other.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('ninefold');
        request.onsuccess = () => {
          const get = request.result.transaction('notes').objectStore('notes').getAll();
          get.onsuccess = () => {
            resolve((get.result as { text: string }[]).map((n) => n.text));
            request.result.close();
          };
        };
      }),
  );
  expect(saved).toContain('Saved before the upgrade');
});

test('a database from a newer Ninefold opens read-only: nothing is downgraded or written', async ({
  page,
}) => {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('ninefold', 1000);
        request.onupgradeneeded = () => {
          const db = request.result;
          for (const store of ['canvases', 'notes', 'tombstones', 'photos', 'snapshots'])
            db.createObjectStore(store, { keyPath: 'id' });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'saved by a newer version of Ninefold. Reload the page to use it',
  );
  await page.getByRole('button', { name: 'New canvas' }).click();
  await expect(page.getByText('This tab is read-only: reload it to keep editing.')).toBeVisible();
  const version = await page.evaluate(
    async () => (await indexedDB.databases()).find((d) => d.name === 'ninefold')?.version,
  );
  expect(version).toBe(1000);
});

test('a tab that sees a canvas from a newer Ninefold goes read-only and asks for a reload', async ({
  page,
  canvas,
  context,
}) => {
  await canvas.createCanvas('Older tab');
  await canvas.addNote('Channels', 'Written by the older tab');
  await page.waitForTimeout(400);
  const canvasId = new URL(page.url()).pathname.split('/')[2]!;

  // Another tab, running a newer build, writes the canvas at a newer schema version.
  const newer = await context.newPage();
  await newer.goto('/favicon.svg');
  await newer.evaluate((id) => {
    const channel = new BroadcastChannel('ninefold-records');
    channel.postMessage({
      type: 'records',
      canvases: [
        {
          id,
          name: 'Older tab',
          createdAt: 1,
          updatedAt: Date.now() + 1000,
          schemaVersion: 99,
          trashedAt: null,
          somethingNew: true,
        },
      ],
      notes: [],
      removedNotes: [],
    });
    channel.close();
  }, canvasId);

  await expect(page.getByRole('alert')).toContainText('A newer version of Ninefold is open');
  await page.getByRole('button', { name: 'Add note to Channels' }).click();
  await expect(page.getByText('This tab is read-only: reload it to keep editing.')).toBeVisible();
  await page.keyboard.press('Escape');
  await canvas.expectNotes('Channels', ['Written by the older tab']);
});

test('a damaged note row is left out when the canvas opens, says so and offers a copy, and stays stored; a stray field never runs', async ({
  page,
  canvas,
}) => {
  await canvas.createCanvas('Damaged row');
  await canvas.addNote('Channels', 'Webinars');
  await canvas.addNote('Channels', 'Partner marketplace');
  await canvas.addNote('Key Partners', 'Payment provider');
  await page.waitForTimeout(400);

  // Something outside Ninefold damages one stored note and adds a field to another.
  const rows = () =>
    page.evaluate(
      () =>
        new Promise<{ text: unknown; colour: unknown; stray?: unknown }[]>((resolve) => {
          const open = indexedDB.open('ninefold');
          open.onsuccess = () => {
            const db = open.result;
            const all = db.transaction('notes').objectStore('notes').getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result);
            };
          };
        }),
    );
  await expect.poll(async () => (await rows()).length).toBe(3);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('ninefold');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('notes', 'readwrite');
          const store = tx.objectStore('notes');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const note of all.result) {
              if (note.text === 'Partner marketplace') store.put({ ...note, colour: 'plaid' });
              if (note.text === 'Payment provider')
                store.put({ ...note, stray: '<img src=x onerror="window.__ran = 1">' });
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );

  await page.reload();
  await canvas.expectNotes('Channels', ['Webinars']);
  await canvas.expectNotes('Key Partners', ['Payment provider']);
  expect(
    await page.evaluate(() => (window as unknown as { __ran?: number }).__ran),
  ).toBeUndefined();

  // The canvas says so, and offers a copy of what could not be read, with what is wrong with it.
  const notice = page.getByRole('status', { name: 'Notes that could not be read' });
  await expect(notice).toContainText(
    '1 note on this canvas could not be read, so it is not shown. It is still stored in this browser, unchanged',
  );
  expect(await seriousViolations(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Save a copy of it' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Damaged row unreadable notes .*\.json$/);
  const copy = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(copy.canvas.name).toBe('Damaged row');
  expect(copy.notes).toHaveLength(1);
  expect(copy.notes[0].row).toMatchObject({ text: 'Partner marketplace', colour: 'plaid' });
  expect(copy.notes[0].problems).toEqual([expect.stringMatching(/^colour: 'plaid' is not one of/)]);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();

  // Opened from the home screen (read through the other path, Dexie's), it says so again.
  await page.getByRole('link', { name: 'All canvases' }).click();
  await page.reload();
  await page.getByRole('link', { name: 'Damaged row' }).click();
  await canvas.expectNotes('Channels', ['Webinars']);
  await expect(notice).toContainText('1 note on this canvas could not be read');
  // Skipped, not deleted: the damaged row is still there for a later version (or a person) to mend.
  await page.waitForTimeout(400);
  const stored = await rows();
  expect(stored.map((n) => n.text).sort()).toEqual([
    'Partner marketplace',
    'Payment provider',
    'Webinars',
  ]);
  expect(stored.find((n) => n.text === 'Partner marketplace')?.colour).toBe('plaid');
});

test.describe('a laptop zoomed to 200 %, with the backup notice at the foot of the window', () => {
  test.use({ viewport: { width: 640, height: 360 } });

  test('menus open above the notice, and what takes the focus scrolls clear of it', async ({
    page,
    canvas,
  }) => {
    await refuseDurableStorage(page);
    await canvas.home();
    // Starting an example is the first edit: the browser is asked, refuses, and the notice comes.
    await canvas.createExample();
    const notice = page.getByRole('status').filter({ hasText: 'Keep a backup' });
    await expect(notice).toBeVisible();

    // Every item of the Segment tools menu can be reached by the pointer: none lies under it.
    await page.getByRole('button', { name: 'Segment tools' }).click();
    const items = page.getByRole('menu', { name: 'Segment tools' }).getByRole('menuitem');
    await expect(items).toHaveCount(7);
    for (const item of await items.all()) {
      await item.scrollIntoViewIfNeeded();
      await item.click({ trial: true, timeout: 2000 });
    }
    await page.keyboard.press('Escape');

    // Tabbing through the canvas: the focus is never hidden under the notice.
    const top = (await notice.boundingBox())!.y;
    await canvas.notesList('Key Partners').getByRole('button').first().focus();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const box = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el.closest('.notice-dock')) return null;
        const r = el.getBoundingClientRect();
        return { bottom: r.bottom, label: el.getAttribute('aria-label') ?? el.textContent };
      });
      if (box) expect(box.bottom, `Tab ${i + 1}: ${box.label}`).toBeLessThanOrEqual(top + 1);
    }
  });
});
