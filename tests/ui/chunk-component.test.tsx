import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkComponent, type ChunkComponent } from '../../src/ui/chunk-component';

/** React's flag for whether updates are wrapped in act (tests/setup.ts sets it). */
const reactEnv = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A chunk whose loading the test settles by hand. */
function deferredChunk() {
  const calls: { resolve: () => void; reject: () => void }[] = [];
  const chunk = chunkComponent<{ name: string }>(
    () =>
      new Promise((resolve, reject) =>
        calls.push({
          resolve: () => resolve(Greeting),
          reject: () => reject(new Error('offline')),
        }),
      ),
  );
  return { chunk, calls };
}

function Host({ chunk }: { chunk: ChunkComponent<{ name: string }> }) {
  const { Component, failed } = chunk.useComponent();
  if (Component) return <Component name="Ada" />;
  return <p>{failed ? 'Could not load' : 'Loading'}</p>;
}

describe('chunkComponent', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the component in the update that follows its load: no 300 ms hold-back', async () => {
    // React holds a suspended boundary's content back with a timer; no timer may run here.
    vi.useFakeTimers();
    const { chunk, calls } = deferredChunk();
    render(<Host chunk={chunk} />);
    expect(screen.getByText('Loading')).toBeDefined();
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.resolve());
    expect(screen.getByText('Hello, Ada')).toBeDefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fetches once, however many use it, and renders at once when already fetched', async () => {
    const { chunk, calls } = deferredChunk();
    const preloaded = chunk.preload();
    render(
      <>
        <Host chunk={chunk} />
        <Host chunk={chunk} />
      </>,
    );
    expect(calls).toHaveLength(1);
    await act(async () => {
      calls[0]!.resolve();
      await preloaded;
    });
    expect(screen.getAllByText('Hello, Ada')).toHaveLength(2);

    // A later use renders the component on its very first render.
    const later = render(<Host chunk={chunk} />);
    expect(later.container.textContent).toBe('Hello, Ada');
  });

  it('shows the component when its load ends between a render and that render’s effects', async () => {
    // Outside act, as in the browser: effects run in a task after the commit, so the load that a
    // preload started can finish in between (the benchmark once caught a panel stuck that way).
    const actEnvironment = reactEnv.IS_REACT_ACT_ENVIRONMENT;
    reactEnv.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const { chunk, calls } = deferredChunk();
      void chunk.preload();
      function ResolveOnCommit() {
        useLayoutEffect(() => calls[0]!.resolve(), []);
        return null;
      }
      const container = document.createElement('div');
      const root = createRoot(container);
      root.render(
        <>
          <Host chunk={chunk} />
          <ResolveOnCommit />
        </>,
      );
      await vi.waitFor(() => expect(container.textContent).toBe('Hello, Ada'));
      root.unmount();
    } finally {
      reactEnv.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  });

  it('says when the chunk could not be fetched, and tries again when used again', async () => {
    const { chunk, calls } = deferredChunk();
    function Toggle() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button onClick={() => setShown((s) => !s)}>toggle</button>
          {shown && <Host chunk={chunk} />}
        </>
      );
    }
    render(<Toggle />);
    await act(async () => calls[0]!.reject());
    expect(screen.getByText('Could not load')).toBeDefined();

    await act(async () => screen.getByText('toggle').click());
    await act(async () => screen.getByText('toggle').click());
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.resolve());
    expect(screen.getByText('Hello, Ada')).toBeDefined();
  });

  it('fetches again on retry, and every user shows the component once it is in', async () => {
    const { chunk, calls } = deferredChunk();
    function Retry() {
      const { retry } = chunk.useComponent();
      return <button onClick={retry}>Try again</button>;
    }
    render(
      <>
        <Host chunk={chunk} />
        <Retry />
      </>,
    );
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.reject());
    expect(screen.getByText('Could not load')).toBeDefined();

    await act(async () => screen.getByText('Try again').click());
    expect(calls).toHaveLength(2);
    expect(screen.getByText('Loading')).toBeDefined();
    await act(async () => calls[1]!.resolve());
    expect(screen.getByText('Hello, Ada')).toBeDefined();
  });

  it('with keepFailure, a failed load keeps saying so until retried, though the chunk came in', async () => {
    const { chunk, calls } = deferredChunk();
    function Kept() {
      const { Component, failed, retry } = chunk.useComponent({ keepFailure: true });
      if (Component) return <Component name="Grace" />;
      return failed ? <button onClick={retry}>Try again</button> : <p>Loading</p>;
    }
    render(<Kept />);
    await act(async () => calls[0]!.reject());
    expect(screen.getByText('Try again')).toBeDefined();

    // The chunk comes in by another load (an idle prefetch, say): still the failure, no dialog.
    let preloaded!: Promise<unknown>;
    await act(async () => {
      preloaded = chunk.preload();
      calls[1]!.resolve();
      await preloaded;
    });
    expect(screen.getByText('Try again')).toBeDefined();
    expect(screen.queryByText('Hello, Grace')).toBeNull();

    // Asked again: at once, without fetching again.
    await act(async () => screen.getByText('Try again').click());
    expect(screen.getByText('Hello, Grace')).toBeDefined();
    expect(calls).toHaveLength(2);

    // Without the option, the same arrival shows the component by itself.
    const other = deferredChunk();
    render(<Host chunk={other.chunk} />);
    await act(async () => other.calls[0]!.reject());
    await act(async () => {
      const again = other.chunk.preload();
      other.calls[1]!.resolve();
      await again;
    });
    expect(screen.getByText('Hello, Ada')).toBeDefined();
  });
});
