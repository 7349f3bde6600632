// Workshop mode: the canvas for a room. Large type, no editing chrome, a projector theme (high
// contrast) or a dark one, and the canvas block by block in the order a workshop fills it. The
// facilitator's window steps through it; an audience window (a second window, for the projector)
// follows the facilitator's step and lens and shows every edit as it happens.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { BLOCK_IDS, BLOCKS, type BlockId } from '../../domain/blocks';
import type { Note } from '../../domain/canvas.schema';
import { sortByOrder } from '../../domain/order';
import { segmentName } from '../../domain/segment-ops';
import { readPreference, writePreference } from '../../persistence/preferences';
import { openCanvas, type OpenResult } from '../../persistence/session';
import { useNinefold } from '../../store/index';
import { useCanvas, useCanvasNotes, useSegmentIds } from '../../store/selectors';
import { canvasPath, navigate, onLinkClick, useFocusOnArrival } from '../../ui/router';
import { plural } from '../../ui/format';
import { enterFullscreen, exitFullscreen, openAudienceWindow } from './workshop-window';
import { startAudience } from './workshop-channel';
import { WorkshopTimer } from './WorkshopTimer';
import { leavePresentation } from './WorkshopTools';
import { NoteVotes, VoteControls, VoteResult } from './VotePanel';
import { inRound, type VoteRound } from '../../domain/vote';
import { useWorkshop, WORKSHOP_ORDER } from './workshop-store';

type Theme = 'projector' | 'dark';
const THEME_KEY = 'presentation-theme';
const readTheme = (): Theme => (readPreference(THEME_KEY) === 'dark' ? 'dark' : 'projector');

function stepTitle(step: number): string {
  if (step === 0) return 'The whole canvas';
  const block = WORKSHOP_ORDER[step - 1]!;
  return `Step ${step} of ${WORKSHOP_ORDER.length}: ${BLOCKS[block].title}`;
}

interface Voting {
  canvasId: string;
  round: VoteRound;
  controls: boolean;
}

function PresentedNote({
  note,
  dimmed,
  voting,
}: {
  note: Note;
  dimmed: boolean;
  voting: Voting | null;
}) {
  const colour = note.segment ? `present-note--segment present-note--${note.segment.colour}` : '';
  return (
    <li
      dir="auto"
      className={`present-note note--${note.colour} ${colour}`}
      data-dimmed={dimmed || undefined}
    >
      {note.segment ? segmentName(note.text) : note.text}
      {voting && inRound(voting.round, note) && (
        <NoteVotes
          canvasId={voting.canvasId}
          round={voting.round}
          note={note}
          controls={voting.controls}
        />
      )}
    </li>
  );
}

/** No note's text is set smaller than this: it must read from the back of the room. */
const MIN_NOTE_PX = 20;

/**
 * Fits a block's notes into it: their text shrinks in steps while the block overflows, never
 * below 20 px, and what still does not fit is counted, for the block to say so: the room must
 * not be shown a block cut off as if it were all there. Measured again as the window resizes.
 */
function useFitNotes(notes: Note[], focused: boolean | undefined) {
  const ref = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState(0);
  useLayoutEffect(() => {
    const block = ref.current;
    if (!block) return;
    const measure = () => {
      let fit = 1;
      block.style.setProperty('--fit', '1');
      const first = block.querySelector('.present-note');
      const size = first ? parseFloat(getComputedStyle(first).fontSize) : MIN_NOTE_PX;
      while (block.scrollHeight > block.clientHeight + 1 && size * (fit - 0.05) >= MIN_NOTE_PX) {
        fit = Math.round((fit - 0.05) * 100) / 100;
        block.style.setProperty('--fit', String(fit));
      }
      count();
    };
    // Below the block's visible part: what scrolling it (by keyboard) brings into view.
    const count = () => {
      const bottom = block.getBoundingClientRect().bottom;
      let below = 0;
      for (const note of block.querySelectorAll('.present-note'))
        if (note.getBoundingClientRect().bottom > bottom + 1) below++;
      setHidden(below);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(block);
    block.addEventListener('scroll', count, { passive: true });
    return () => {
      observer.disconnect();
      block.removeEventListener('scroll', count);
    };
  }, [notes, focused]);
  return { ref, hidden };
}

function PresentedBlock({
  block,
  notes,
  lens,
  focused,
  dimmed,
  voting,
}: {
  block: BlockId;
  notes: Note[];
  lens: string | null;
  focused?: boolean;
  dimmed?: boolean;
  voting: Voting | null;
}) {
  const info = BLOCKS[block];
  const dense = notes.length > 6;
  const { ref, hidden } = useFitNotes(notes, focused);
  return (
    <section
      ref={ref}
      className={`present-block present-block--${info.area}`}
      aria-labelledby={`present-${block}${focused ? '-focus' : ''}`}
      data-dimmed={dimmed || undefined}
      data-dense={dense || undefined}
      // A block with more notes than fit scrolls: the keyboard must reach it too.
      tabIndex={dimmed ? -1 : 0}
    >
      <h2 id={`present-${block}${focused ? '-focus' : ''}`} className="present-block__title">
        {info.title}
        {hidden > 0 && (
          <span className="present-block__more"> · {plural(hidden, 'more note')} below</span>
        )}
      </h2>
      {focused && (
        <ul className="present-block__questions" aria-label={`Questions for ${info.title}`}>
          {info.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      )}
      <ul className="present-block__notes" aria-label={`${info.title} notes`}>
        {notes.map((n) => (
          <PresentedNote
            key={n.id}
            note={n}
            dimmed={lens !== null && n.id !== lens && !n.segmentIds.includes(lens)}
            voting={voting}
          />
        ))}
      </ul>
    </section>
  );
}

export function PresentationView({ canvasId, audience }: { canvasId: string; audience: boolean }) {
  const [status, setStatus] = useState<OpenResult | 'loading'>(() =>
    canvasId in useNinefold.getState().blockIndex ? 'ok' : 'loading',
  );
  const canvas = useCanvas(canvasId);
  const notes = useCanvasNotes(canvasId);
  const segmentIds = useSegmentIds(canvasId);
  const workshop = useWorkshop();
  const mine = workshop.canvasId === canvasId;
  const step = mine ? workshop.step : 0;
  const lens = mine && workshop.lens && segmentIds.includes(workshop.lens) ? workshop.lens : null;
  const [theme, setTheme] = useState<Theme>(readTheme);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    openCanvas(canvasId).then(
      (result) => live && setStatus(result),
      () => live && setStatus('missing'),
    );
    return () => {
      live = false;
    };
  }, [canvasId]);

  useEffect(() => {
    if (audience) return startAudience(canvasId);
    // The facilitator's window owns the workshop state for this canvas.
    if (useWorkshop.getState().canvasId !== canvasId) useWorkshop.getState().setStep(canvasId, 0);
  }, [audience, canvasId]);

  useEffect(() => {
    if (canvas)
      document.title = `${canvas.name} · ${audience ? 'Audience' : 'Presenting'} · Ninefold`;
  }, [canvas, audience]);

  // The facilitator's keys: arrows and Page Up/Down (what clickers send) step, Esc leaves.
  useEffect(() => {
    if (audience) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // Keys in a field, or in a dialog over the presentation (the "?" list), are theirs.
      if (target?.closest('select, input, textarea, dialog')) return;
      // Space and Enter press the button in focus (Leave, Previous, a vote); Up, Down, Page Up,
      // Page Down and Space scroll a block in focus that has more notes than it shows.
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, summary'))
        return;
      const scrolls = target !== null && target.scrollHeight > target.clientHeight + 1;
      if (scrolls && ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' '].includes(event.key))
        return;
      const { step: now, setStep } = useWorkshop.getState();
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key))
        setStep(canvasId, now + 1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) setStep(canvasId, now - 1);
      else if (event.key === 'Home') setStep(canvasId, 0);
      else if (event.key === 'v' || event.key === 'V') {
        // V opens a vote on the block in focus (the whole canvas at the overview), or closes it.
        const { actions, canvases } = useNinefold.getState();
        const rounds = canvases[canvasId]?.votes ?? [];
        const open = rounds.find((r) => r.closedAt === null);
        if (open) actions.closeVoteRound(canvasId, open.id);
        else actions.openVoteRound(canvasId, now > 0 ? WORKSHOP_ORDER[now - 1]! : null, 3);
      } else if (event.key === 't' || event.key === 'T') {
        // T starts the timer (five minutes when none is set), or pauses it.
        const { timer, setTimer, startTimer, pauseTimer } = useWorkshop.getState();
        if (!timer) setTimer(5);
        const current = useWorkshop.getState().timer!;
        if (current.endsAt === null) startTimer(Date.now());
        else pauseTimer(Date.now());
      } else if (event.key === 'Escape') {
        exitFullscreen();
        leavePresentation(canvasId);
        navigate(canvasPath(canvasId));
      } else if (event.key === 'f' || event.key === 'F')
        void enterFullscreen().then((ok) =>
          setNotice(ok ? null : 'This browser did not allow full screen. Press F11 instead.'),
        );
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [audience, canvasId]);

  // Arriving from the canvas (its Present button is gone), the focus starts at the presentation,
  // not the page's body: the keys work, and Tab reaches its controls.
  const mainRef = useRef<HTMLElement>(null);
  const shown = status === 'ok' && canvas !== undefined;
  useFocusOnArrival(mainRef, shown);

  const changeTheme = (next: Theme) => {
    setTheme(next);
    writePreference(THEME_KEY, next);
  };

  if (status === 'loading') return <main className="presentation" id="main" aria-busy="true" />;
  // Deleted meanwhile (on Home, in the other window): the projector stops showing it.
  if (status !== 'ok' || !canvas || canvas.trashedAt !== null)
    return (
      <main className="presentation presentation--projector" id="main">
        <h1>This canvas is not here</h1>
        <p>It may have been deleted, or it is in another browser.</p>
        {!audience && (
          <p>
            <a href="/" onClick={(e) => onLinkClick(e, '/')}>
              Back to your canvases
            </a>
          </p>
        )}
      </main>
    );

  const byBlock = (block: BlockId) => sortByOrder(notes.filter((n) => n.block === block));
  const focused = step > 0 ? WORKSHOP_ORDER[step - 1]! : null;
  const round = canvas.votes[canvas.votes.length - 1];
  // Votes show on notes while a round is open, and after it closes until the next one.
  const voting: Voting | null = round ? { canvasId, round, controls: !audience } : null;
  const { setStep, setLens } = useWorkshop.getState();

  return (
    <main
      className={`presentation presentation--${theme}`}
      id="main"
      data-step={step}
      tabIndex={-1}
      ref={mainRef}
    >
      <header className="presentation__bar">
        <h1 className="presentation__title">{canvas.name}</h1>
        <p className="presentation__step" aria-live="polite">
          {stepTitle(step)}
          {lens && ` · Thread of ${segmentName(notes.find((n) => n.id === lens)?.text)}`}
        </p>
        {!audience && (
          <nav className="presentation__controls" aria-label="Presentation">
            {/* aria-disabled, not disabled: at the first or last step the focus stays on it. */}
            <button
              type="button"
              onClick={() => step > 0 && setStep(canvasId, step - 1)}
              aria-disabled={step === 0}
            >
              Previous
            </button>
            <button
              type="button"
              onClick={() => step < WORKSHOP_ORDER.length && setStep(canvasId, step + 1)}
              aria-disabled={step === WORKSHOP_ORDER.length}
            >
              Next
            </button>
            <label>
              <span className="visually-hidden">Segment thread</span>
              <select
                value={lens ?? ''}
                onChange={(e) => setLens(canvasId, e.target.value || null)}
                aria-label="Segment thread"
              >
                <option value="">All segments</option>
                {segmentIds.map((id) => (
                  <option key={id} value={id}>
                    {segmentName(notes.find((n) => n.id === id)?.text)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="visually-hidden">Theme</span>
              <select
                value={theme}
                aria-label="Theme"
                onChange={(e) => changeTheme(e.target.value === 'dark' ? 'dark' : 'projector')}
              >
                <option value="projector">Projector (high contrast)</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                setNotice(
                  openAudienceWindow(canvasId)
                    ? null
                    : 'The audience window was blocked: allow pop-ups for this site.',
                )
              }
            >
              Open audience window
            </button>
            <button
              type="button"
              onClick={() => {
                exitFullscreen();
                leavePresentation(canvasId);
                navigate(canvasPath(canvasId));
              }}
            >
              Leave presentation
            </button>
          </nav>
        )}
      </header>
      <WorkshopTimer controls={!audience} />
      {!audience && <VoteControls canvas={canvas} block={focused} />}
      <VoteResult canvas={canvas} notes={notes} />
      {notice && (
        <p className="presentation__notice" role="status">
          {notice}
        </p>
      )}
      <div className="presentation__stage" data-focused={focused ?? undefined}>
        {/* Behind a focused block, the canvas is only a dimmed backdrop. */}
        <div className="present-board" aria-hidden={focused ? true : undefined}>
          {BLOCK_IDS.map((block) => (
            <PresentedBlock
              key={block}
              block={block}
              notes={byBlock(block)}
              lens={lens}
              dimmed={focused !== null && focused !== block}
              voting={focused ? null : voting}
            />
          ))}
        </div>
        {focused && (
          <div className="present-spotlight">
            <PresentedBlock
              block={focused}
              notes={byBlock(focused)}
              lens={lens}
              focused
              voting={voting}
            />
          </div>
        )}
      </div>
    </main>
  );
}
