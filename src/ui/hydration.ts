// Whether React has finished taking over the first paint (app/first-paint.ts): false while it
// hydrates that drawing, which shows only what the first paint draws; true in any other render.
import { useSyncExternalStore } from 'react';

const never = () => () => {};

/** False while hydrating the first paint, true otherwise (React re-renders once it is done). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
