import { useEffect, useSyncExternalStore } from 'react';
import { readSession, subscribeSession } from '@/lib/session';
import type { LiveEvent } from './events';
import { createEventStream, type EventStream, type EventStreamOptions, type LiveStatus } from './stream';

/**
 * The page's one event stream, shared by everything that listens (one per tab). It runs while at
 * least one signed-in screen uses it; a short grace period lets a route change hand it over
 * without reconnecting.
 */
type Listener = (event: LiveEvent) => void;

export interface LiveState {
  status: LiveStatus;
  /** Epoch ms of the last status change (the indicator waits a second before it shows). */
  since: number;
}

const GRACE_MS = 5_000;
const listeners = new Set<Listener>();
const stateListeners = new Set<() => void>();
let state: LiveState = { status: 'idle', since: Date.now() };
let stream: EventStream | null = null;
let users = 0;
let stopTimer: number | undefined;
let streamOptions: Partial<EventStreamOptions> = {};

function setStatus(status: LiveStatus) {
  if (status === state.status) return;
  state = { status, since: Date.now() };
  for (const listener of stateListeners) listener();
}

function dispatch(event: LiveEvent) {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      // One listener's bug must not cost the others their events.
      console.error('live event listener failed', event.event, error);
    }
  }
}

function stopStream() {
  window.clearTimeout(stopTimer);
  stream?.stop();
  stream = null;
}

// Signing out (here or in another tab) ends the stream at once: its events belong to that session.
let watchingSession = false;
function watchSession() {
  if (watchingSession) return;
  watchingSession = true;
  subscribeSession(() => {
    if (!readSession()) stopStream();
  });
}

/** Uses the stream until the returned release is called. */
export function acquireLiveStream(): () => void {
  users += 1;
  window.clearTimeout(stopTimer);
  watchSession();
  if (!stream) {
    stream = createEventStream({ ...streamOptions, onEvent: dispatch, onStatus: setStatus });
    stream.start();
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    users -= 1;
    if (users > 0) return;
    stopTimer = window.setTimeout(stopStream, GRACE_MS);
  };
}

export function subscribeLiveEvents(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function liveState(): LiveState {
  return state;
}

export function subscribeLiveState(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

/** Keeps the stream open while the calling component is mounted (and `enabled`). */
export function useLiveStream(enabled = true) {
  useEffect(() => (enabled ? acquireLiveStream() : undefined), [enabled]);
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(subscribeLiveState, liveState, liveState);
}

/** Calls `listener` for every event while mounted; pass a stable (memoized) function. */
export function useLiveEvents(listener: Listener) {
  useEffect(() => subscribeLiveEvents(listener), [listener]);
}

/** Tests: a fresh stream per test, with their own backoff. */
export function resetLiveStreamForTests(options: Partial<EventStreamOptions> = {}) {
  stopStream();
  users = 0;
  listeners.clear();
  streamOptions = options;
  state = { status: 'idle', since: Date.now() };
}
