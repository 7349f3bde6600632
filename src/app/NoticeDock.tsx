// Notices that can arrive while someone is at work (after an edit): the browser would not promise
// to keep the data, or a canvas has gone a week without a backup. They float at the foot of the
// window rather than push the page down: shown at the top, they moved the canvas under the pointer,
// and a click or double-click meant for a note landed on the one below it.
import { useEffect, useRef, useState } from 'react';
import { BackupReminder } from '../features/transfer/BackupReminder';
import { useHydrated } from '../ui/hydration';
import { matchRoute, usePathname } from '../ui/router';
import { DurabilityNotice } from './StorageBanner';

/** The dock's distance from the window's foot (1rem, as in styles.css). */
const DOCK_OFFSET = 16;

export function NoticeDock() {
  const route = matchRoute(usePathname());
  const dock = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  // Not while the app takes over the first paint (app/first-paint.ts), which draws no notices: the
  // app's render must match that drawing. They show right after.
  const mounted = useHydrated();
  // After the first paint: notices come later, and the canvas's first frame need not wait for this.
  useEffect(() => {
    const element = dock.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const next = element.offsetHeight;
      setHeight(next);
      // What takes the focus scrolls clear of the notices, not under them (the page's own
      // property: a custom one set here would restyle every element of the canvas).
      root.style.scrollPaddingBottom = next > 0 ? `${next + DOCK_OFFSET}px` : '';
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, []);
  return (
    <>
      {/* Room at the foot of the page, as tall as the notices: what they cover can scroll up past
          them. It grows the page below everything else, so nothing above it moves. */}
      <div
        className="notice-dock__room"
        style={height > 0 ? { height: height + DOCK_OFFSET } : undefined}
      />
      <div className="notice-dock" ref={dock}>
        {mounted && <DurabilityNotice />}
        {mounted && route.name === 'canvas' && (
          <BackupReminder key={route.canvasId} canvasId={route.canvasId} />
        )}
      </div>
    </>
  );
}
