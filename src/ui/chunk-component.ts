// A component in a chunk of its own, without React.lazy and Suspense.
//
// React.lazy suspends on a component's first render even when its chunk is already fetched, and
// React then holds the revealed content back until 300 ms after the last fallback it showed (its
// fallback throttle). A panel opened while its chunk was still on the way took 340 ms instead of
// 90 (seen in a trace of the benchmark: an idle main thread waiting on React's timer). Here the
// caller shows its own placeholder while the chunk loads, and the component renders in the very
// update that follows the load, like any state change.
import { useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';

export interface UseComponentOptions {
  /**
   * Once this user has shown that the load failed, it keeps saying so until its own `retry`, even
   * if another load brings the chunk in meanwhile: for a modal dialog, which must not pop up
   * unasked in the middle of whatever the person is doing by then.
   */
  keepFailure?: boolean;
}

export interface ChunkComponent<P> {
  /** Starts fetching the chunk (once); resolves when the component is ready. */
  preload: () => Promise<ComponentType<P>>;
  /**
   * The component once its chunk is in, else null (and the fetch is started); `failed` when the
   * chunk could not be fetched (offline after an update, say). `retry` fetches again; so does the
   * next component that uses it.
   */
  useComponent: (options?: UseComponentOptions) => {
    Component: ComponentType<P> | null;
    failed: boolean;
    retry: () => void;
  };
}

type Status = 'idle' | 'loading' | 'ready' | 'failed';

export function chunkComponent<P>(load: () => Promise<ComponentType<P>>): ChunkComponent<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  // The load's progress, as an external store: a load that ends between a render and its effects
  // (a preload started earlier, say) still reaches every user.
  let status: Status = 'idle';
  const listeners = new Set<() => void>();
  const setStatus = (next: Status) => {
    status = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const preload = () => {
    if (!loading) {
      setStatus('loading');
      loading = load().then(
        (loaded) => {
          component = loaded;
          setStatus('ready');
          return loaded;
        },
        (error: unknown) => {
          loading = null; // the next use asks again
          setStatus('failed');
          throw error;
        },
      );
    }
    return loading;
  };
  const retry = () => void preload().catch(() => {});
  function useComponent(options?: UseComponentOptions) {
    const getStatus = () => status;
    const current = useSyncExternalStore(subscribe, getStatus, getStatus);
    const [keptFailure, setKeptFailure] = useState(false);
    if (options?.keepFailure && current === 'failed' && !keptFailure) setKeptFailure(true);
    useEffect(() => {
      if (status === 'idle' || status === 'failed') retry();
    }, []);
    if (keptFailure) {
      return {
        Component: null,
        failed: true,
        retry: () => {
          setKeptFailure(false);
          retry();
        },
      };
    }
    return {
      Component: current === 'ready' ? component : null,
      failed: current === 'failed',
      retry,
    };
  }
  return { preload, useComponent };
}
