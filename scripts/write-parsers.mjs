// `npm run parsers`: rewrites src/domain/canvas-parsers.generated.ts from the schemas (see
// scripts/schema-parsers.ts, loaded through Vite so that it can import the TypeScript schemas).
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const server = await createServer({
  root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { renderParsers, PARSERS_FILE } = await server.ssrLoadModule('/scripts/schema-parsers.ts');
  writeFileSync(`${root}${PARSERS_FILE}`, renderParsers());
  console.log(`wrote ${PARSERS_FILE}`);
} finally {
  await server.close();
}
