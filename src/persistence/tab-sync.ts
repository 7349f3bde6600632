// Keeps tabs in step: after each durable write, other tabs on this origin get the records written.
import type { Canvas, Note } from '../domain/canvas.schema';
import type { NoteTombstone } from './db';

export const TAB_CHANNEL = 'ninefold-records';

export interface RecordsMessage {
  type: 'records';
  canvases: Canvas[];
  notes: Note[];
  removedNotes: NoteTombstone[];
}

export interface TabSync {
  publish: (message: Omit<RecordsMessage, 'type'>) => void;
  close: () => void;
}

export function startTabSync(onRecords: (message: RecordsMessage) => void): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { publish: () => {}, close: () => {} };
  const channel = new BroadcastChannel(TAB_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<RecordsMessage> | null;
    if (data?.type === 'records' && Array.isArray(data.canvases) && Array.isArray(data.notes)) {
      onRecords({
        type: 'records',
        canvases: data.canvases,
        notes: data.notes,
        removedNotes: Array.isArray(data.removedNotes) ? data.removedNotes : [],
      });
    }
  };
  return {
    publish: (message) => {
      if (message.canvases.length + message.notes.length + message.removedNotes.length === 0)
        return;
      channel.postMessage({ type: 'records', ...message });
    },
    close: () => channel.close(),
  };
}
