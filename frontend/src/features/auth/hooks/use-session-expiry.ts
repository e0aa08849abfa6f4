import { useEffect } from 'react';
import { clearSession, purgeStaleSession, type Session } from '@/lib/session';

// setTimeout fires at once for delays above 2^31-1 ms (about 24.8 days).
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Signs out when the token expires while the app is open; drops an already stale one. */
export function useSessionExpiry(session: Session | null) {
  useEffect(() => {
    if (!session) {
      purgeStaleSession();
      return;
    }
    const remaining = Date.parse(session.expiresAt) - Date.now();
    const timer = window.setTimeout(clearSession, Math.min(Math.max(remaining, 0), MAX_TIMEOUT_MS));
    return () => window.clearTimeout(timer);
  }, [session]);
}
