// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../src/export/import-reader';
import { isShareHash, SHARE_FRAGMENT } from '../../src/export/share-fragment';
import {
  compressedLength,
  readShareFragment,
  SHARE_LINK_MAX,
  shareLink,
} from '../../src/export/share-link';
import { makeDoc, makeNote } from '../factories';

const BASE = 'https://ninefold.example/app/';

/** A small seeded PRNG (mulberry32): the same "random" text on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text deflate cannot shrink much: random characters from a 64-letter alphabet. */
function incompressible(length: number, seed = 42): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const random = prng(seed);
  return Array.from({ length }, () => alphabet[Math.floor(random() * 64)]).join('');
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A share fragment carrying exactly these bytes, deflated: how a hand-made link would look. */
const fragmentOf = async (bytes: Uint8Array) =>
  `${SHARE_FRAGMENT}${base64Url(await deflateRaw(bytes))}`;

async function hashOf(text: string): Promise<string> {
  const link = await shareLink(text, BASE);
  expect(link).not.toBeNull();
  expect(link!.startsWith(`${BASE}${SHARE_FRAGMENT}`)).toBe(true);
  return new URL(link!).hash;
}

describe('shareLink and readShareFragment', () => {
  it('round-trip an export file exactly', async () => {
    const doc = makeDoc({ blocks: { channels: 3, 'customer-segments': 2 } });
    const text = JSON.stringify({ type: 'ninefold', version: 1, ...doc }, null, 2);
    expect(await readShareFragment(await hashOf(text))).toBe(text);
  });

  it('round-trip non-Latin text and emoji', async () => {
    const note = makeNote({
      text: 'Привет · Καλημέρα · 你好 · مرحبا · 👩🏽‍💻🇩🇪❤️ · "quotes" \\ back\nslash\ttab',
    });
    const text = JSON.stringify(note);
    expect(await readShareFragment(await hashOf(text))).toBe(text);
  });

  it('round-trip the empty text', async () => {
    expect(await readShareFragment(await hashOf(''))).toBe('');
  });

  it('make a link only with URL-safe characters in the fragment', async () => {
    const hash = await hashOf(incompressible(2000, 7));
    expect(hash.slice(SHARE_FRAGMENT.length)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('give no link past SHARE_LINK_MAX characters', async () => {
    const text = incompressible(SHARE_LINK_MAX + 1000);
    expect(await compressedLength(text)).toBeGreaterThan(SHARE_LINK_MAX);
    expect(await shareLink(text, BASE)).toBeNull();
  });

  it('count the base in the length limit', async () => {
    // Random text of 40 000 characters deflates to about 30 000 bytes: 40 000 in base64.
    const text = incompressible(40_000, 3);
    const length = await compressedLength(text);
    expect(length).toBeLessThan(SHARE_LINK_MAX);
    const fits = 'x'.repeat(SHARE_LINK_MAX - length);
    const link = await shareLink(text, fits);
    expect(link).toHaveLength(SHARE_LINK_MAX);
    expect(await shareLink(text, `${fits}x`)).toBeNull();
  });
});

describe('readShareFragment', () => {
  it('is null for a hash that is not a share fragment', async () => {
    for (const hash of ['', '#', '#canvas=abc', '#Share=abc', 'share=abc', '#share'])
      expect(await readShareFragment(hash)).toBeNull();
  });

  it('is null for characters outside base64url', async () => {
    const good = (await hashOf('hello')).slice(SHARE_FRAGMENT.length);
    for (const data of [`${good}+`, `${good}/`, `${good}=`, `${good}%20`, `a b`, 'ü'])
      expect(await readShareFragment(`${SHARE_FRAGMENT}${data}`)).toBeNull();
  });

  it('is null for every truncation of a link', async () => {
    const hash = await hashOf(JSON.stringify(makeDoc({ blocks: { 'key-partners': 2 } })));
    for (let cut = SHARE_FRAGMENT.length; cut < hash.length; cut++)
      expect(await readShareFragment(hash.slice(0, cut))).toBeNull();
  });

  it('is null for bytes that are not a deflate stream', async () => {
    // 0xff…: a block of the reserved type 3.
    expect(await readShareFragment(`${SHARE_FRAGMENT}____`)).toBeNull();
    // Length 1 mod 4 is not base64 at all.
    expect(await readShareFragment(`${SHARE_FRAGMENT}A`)).toBeNull();
  });

  it('is null when the inflated bytes are not UTF-8', async () => {
    const hash = await fragmentOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await readShareFragment(hash)).toBeNull();
  });

  it('is null for a fragment longer than SHARE_LINK_MAX, without inflating it', async () => {
    expect(
      await readShareFragment(`${SHARE_FRAGMENT}${'A'.repeat(SHARE_LINK_MAX + 4)}`),
    ).toBeNull();
  });

  it('reads a fragment that inflates to exactly IMPORT_MAX_BYTES', async () => {
    const hash = await fragmentOf(new Uint8Array(IMPORT_MAX_BYTES).fill(0x61));
    const text = await readShareFragment(hash);
    expect(text?.length).toBe(IMPORT_MAX_BYTES);
    expect(text?.slice(0, 3)).toBe('aaa');
  });

  it('is null for a decompression bomb: a short link that inflates past IMPORT_MAX_BYTES', async () => {
    const hash = await fragmentOf(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61));
    // Short enough to be a link: only the inflated size can reject it.
    expect(hash.length).toBeLessThan(SHARE_LINK_MAX);
    expect(await readShareFragment(hash)).toBeNull();
  });
});

describe('isShareHash', () => {
  it('recognises the share fragment prefix, and only it', () => {
    expect(isShareHash(`${SHARE_FRAGMENT}abc`)).toBe(true);
    expect(isShareHash(SHARE_FRAGMENT)).toBe(true);
    expect(SHARE_FRAGMENT).toBe('#share=');
    for (const hash of ['', '#', '#share', '#shared=abc', '#Share=abc', 'share=abc', '#x#share='])
      expect(isShareHash(hash)).toBe(false);
  });
});
