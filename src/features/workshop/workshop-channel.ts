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
  // An audience window opened, or answers 'who': with the state it follows, if any.
  | { type: 'hello'; canvasId: string; state?: WorkshopState }
  | { type: 'bye'; canvasId: string }
  // A facilitator's window started (or reloaded): which audience windows are open?
  | { type: 'who' }
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
  // Sent when the workshop state changes; not when only the audience's presence does.
  let last: WorkshopState | null = null;
  const stopState = useWorkshop.subscribe((s) => {
    const changed =
      !last ||
      s.canvasId !== last.canvasId ||
      s.step !== last.step ||
      s.lens !== last.lens ||
      s.timer !== last.timer;
    last = { canvasId: s.canvasId, step: s.step, lens: s.lens, timer: s.timer };
    if (changed) sendState();
  });
  ch.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    const workshop = useWorkshop.getState();
    if (message?.type === 'bye') {
      if (workshop.audience === message.canvasId) workshop.setAudience(null);
      return;
    }
    if (message?.type !== 'hello') return;
    audience = true;
    workshop.setAudience(message.canvasId);
    // This window was reloaded mid-workshop: it takes up where the room is, rather than
    // sending the audience back to the whole canvas.
    if (workshop.canvasId === null && message.state?.canvasId === message.canvasId)
      workshop.follow(message.state);
    else if (message.canvasId === workshop.canvasId) sendState();
  };
  ch.postMessage({ type: 'who' } satisfies Message);
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
  // Since this window opened: the state it follows, for a facilitator's window that reloads.
  let followed: WorkshopState | undefined;
  const hello = () =>
    ch.postMessage({ type: 'hello', canvasId, state: followed } satisfies Message);
  ch.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.type === 'state' && message.canvasId === canvasId) {
      const { canvasId: id, step, lens, timer } = message;
      followed = { canvasId: id, step, lens, timer };
      useWorkshop.getState().follow(followed);
    } else if (message?.type === 'live') showRemoteRecords(message);
    else if (message?.type === 'who') hello();
  };
  hello();
  // Closed: the facilitator's window stops offering to step an audience that is not there.
  const bye = () => ch.postMessage({ type: 'bye', canvasId } satisfies Message);
  window.addEventListener('pagehide', bye);
  return () => {
    window.removeEventListener('pagehide', bye);
    ch.close();
  };
}
