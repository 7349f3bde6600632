// Hostile text: an XSS corpus typed into the text fields, imported from a file, opened from a
// share link and exported to PDF and PNG. No script runs and no element from a payload enters
// the page.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** 50 payloads: script tags, event handlers, javascript: and data: URLs, SVG, broken markup. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<script src="data:text/javascript,window.__xss=1"></script>',
  '<img src=x onerror="window.__xss=1">',
  '<img src="x" onerror=window.__xss=1 //',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<svg><animate onbegin="window.__xss=1" attributeName=x dur=1s>',
  '<iframe src="javascript:window.parent.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="data:text/html,<script>window.__xss=1</script>">x</a>',
  '<body onload="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror="window.__xss=1">',
  '<marquee onstart="window.__xss=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '</textarea><script>window.__xss=1</script>',
  '</title><script>window.__xss=1</script>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<link rel=stylesheet href="javascript:window.__xss=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<button formaction="javascript:window.__xss=1">x</button>',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<div style="width:expression(window.__xss=1)">',
  '<img src="jav&#x09;ascript:window.__xss=1">',
  '<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<<script>window.__xss=1//<</script>',
  '<script/xss>window.__xss=1</script>',
  '<img """><script>window.__xss=1</script>">',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<![CDATA[<script>window.__xss=1</script>]]>',
  'javascript:window.__xss=1',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '<template><script>window.__xss=1</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<isindex action="javascript:window.__xss=1" type=image>',
  '<table background="javascript:window.__xss=1">',
  '<svg><a xlink:href="javascript:window.__xss=1"><text x=20 y=20>x</text></a></svg>',
  '\u202e<img src=x onerror=window.__xss=1>\u0000',
];

async function expectNothingRan(page: Page) {
  const report = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`),
      ),
      injected: document.querySelectorAll(
        'iframe, object, embed, marquee, isindex, form, base, svg animate, img[src="x"], a[href^="javascript:" i], a[href^="data:" i], meta[http-equiv="refresh" i]',
      ).length,
      // The one inline script is the page's own first read (index.html).
      scripts: [...document.querySelectorAll('script')].filter((s) =>
        s.textContent?.includes('__xss'),
      ).length,
    };
  });
  expect(report).toEqual({ xss: null, handlers: [], injected: 0, scripts: 0 });
}

function hostileFile() {
  const segment = {
    colour: 'teal',
    description: PAYLOADS[2],
    archetype: null,
    kind: null,
    buyer: PAYLOADS[4],
    user: PAYLOADS[5],
    priority: null,
    earlyAdopter: false,
    size: {
      count: null,
      unit: PAYLOADS[6]!.slice(0, 60),
      tam: null,
      sam: null,
      som: null,
      currency: 'USD',
    },
    bases: [{ basis: 'geographic', description: PAYLOADS[7] }],
    template: {
      job: PAYLOADS[8],
      pain: PAYLOADS[9],
      outcome: PAYLOADS[10],
      signals: PAYLOADS[11],
      willingnessToPay: PAYLOADS[12],
      costToServe: PAYLOADS[13],
      operations: PAYLOADS[14],
    },
    jobs: [{ id: 'j1', text: PAYLOADS[15], importance: 3, frequency: 'often', kind: 'functional' }],
    pains: [
      {
        id: 'p1',
        text: PAYLOADS[16],
        importance: 3,
        frequency: 'often',
        kind: 'risk',
        severity: 3,
      },
    ],
    gains: [
      {
        id: 'g1',
        text: PAYLOADS[17],
        importance: 3,
        frequency: 'often',
        kind: 'desired',
        relevance: 'useful',
      },
    ],
    personas: [
      {
        id: 'pe1',
        name: PAYLOADS[18],
        photoId: null,
        quote: PAYLOADS[19],
        demographics: PAYLOADS[20],
        goals: PAYLOADS[21],
        barriers: PAYLOADS[22],
        behaviours: PAYLOADS[23],
        channels: PAYLOADS[24],
      },
    ],
    dependsOn: [],
    scores: { reach: null, marketSize: null, valueAlignment: null, painDepth: null, budget: null },
    validation: { status: 'testing', changedAt: null },
    evidence: [
      {
        id: 'e1',
        type: 'interview',
        date: '2026-11-02',
        summary: PAYLOADS[25],
        quote: PAYLOADS[26],
        source: PAYLOADS[27],
        supports: true,
        about: null,
      },
    ],
    metrics: [
      {
        id: 'm1',
        kind: 'custom',
        name: PAYLOADS[28]!.slice(0, 80),
        unit: '<b>u</b>',
        values: [{ id: 'v1', date: '2026-11-01', value: 3 }],
      },
    ],
    review: { cadenceDays: 30, nextReviewOn: null, lastReviewedOn: null },
    playbook: {
      onboarding: [{ id: 's1', text: PAYLOADS[29] }],
      serviceLevels: PAYLOADS[30],
      handoffs: PAYLOADS[31],
      escalation: PAYLOADS[32],
      capacity: PAYLOADS[33],
    },
  };
  const blocks = [
    'key-partners',
    'key-activities',
    'key-resources',
    'value-propositions',
    'channels',
  ];
  const notes = [
    {
      id: 'note_seg',
      canvasId: 'canvas_xss',
      block: 'customer-segments',
      text: `Segment ${PAYLOADS[1]}`,
      colour: 'yellow',
      order: 'a0',
      segmentIds: [],
      segment,
      createdAt: 1,
      updatedAt: 1,
    },
    ...PAYLOADS.map((text, i) => ({
      id: `note_${i}`,
      canvasId: 'canvas_xss',
      block: blocks[i % blocks.length],
      text,
      colour: 'pink',
      order: `a${String(i).padStart(2, '0')}`,
      segmentIds: ['note_seg'],
      createdAt: 1,
      updatedAt: 1,
    })),
  ];
  const canvas = {
    id: 'canvas_xss',
    name: PAYLOADS[0],
    createdAt: 1,
    updatedAt: 1,
    schemaVersion: 4,
    trashedAt: null,
    weights: { reach: 1, marketSize: 1, valueAlignment: 1, painDepth: 1, budget: 1 },
    differences: [],
    votes: [],
  };
  return {
    name: 'hostile.json',
    bytes: Buffer.from(
      JSON.stringify({
        format: 'ninefold',
        formatVersion: 1,
        app: '0.1.0',
        exportedAt: '2026-11-25T10:00:00.000Z',
        canvases: [{ canvas, notes, photos: [], snapshots: [] }],
      }),
    ),
  };
}

test('an XSS corpus in every kind of field, imported, shared, presented and exported: nothing runs', async ({
  page,
  canvas,
  segments,
  transfer,
  context,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Typed by hand: the canvas name, a note, segment fields and evidence.
  await canvas.createCanvas(PAYLOADS[3]!);
  await canvas.addNote('Channels', PAYLOADS[2]!);
  await canvas.addNote('Customer Segments', PAYLOADS[4]!);
  const panel = await segments.open(PAYLOADS[4]!);
  await panel.getByRole('textbox', { name: 'One-line description' }).fill(PAYLOADS[5]!);
  await panel.getByRole('button', { name: 'Add persona' }).click();
  await panel.getByRole('textbox', { name: 'Persona name' }).fill(PAYLOADS[6]!);
  await panel.getByRole('button', { name: 'Log evidence' }).click();
  await panel.getByRole('textbox', { name: 'Source of evidence 1' }).fill(PAYLOADS[11]!);
  await expectNothingRan(page);
  await panel.getByRole('button', { name: 'Close', exact: true }).click();

  // Imported: all 50 payloads in notes, and in every segment field.
  await canvas.home();
  await transfer.importFile(hostileFile());
  await expect(canvas.notesList('Channels').getByRole('listitem')).toHaveCount(10);
  await expect(canvas.notesList('Key Partners')).toContainText('<script>window.__xss=1</script>');
  const imported = await segments.open(`Segment ${PAYLOADS[1]}`);
  await expect(imported.getByRole('textbox', { name: 'Summary of evidence 1' })).toHaveValue(
    PAYLOADS[25]!,
  );
  await expectNothingRan(page);
  await imported.getByRole('button', { name: 'Close', exact: true }).click();

  // Shared as a link and opened in another page.
  const dialog = await transfer.openExport();
  await dialog.getByRole('button', { name: 'Copy share link' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  // Exported to PDF and PNG.
  await transfer.download(dialog.getByRole('button', { name: 'Download PDF' }));
  await transfer.download(dialog.getByRole('button', { name: 'Download PNG' }));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectNothingRan(page);

  const other = await context.newPage();
  other.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await other.goto(link);
  await other
    .getByRole('dialog', { name: 'Import a shared canvas?' })
    .getByRole('button', { name: 'Import as a new canvas' })
    .click();
  await expect(other.getByRole('list', { name: 'Key Partners notes' })).toContainText('<script>');
  await expectNothingRan(other);

  // Presented to a room.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Channels notes' })).toContainText('onerror');
  await expectNothingRan(page);

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('the build runs under a strict Content-Security-Policy: no inline script, no eval', async ({
  page,
  canvas,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      violations.push(m.text());
  });
  await canvas.createCanvas('Under CSP');
  await canvas.addNote('Channels', 'Webinars');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).toContain("img-src 'self' blob: data:");
  // The app itself trips no violation (the first-read script is allowed by its hash).
  expect(violations).toEqual([]);
  // An injected inline script and eval are refused.
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __csp?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__csp = 1';
    const refused = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      }),
    );
    document.body.append(script);
    const directive = await refused;
    let evalRan = false;
    try {
      // The point: eval must be refused.
      evalRan = (0, eval)('true') === true;
    } catch {
      evalRan = false;
    }
    return { ran: w.__csp ?? null, directive, evalRan };
  });
  expect(outcome).toEqual({
    ran: null,
    directive: expect.stringMatching(/^script-src/),
    evalRan: false,
  });
});

test('an evidence source becomes a link only for http, https and mailto, opening apart from the app', async ({
  canvas,
  segments,
}) => {
  await canvas.createCanvas('Links');
  await canvas.addNote('Customer Segments', 'Clinics');
  const panel = await segments.open('Clinics');
  await panel.getByRole('button', { name: 'Log evidence' }).click();
  const source = panel.getByRole('textbox', { name: 'Source of evidence 1' });
  for (const hostile of [
    'javascript:window.__xss=1',
    'data:text/html,<b>x</b>',
    'www.example.com',
  ]) {
    await source.fill(hostile);
    await expect(panel.getByRole('link', { name: 'Open the source of evidence 1' })).toHaveCount(0);
  }
  await source.fill('https://example.com/interviews/round-3');
  const link = panel.getByRole('link', { name: 'Open the source of evidence 1' });
  await expect(link).toHaveAttribute('href', 'https://example.com/interviews/round-3');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
});
