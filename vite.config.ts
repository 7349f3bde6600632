/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * A strict Content-Security-Policy on the production build: scripts only from the site (and the
 * one inline script of index.html, by its hash), no eval, images only from the site, blob: and
 * data:. Styles allow inline <style> (the segment colours are generated CSS). A <meta> policy,
 * before any script in <head>, so that it holds however the files are served.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'ninefold-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
          ([, code]) => `'sha256-${createHash('sha256').update(code!).digest('base64')}'`,
        );
        const policy = [
          "default-src 'self'",
          `script-src 'self' ${hashes.join(' ')}`.trim(),
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' blob: data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ].join('; ');
        // Right after the charset (which must come first), before any script.
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

/**
 * The entry (src/app/main.tsx) draws the first paint, then imports the app (start.tsx) once that
 * has been painted, so that the app's code does not run in its way. The app's files are fetched
 * (and compiled) from the start all the same: index.html asks for them with modulepreload, which
 * loads a module without running it.
 */
function preloadTheApp(): Plugin {
  return {
    name: 'ninefold-preload-the-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return;
        const files = new Set<string>();
        const add = (file: string) => {
          const imported = bundle[file];
          if (files.has(file) || imported?.type !== 'chunk') return;
          files.add(file);
          imported.imports.forEach(add);
        };
        chunk.dynamicImports.forEach(add);
        return [...files]
          .filter((file) => file !== chunk.fileName && !chunk.imports.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * Two changes to fontkit (the font engine of the PDF export), made as it is bundled. The build
 * fails if fontkit's code no longer matches, rather than quietly losing either.
 *
 * 1. Subsets keep every glyph's outline. A subset of a font whose glyph table uses long offsets
 *    (Noto Sans does) was written with short ones, which count in 2-byte steps: each glyph after
 *    one of odd length was misplaced, and poppler-based viewers (Evince, Okular, pdftoppm) drew
 *    only a few letters of each word. Subsets now always use long offsets.
 * 2. Brotli's 120 KB dictionary, for WOFF2 fonts, which Ninefold never reads (its fonts are TTF),
 *    is decompressed when first needed instead of when the module loads: 50 ms of every first
 *    PDF export.
 */
function fontkitFixes(): Plugin {
  const shortOffsets = 'tables.loca.preEncode.call(this.loca);';
  const eager = 'dictionary.init(BrotliDecompressBuffer);\nvar decode = {';
  const entry = 'var decompress = decode.BrotliDecompressBuffer;';
  return {
    name: 'ninefold-fontkit-fixes',
    transform(code, id) {
      if (!/[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/.test(id)) return null;
      if (![shortOffsets, eager, entry].every((part) => code.includes(part)))
        this.error('@pdf-lib/fontkit changed: update fontkitFixes in vite.config.ts');
      // Line for line, so that the source map stays right.
      const longOffsets = 'this.loca.version = 1; ' + shortOffsets;
      const lazy =
        'var decompress = function (buffer, size) { if (!dictionary.dictionary) ' +
        'dictionary.init(BrotliDecompressBuffer); return decode.BrotliDecompressBuffer(buffer, size); };';
      return {
        code: code
          .replace(shortOffsets, longOffsets)
          .replace(eager, '\nvar decode = {')
          .replace(entry, lazy),
        map: null,
      };
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadTheApp(), fontkitFixes()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { port: 5173, strictPort: true },
  // The dev server bundles dependencies apart from the plugins above: fontkit gets its fixes there too.
  optimizeDeps: { rolldownOptions: { plugins: [fontkitFixes()] } },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The PDF chunk (pdf-lib and fontkit) is large, and loads only when someone exports a PDF.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React in a file of its own: the initial files download and compile in parallel (one
          // merged start-up file painted later: measured 2026-12-05).
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Bundled by Vite, as in the app, so that the tests see fontkitFixes.
    server: { deps: { inline: [/@pdf-lib[\\/]fontkit/] } },
  },
});
