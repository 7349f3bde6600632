// @vitest-environment node
// The PDF embeds subsets of Noto Sans made by fontkit (with vite.config.ts's fontkitFixes applied,
// as in the app): every glyph of a subset must keep its outline.
// The build the app bundles (Node would otherwise load the UMD build, which the fix does not touch).
// @ts-expect-error: that file has no type declarations of its own (the package's are below).
import fontkitEs from '@pdf-lib/fontkit/dist/fontkit.es.js';
import type fontkitTypes from '@pdf-lib/fontkit';
import notoSans from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?inline';
import { describe, expect, it } from 'vitest';

const fontkit = fontkitEs as typeof fontkitTypes;
interface Encodable {
  encodeStream(): { on(event: string, listener: (part?: Uint8Array) => void): unknown };
}

function encode(subset: Encodable): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    const stream = subset.encodeStream();
    stream.on('data', (part) => parts.push(part!));
    stream.on('end', () => {
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      resolve(bytes);
    });
  });
}

describe('font subsets', () => {
  it('keep the outline of every glyph they include', async () => {
    const bytes = Uint8Array.from(atob(notoSans.slice(notoSans.indexOf(',') + 1)), (c) =>
      c.charCodeAt(0),
    );
    const font = fontkit.create(bytes);
    const text =
      'Customer Segments: the quick brown fox jumps over a lazy dog 0123456789 Ünïcödé Привет';
    const glyphs = font.glyphsForString(text);
    const subset = font.createSubset();
    const ids = glyphs.map((g) => subset.includeGlyph(g));
    const sub = fontkit.create(await encode(subset as unknown as Encodable));
    glyphs.forEach((glyph, i) => {
      const original = glyph.path.toSVG();
      expect(
        sub.getGlyph(ids[i]!).path.toSVG(),
        `glyph for "${String.fromCodePoint(...glyph.codePoints)}"`,
      ).toBe(original);
    });
  });
});
