// The browser's windows for a workshop: full screen for the presenter, a second window for the
// projector.
import { audiencePath } from '../../ui/router';

/** Asks for full screen; resolves to whether the browser granted it. */
export async function enterFullscreen(): Promise<boolean> {
  if (document.fullscreenElement) return true;
  try {
    await document.documentElement.requestFullscreen?.();
    return !!document.fullscreenElement;
  } catch {
    return false;
  }
}

export function exitFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Opens (or brings forward) the audience window for the projector. */
export function openAudienceWindow(canvasId: string): boolean {
  const win = window.open(
    audiencePath(canvasId),
    'ninefold-audience',
    'popup,width=1280,height=720',
  );
  win?.focus();
  return win !== null;
}
