// A static server for the benchmark: gzip on, caching off, single-page-app fallback.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function exists(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `mounts` (URL prefix → folder, longest prefix first); unknown paths under "/" get
 * `fallback` (the app's index.html), as a single-page app's host would.
 */
export function serve({ port, mounts, fallback }) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
    let file = null;
    if (mount) {
      const rel = normalize(decodeURIComponent(url.pathname.slice(mount[0].length))).replace(
        /^([/\\])+/,
        '',
      );
      if (!rel.startsWith('..')) {
        const candidate = join(mount[1], rel || 'index.html');
        if (await exists(candidate)) file = candidate;
      }
    }
    if (!file && fallback && !extname(url.pathname)) file = fallback;
    if (!file) {
      res.writeHead(404, { 'Cache-Control': 'no-store' }).end('Not found');
      return;
    }
    let body = cache.get(file);
    if (!body) {
      body = gzipSync(await readFile(file), { level: 9 });
      cache.set(file, body);
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Encoding': 'gzip',
      'Cache-Control': 'no-store',
      'Content-Length': body.length,
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
