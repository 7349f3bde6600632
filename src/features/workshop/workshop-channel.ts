// The workshop channel between the facilitator's window and audience windows (no server: a
// BroadcastChannel). The facilitator sends the step and lens when they change, and every local
// edit as it happens; an audience window that opens (or reloads) says hello and gets the state.
// IndexedDB stays the source of truth: a reloaded audience window reads the canvas from it.
import type { ChangeSet } from '../../domain/changes';
import { showRemoteRecords } from '../../persistence/session';
import { onLocalChange } from '../../store/change-feed';
import { useWorkshop, type WorkshopState } from './workshop-store';

export const WORKSHOP_CHANNEL = 'ninefold-workshop';

type Message =
  | ({ type: 'state' } & WorkshopState)
  | { type: 'hello'; canvasId: string }
  | {
      type: 'live';
      canvases: unknown[];
      notes: unknown[];
      removedNotes: { id: string; deletedAt: number }[];
    };

const channel = () =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(WORKSHOP_CHANNEL);

function recordsOf(cs: ChangeSet): Omit<Extract<Message, { type: 'live' }>, 'type'> {
  const now = Date.now();
  const canvases = Object.values(cs.canvases).flatMap((c) => (c.after ? [c.after] : []));
  const notes: unknown[] = [];
  const removedNotes: { id: string; deletedAt: number }[] = [];
  for (const [id, c] of Object.entries(cs.notes)) {
    if (c.after) notes.push(c.after);
    else removedNotes.push({ id, deletedAt: Math.max(now, (c.before?.updatedAt ?? 0) + 1) });
  }
  return { canvases, notes, removedNotes };
}

/**
 * The facilitator's side, in every window that edits: edits go out as they happen (audience
 * windows show them at once, before they are even written), and the workshop state goes out when
 * it changes or an audience window asks for it.
 */
export function startFacilitator(): () => void {
  const ch = channel();
  if (!ch) return () => {};
  // Edits go out only once an audience window has said hello: no copying at every key otherwise.
  let audience = false;
  const stopEdits = onLocalChange((cs) => {
    if (audience) ch.postMessage({ type: 'live', ...recordsOf(cs) });
  });
  const sendState = () => {
    const { canvasId, step, lens, timer } = useWorkshop.getState();
    if (canvasId) ch.postMessage({ type: 'state', canvasId, step, lens, timer } satisfies Message);
  };
  const stopState = useWorkshop.subscribe(sendState);
  ch.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type !== 'hello') return;
    audience = true;
    if (event.data.canvasId === useWorkshop.getState().canvasId) sendState();
  };
  return () => {
    stopEdits();
    stopState();
    ch.close();
  };
}

/** The audience's side: follow the facilitator's state and show edits as they arrive. */
export function startAudience(canvasId: string): () => void {
  const ch = channel();
  if (!ch) return () => {};
  ch.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.type === 'state' && message.canvasId === canvasId)
      useWorkshop.getState().follow(message);
    else if (message?.type === 'live') showRemoteRecords(message);
  };
  ch.postMessage({ type: 'hello', canvasId } satisfies Message);
  return () => ch.close();
}
