import { useEffect } from 'react';
import { endSession, type Session } from '@/lib/session';
import { renewalDelay, renewSession } from '@/lib/session-renewal';

// setTimeout fires at once for delays above 2^31-1 ms (about 24.8 days).
const MAX_TIMEOUT_MS = 2_147_483_647;
/** After a renewal that could not reach the server, try again this much later. */
const RETRY_MS = 10_000;

/**
 * Renews the access token shortly before it runs out, so requests never meet an expired one.
 * Every open tab schedules this; the renewal lock lets one of them do it and the rest reuse it.
 */
export function useSessionRenewal(session: Session | null) {
  useEffect(() => {
    if (!session) return;
    let timer: number | undefined;
    let active = true;
    const renew = async () => {
      const outcome = await renewSession(session.accessToken);
      if (!active) return;
      if (outcome.kind === 'ended') endSession(session.accessToken);
      // A renewed session re-runs this effect with the new expiry; a failure tries again.
      if (outcome.kind === 'failed') timer = window.setTimeout(() => void renew(), RETRY_MS);
    };
    timer = window.setTimeout(() => void renew(), Math.min(renewalDelay(session), MAX_TIMEOUT_MS));
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [session]);
}
