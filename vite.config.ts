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
 * Marks the chunks that load before the first paint for eager compilation (V8's explicit compile
 * hints, Chrome 136+: a `//# allFunctionsCalledOnLoad` first line). Nearly all of their code runs
 * while the canvas is first rendered; compiled eagerly, it is compiled on background threads while
 * the files download, instead of function by function on the main thread. Other browsers read a
 * comment. The source map gets an empty first line to match.
 */
function compileHints(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'ninefold-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own additions (its preload helper puts a line first in the entry chunk).
      order: 'post',
      handler(_options, bundle) {
        const initial = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || initial.has(file)) return;
          initial.add(file);
          chunk.imports.forEach(visit);
        };
        for (const [file, chunk] of Object.entries(bundle))
          if (chunk.type === 'chunk' && chunk.isEntry) visit(file);
        for (const file of initial) {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') continue;
          chunk.code = HINT + chunk.code;
          // A source map is in the chunk and, once Vite has rewritten it, in an asset of its own.
          if (chunk.map) chunk.map.mappings = ';' + chunk.map.mappings;
          const mapAsset = bundle[`${file}.map`];
          if (mapAsset?.type === 'asset' && typeof mapAsset.source === 'string') {
            const map = JSON.parse(mapAsset.source) as { mappings: string };
            if (chunk.map?.mappings !== map.mappings) map.mappings = ';' + map.mappings;
            mapAsset.source = JSON.stringify(map);
          }
        }
      },
    },
  };
}

/**
 * fontkit decompresses Brotli's 120 KB dictionary when its module is evaluated, for WOFF2 fonts,
 * which Ninefold never reads (its fonts are TTF): 50 ms of every first PDF export. This defers it
 * to the first WOFF2 decompression. The build fails if fontkit's code no longer matches, rather
 * than quietly losing the change.
 */
function lazyBrotliDictionary(): Plugin {
  const eager = 'dictionary.init(BrotliDecompressBuffer);\nvar decode = {';
  const entry = 'var decompress = decode.BrotliDecompressBuffer;';
  return {
    name: 'ninefold-lazy-brotli-dictionary',
    transform(code, id) {
      if (!/[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/.test(id)) return null;
      if (!code.includes(eager) || !code.includes(entry))
        this.error('@pdf-lib/fontkit changed: update lazyBrotliDictionary in vite.config.ts');
      // Line for line, so that the source map stays right.
      const lazy =
        'var decompress = function (buffer, size) { if (!dictionary.dictionary) ' +
        'dictionary.init(BrotliDecompressBuffer); return decode.BrotliDecompressBuffer(buffer, size); };';
      return { code: code.replace(eager, '\nvar decode = {').replace(entry, lazy), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), compileHints(), lazyBrotliDictionary()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The PDF chunk (pdf-lib and fontkit) is large, and loads only when someone exports a PDF.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React in a file of its own: the initial files download and compile in parallel.
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
  },
});
