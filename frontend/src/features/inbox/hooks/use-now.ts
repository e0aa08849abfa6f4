import { useCallback, useSyncExternalStore } from 'react';

// One timer per interval for the whole page, however many rows show a countdown.
const clocks = new Map<number, { now: number; listeners: Set<() => void>; timer: number | undefined }>();

function clock(intervalMs: number) {
  let entry = clocks.get(intervalMs);
  if (!entry) {
    entry = { now: Date.now(), listeners: new Set(), timer: undefined };
    clocks.set(intervalMs, entry);
  }
  return entry;
}

function subscribe(intervalMs: number, listener: () => void) {
  const entry = clock(intervalMs);
  entry.listeners.add(listener);
  if (entry.timer === undefined) {
    // Catch up after an idle period, but not on every re-subscribe (that would loop renders).
    if (Date.now() - entry.now >= intervalMs) entry.now = Date.now();
    entry.timer = window.setInterval(() => {
      entry.now = Date.now();
      for (const notify of entry.listeners) notify();
    }, intervalMs);
  }
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) {
      window.clearInterval(entry.timer);
      entry.timer = undefined;
    }
  };
}

/** The current time, re-rendering every `intervalMs` (shared timer). */
export function useNow(intervalMs = 1000): number {
  const subscribeTo = useCallback((listener: () => void) => subscribe(intervalMs, listener), [intervalMs]);
  return useSyncExternalStore(
    subscribeTo,
    // Must be stable between ticks; subscribing refreshes it, and React re-renders if it moved.
    () => clock(intervalMs).now,
  );
}
