// The floor: a bare React page that renders the same number of plain text items as the canvas,
// with no store, no persistence and no drag and drop. Every time is reported relative to it.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { generateCanvasDoc } from './generate';

const n = Number(new URLSearchParams(location.search).get('n') ?? 0);
const doc = generateCanvasDoc({ notes: n, segments: Math.min(10, n) });

function Item({ text }: { text: string }) {
  return <li data-note-id="">{text}</li>;
}

function Floor() {
  const [first, setFirst] = useState(doc.notes[0]?.text ?? '');
  return (
    <main data-floor="">
      <textarea aria-label="Note text" value={first} onChange={(e) => setFirst(e.target.value)} />
      <ul>
        {doc.notes.map((note, i) => (
          <Item key={note.id} text={i === 0 ? first : note.text} />
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
