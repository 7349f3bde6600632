// "?" anywhere (outside a text field) lists every keyboard shortcut of the app.
import { useEffect, useState } from 'react';
import { COMMANDS } from '../features/canvas/commands';
import { PRESENTATION_KEYS } from '../features/workshop/presentation-keys';
import { Dialog } from '../ui/Dialog';

interface Shortcut {
  keys: string[];
  label: string;
}

const SECTIONS: readonly { title: string; shortcuts: readonly Shortcut[] }[] = [
  {
    title: 'Anywhere',
    shortcuts: [{ keys: ['?'], label: 'This list of shortcuts' }],
  },
  {
    title: 'Canvas',
    shortcuts: [
      ...COMMANDS.map((c) => ({ keys: c.keys, label: c.label })),
      { keys: ['Enter'], label: 'Edit the focused note (on a segment: open its panel)' },
      { keys: ['F2'], label: 'Edit the focused note or segment name' },
      { keys: ['Ctrl+Enter', '⌘Enter'], label: 'Save the note being edited' },
      { keys: ['Esc'], label: 'Cancel editing; clear the segment lens' },
      { keys: ['Delete', 'Backspace'], label: 'Delete the focused note (undo brings it back)' },
      {
        keys: ['Space', 'arrows', 'Space'],
        label:
          'Pick up the focused note, move it (into the next block too), drop it (Enter drops it too)',
      },
      { keys: ['Esc'], label: 'While moving a note: put it back' },
    ],
  },
  {
    title: 'Segment panel',
    shortcuts: [
      {
        keys: ['Space', '↑ ↓', 'Space'],
        label: 'On a handle: rank a job, pain or gain, or order an onboarding step',
      },
    ],
  },
  { title: 'Presenting', shortcuts: PRESENTATION_KEYS },
];

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={() => setOpen(false)} wide>
      <div className="shortcuts">
        {SECTIONS.map((section) => (
          <section key={section.title} aria-labelledby={`keys-${section.title}`}>
            <h3 id={`keys-${section.title}`}>{section.title}</h3>
            <dl>
              {section.shortcuts.map((s, i) => (
                <div key={i} className="shortcuts__row">
                  <dt>
                    {s.keys.map((k, j) => (
                      <kbd key={j}>{k}</kbd>
                    ))}
                  </dt>
                  <dd>{s.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
