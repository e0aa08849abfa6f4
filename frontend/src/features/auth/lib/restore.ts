import { endSession, getSession, readSession } from '@/lib/session';
import { renewSession } from '@/lib/session-renewal';

/**
 * Once per page load, when there is no usable access token, the refresh cookie gets one chance
 * to renew the session before the login page shows (a reload after the token ran out, a new
 * tab, cleared storage).
 */
type RestoreState = 'idle' | 'pending' | 'done';

let state: RestoreState = 'idle';
const listeners = new Set<() => void>();

function setState(next: RestoreState) {
  state = next;
  for (const listener of listeners) listener();
}

export function restoreState(): RestoreState {
  return state;
}

export function subscribeRestore(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startRestore(): void {
  if (state !== 'idle') return;
  if (getSession()) {
    setState('done');
    return;
  }
  setState('pending');
  const stored = readSession();
  void renewSession(stored?.accessToken ?? null).then((outcome) => {
    // Only someone who had a session is told it ended; a first visit just sees the login page.
    // A session stored meanwhile (a sign-in in another tab) is kept: endSession checks.
    if (outcome.kind === 'ended' && stored) endSession(stored.accessToken);
    setState('done');
  });
}

/** Tests start every render as a fresh page load. */
export function resetRestoreForTests(): void {
  state = 'idle';
  listeners.clear();
}
