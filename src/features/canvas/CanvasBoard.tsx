// The nine blocks in the standard layout, and the drag-and-drop of notes between them.
import type { DragEndEvent, DragMoveEvent, DragStartEvent } from '@dnd-kit/core';
import { useEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import { BLOCK_IDS } from '../../domain/blocks';
import { useNinefold } from '../../store/index';
import { useActions } from '../../store/selectors';
import { afterNextPaint } from '../../ui/after-paint';
import { focusNextFrame } from '../../ui/focus';
import { BlockPanel } from './BlockPanel';
import {
  blockOfDroppable,
  DragTracker,
  finalIndex,
  isNoMove,
  pointerTarget,
  type DragItems,
  type DropTarget,
} from './drag';
import type { DragLayerProps } from './DragLayer';
import { NOTE_INSTRUCTIONS_ID, SCREEN_READER_INSTRUCTIONS } from './note-markup';
import { SegmentLegend } from './NoteSegments';
import { noteBody } from './note-focus';
import { movedOutMessage } from './segment-messages';
import { showUndoToast } from '../../ui/undo-toast';

type DragLayerComponent = ComponentType<DragLayerProps>;

/**
 * dnd-kit and the drag layer, loaded once and kept. Its first load waits until the canvas has been
 * painted: it is a tenth of the code that runs before that, and nobody can start a drag in the
 * first few milliseconds. A failed load is tried again the next time it is asked for.
 */
let dragLayer: DragLayerComponent | null = null;
let dragLayerLoading: Promise<DragLayerComponent> | null = null;
function loadDragLayer(): Promise<DragLayerComponent> {
  dragLayerLoading ??= import('./DragLayer').then(
    (module) => (dragLayer = module.default),
    (error: unknown) => {
      dragLayerLoading = null;
      throw error;
    },
  );
  return dragLayerLoading;
}

function snapshotItems(canvasId: string): DragItems {
  const index = useNinefold.getState().blockIndex[canvasId] ?? {};
  const items = {} as DragItems;
  for (const block of BLOCK_IDS) items[block] = [...(index[block] ?? [])];
  return items;
}

interface CanvasBoardProps {
  canvasId: string;
  /** The board's element, for the page around it (which keeps its width beside a panel). */
  boardRef?: RefObject<HTMLDivElement | null>;
}

export function CanvasBoard({ canvasId, boardRef: outerRef }: CanvasBoardProps) {
  const actions = useActions();
  const [tracker] = useState(() => new DragTracker());
  // Only the target block re-renders as the aim changes; the store changes once, on drop.
  const [target, setTarget] = useState<DropTarget | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [DragLayer, setDragLayer] = useState<DragLayerComponent | null>(() => dragLayer);
  const ownRef = useRef<HTMLDivElement>(null);
  const boardRef = outerRef ?? ownRef;

  useEffect(() => {
    if (DragLayer) return;
    let live = true;
    const load = () =>
      loadDragLayer().then(
        (layer) => live && setDragLayer(() => layer),
        // Offline with a stale cache, say: the canvas still works; dragging waits for a retry.
        () => live && setTimeout(load, 5000),
      );
    const cancel = afterNextPaint(() => void load());
    return () => {
      live = false;
      cancel();
    };
  }, [DragLayer]);

  // Re-render only when the aim actually changed (a drag reports every pointer move).
  const showTarget = () =>
    setTarget((shown) => {
      const aim = tracker.target;
      if (shown?.block === aim?.block && shown?.insertion === aim?.insertion) return shown;
      return aim && { ...aim };
    });

  const onDragStart = ({ active }: DragStartEvent) => {
    tracker.start(snapshotItems(canvasId), String(active.id), boardRef.current);
    setActiveId(String(active.id));
    showTarget();
  };

  const onDragMove = ({ active, over, activatorEvent }: DragMoveEvent) => {
    // Keyboard drags aim through the coordinate getter; pointer drags aim at what they are over.
    // Over no block at all (above the canvas, say), a drop puts the note back where it was.
    const block = over ? blockOfDroppable(over.id) : null;
    if (!(activatorEvent instanceof KeyboardEvent) && tracker.items) {
      tracker.aim(
        block &&
          pointerTarget(tracker.items, block, active.rect.current.translated, tracker.noteRects()),
      );
    }
    showTarget();
  };

  const finish = () => {
    setActiveId(null);
    setTarget(null);
  };

  const onDragEnd = ({ active }: DragEndEvent) => {
    const { items, target: aim } = tracker;
    const id = String(active.id);
    if (items && aim && !isNoMove(items, id, aim)) {
      const unlinked = actions.moveNote(id, aim.block, finalIndex(items, id, aim));
      // A segment that left its block took its links with it: said, with an Undo.
      if (unlinked > 0)
        showUndoToast(
          canvasId,
          movedOutMessage(useNinefold.getState().notes[id]?.text ?? '', unlinked),
        );
      // A note that changed blocks is a new element: the focus stays on it, for the keyboard as
      // for a pointer (it had the focus when picked up). Only if the focus was lost: a note
      // focused meanwhile (the next one to move) keeps it.
      focusNextFrame(() => noteBody(boardRef.current, id), { ifLost: true });
    }
    finish();
  };

  const showIndicator =
    activeId !== null &&
    target !== null &&
    tracker.items !== null &&
    !isNoMove(tracker.items, activeId, target);

  return (
    <>
      <SegmentLegend canvasId={canvasId} />
      <p id={NOTE_INSTRUCTIONS_ID} hidden>
        {SCREEN_READER_INSTRUCTIONS}
      </p>
      {/* Beside a segment panel, the board scrolls sideways in here, and the header stays. */}
      <div className="board-scroller">
        <div
          ref={boardRef}
          className="board"
          // "loading" until notes can be picked up; tests wait for "idle" instead of sleeping.
          data-drag-state={!DragLayer ? 'loading' : activeId ? 'dragging' : 'idle'}
        >
          {BLOCK_IDS.map((block) => (
            <BlockPanel
              key={block}
              canvasId={canvasId}
              block={block}
              dropInsertion={
                target?.block === block && showIndicator ? target.insertion : undefined
              }
            />
          ))}
        </div>
      </div>
      {DragLayer && (
        <DragLayer
          canvasId={canvasId}
          board={boardRef}
          tracker={tracker}
          activeId={activeId}
          onDragStart={onDragStart}
          onDragMove={onDragMove}
          onDragEnd={onDragEnd}
          onDragCancel={finish}
        />
      )}
    </>
  );
}
