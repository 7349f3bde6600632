// Benchmark seeding page, served on the app's origin: writes a generated canvas into the app's
// own IndexedDB (through the app's persistence code) without loading the app's bundle, so the
// measured load that follows starts with a cold HTTP cache.
import { writeRecords } from '../../src/persistence/canvas-repo';
import { createDatabase } from '../../src/persistence/db';
import { generateCanvasDoc } from './generate';

async function seed(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const doc = generateCanvasDoc({
    notes: Number(params.get('notes') ?? 0),
    segments: Number(params.get('segments') ?? 0),
    seed: Number(params.get('seed') ?? 1),
  });
  const db = createDatabase();
  await db.open();
  await writeRecords(db, { canvases: [doc.canvas], notes: doc.notes, removedNotes: [] });
  db.close();
  document.title = `seeded:${doc.canvas.id}`;
}

seed().catch((error: unknown) => {
  document.title = `failed:${String(error)}`;
});
