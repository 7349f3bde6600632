// Canvas commands: one list feeds the keyboard shortcuts and the toolbar (and later the "?" help).
import { useEffect } from 'react';
import { useNinefold } from '../../store/index';
import { useCanvasUi } from './canvas-ui-store';
import { keepingNoteFocus } from './note-focus';

export interface CommandContext {
  canvasId: string;
}

export interface Command {
  name: 'undo' | 'redo' | 'toggleGuidance';
  label: string;
  /** Shortcuts as shown to people. */
  keys: string[];
  matches: (event: KeyboardEvent) => boolean;
  enabled: (ctx: CommandContext) => boolean;
  perform: (ctx: CommandContext) => void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent) => e.key.toLowerCase();

export const COMMANDS: readonly Command[] = [
  {
    name: 'undo',
    label: 'Undo',
    keys: ['Ctrl+Z', '⌘Z'],
    matches: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e) === 'z',
    enabled: ({ canvasId }) => (useNinefold.getState().history[canvasId]?.undo.length ?? 0) > 0,
    perform: ({ canvasId }) =>
      keepingNoteFocus(document.activeElement, () => useNinefold.getState().actions.undo(canvasId)),
  },
  {
    name: 'redo',
    label: 'Redo',
    keys: ['Ctrl+Shift+Z', '⌘⇧Z', 'Ctrl+Y'],
    matches: (e) =>
      (mod(e) && e.shiftKey && !e.altKey && key(e) === 'z') ||
      (e.ctrlKey && !e.shiftKey && !e.altKey && key(e) === 'y'),
    enabled: ({ canvasId }) => (useNinefold.getState().history[canvasId]?.redo.length ?? 0) > 0,
    perform: ({ canvasId }) =>
      keepingNoteFocus(document.activeElement, () => useNinefold.getState().actions.redo(canvasId)),
  },
  {
    name: 'toggleGuidance',
    label: 'Show or hide guidance questions',
    keys: ['G'],
    matches: (e) => !mod(e) && !e.altKey && !e.shiftKey && key(e) === 'g',
    enabled: () => true,
    perform: () => useCanvasUi.getState().toggleAllGuidance(),
  },
];

export function commandByName(name: Command['name']): Command {
  return COMMANDS.find((c) => c.name === name)!;
}

/** Text fields keep their own keys (their own undo too); checkboxes, radios and selects do not. */
const TEXT_INPUTS = ['text', 'search', 'email', 'url', 'tel', 'password', 'number'];
function isTyping(target: EventTarget | null, event: KeyboardEvent): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  // A select takes letters (jump to an option), but not Ctrl/⌘ shortcuts such as undo.
  if (target.tagName === 'SELECT') return !event.ctrlKey && !event.metaKey;
  return target instanceof HTMLInputElement && TEXT_INPUTS.includes(target.type);
}

export function useCanvasShortcuts(canvasId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target, event)) return;
      if (document.querySelector('dialog[open]')) return;
      if (document.querySelector('.board[data-drag-state="dragging"]')) return;
      const command = COMMANDS.find((c) => c.matches(event));
      if (!command) return;
      event.preventDefault();
      if (command.enabled({ canvasId })) command.perform({ canvasId });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canvasId]);
}
