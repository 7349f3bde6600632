// zod without its JIT: it compiles parsers with `new Function`, which the Content-Security-Policy
// forbids (no eval). Imported first by start.tsx and first-paint.ts, before any schema is built: zod decides when a
// schema is created, and would otherwise probe `new Function` and trip a CSP violation report.
import { config } from 'zod/mini';

config({ jitless: true });
