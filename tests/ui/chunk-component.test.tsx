import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkComponent, type ChunkComponent } from '../../src/ui/chunk-component';

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
});
