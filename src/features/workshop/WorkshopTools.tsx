// Workshop mode from the canvas: present in this window, open the audience window, and, while
// editing here, move the audience through the canvas step by step.
import { useEffect, useRef, useState } from 'react';
import { focusNextFrame } from '../../ui/focus';
import { BLOCKS } from '../../domain/blocks';
import { matchRoute, navigate, presentPath, usePathname } from '../../ui/router';
import { enterFullscreen, openAudienceWindow } from './workshop-window';
import { startFacilitator } from './workshop-channel';
import { useWorkshop, WORKSHOP_ORDER } from './workshop-store';

/**
 * Runs for the whole app: this window's edits and workshop state reach audience windows. Not in
 * an audience window itself: it would echo every state it follows back onto the channel, where
 * the echoes (of other senders, so in no set order) could arrive after newer states and wind the
 * audience back: a paused timer briefly showed 3:00 again.
 */
export function WorkshopLink() {
  const route = matchRoute(usePathname());
  const audience = route.name === 'present' && route.audience;
  useEffect(() => (audience ? undefined : startFacilitator()), [audience]);
  return null;
}

// The canvas whose presentation was just left: its Present button takes the focus back.
let leftPresentation: string | null = null;
export function leavePresentation(canvasId: string): void {
  leftPresentation = canvasId;
}

export function WorkshopTools({ canvasId }: { canvasId: string }) {
  const presentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (leftPresentation !== canvasId) return;
    leftPresentation = null;
    // Over the canvas page's own choice (its page, when the focus is lost on arrival).
    focusNextFrame(() => presentRef.current);
  }, [canvasId]);
  // Steps for the audience while its window is open on this canvas (it says when it opens and
  // closes, and answers this window after a reload).
  const audienceOpen = useWorkshop((s) => s.audience === canvasId);
  const [blocked, setBlocked] = useState(false);
  const mine = useWorkshop((s) => s.canvasId === canvasId);
  const step = useWorkshop((s) => (s.canvasId === canvasId ? s.step : 0));
  const { setStep } = useWorkshop.getState();
  return (
    <div className="workshop-tools" role="group" aria-label="Workshop">
      <button
        type="button"
        className="button button--quiet"
        ref={presentRef}
        onClick={() => {
          // Full screen must be asked for in the click itself; the view opens either way.
          void enterFullscreen();
          if (!mine) setStep(canvasId, 0);
          navigate(presentPath(canvasId));
        }}
      >
        Present
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          if (!mine) setStep(canvasId, 0);
          setBlocked(!openAudienceWindow(canvasId));
        }}
      >
        Open audience window
      </button>
      {blocked && (
        <p className="workshop-tools__problem" role="alert">
          The browser blocked the audience window. Allow pop-ups for this site, then try again.
        </p>
      )}
      {audienceOpen && mine && (
        <span className="workshop-tools__steps">
          <button
            type="button"
            className="button button--small"
            aria-disabled={step === 0}
            onClick={() => step > 0 && setStep(canvasId, step - 1)}
          >
            Audience: previous
          </button>
          <span aria-live="polite" className="workshop-tools__step">
            {step === 0 ? 'Whole canvas' : `${step}. ${BLOCKS[WORKSHOP_ORDER[step - 1]!].title}`}
          </span>
          <button
            type="button"
            className="button button--small"
            aria-disabled={step === WORKSHOP_ORDER.length}
            onClick={() => step < WORKSHOP_ORDER.length && setStep(canvasId, step + 1)}
          >
            Audience: next
          </button>
        </span>
      )}
    </div>
  );
}
