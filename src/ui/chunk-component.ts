// A component in a chunk of its own, without React.lazy and Suspense.
//
// React.lazy suspends on a component's first render even when its chunk is already fetched, and
// React then holds the revealed content back until 300 ms after the last fallback it showed (its
// fallback throttle). A panel opened while its chunk was still on the way took 340 ms instead of
// 90 (seen in a trace of the benchmark: an idle main thread waiting on React's timer). Here the
// caller shows its own placeholder while the chunk loads, and the component renders in the very
// update that follows the load, like any state change.
import { useEffect, useState, type ComponentType } from 'react';

export interface ChunkComponent<P> {
  /** Starts fetching the chunk (once); resolves when the component is ready. */
  preload: () => Promise<ComponentType<P>>;
  /**
   * The component once its chunk is in, else null (and the fetch is started); `failed` when the
   * chunk could not be fetched (offline after an update, say): remounting tries again.
   */
  useComponent: () => { Component: ComponentType<P> | null; failed: boolean };
}

export function chunkComponent<P>(load: () => Promise<ComponentType<P>>): ChunkComponent<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        loading = null; // the next use asks again
        throw error;
      },
    ));
  function useComponent() {
    const [state, setState] = useState<'ready' | 'loading' | 'failed'>(() =>
      component ? 'ready' : 'loading',
    );
    useEffect(() => {
      if (component) return;
      let live = true;
      preload().then(
        () => live && setState('ready'),
        () => live && setState('failed'),
      );
      return () => {
        live = false;
      };
    }, []);
    return { Component: component, failed: state === 'failed' && !component };
  }
  return { preload, useComponent };
}
