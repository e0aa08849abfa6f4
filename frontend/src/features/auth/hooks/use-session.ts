import { useEffect, useSyncExternalStore } from 'react';
import { readSession, subscribeSession, type Session } from '@/lib/session';
import { isUsable } from '@/lib/session-renewal';
import { restoreState, startRestore, subscribeRestore } from '../lib/restore';

/** The stored session (its token may have run out; requests renew it). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, readSession, () => null);
}

export type AuthStatus = 'restoring' | 'signed-in' | 'signed-out';

/**
 * Signed in with a usable token; or restoring, while the first renewal of this page load runs;
 * or, after it, signed in as long as a session is stored at all.
 */
export function useAuthStatus(): { status: AuthStatus; session: Session | null } {
  const session = useSession();
  const restore = useSyncExternalStore(subscribeRestore, restoreState, () => 'idle' as const);
  const usable = session !== null && isUsable(session);
  // Decided once per page load: with a usable token there is nothing to restore, and a later
  // sign-out must not try the refresh cookie again.
  useEffect(() => startRestore(), []);

  if (usable) return { status: 'signed-in', session };
  if (restore !== 'done') return { status: 'restoring', session };
  return { status: session ? 'signed-in' : 'signed-out', session };
}
