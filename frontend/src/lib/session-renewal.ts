import { ApiError, NetworkError, toApiError } from '@/lib/api/errors';
import type { LoginResponse } from '@/lib/api/types';
import { readSession, saveSession, type Session } from '@/lib/session';

/**
 * Renewing the short-lived access token with the refresh cookie (POST /auth/refresh), and ending
 * the server session (POST /auth/logout). Both go straight to fetch, not through the API
 * client, whose middleware calls in here.
 */
export type RenewalOutcome =
  /** A usable token: freshly renewed, or renewed meanwhile by another tab. */
  | { kind: 'renewed'; session: Session }
  /** The server will not renew (no, expired or revoked session, reuse detected): sign out. */
  | { kind: 'ended'; error: ApiError }
  /** No answer or a server fault: keep the session and try again later. */
  | { kind: 'failed'; error: Error };

const REFRESH_URL = '/api/v1/auth/refresh';
const LOGOUT_URL = '/api/v1/auth/logout';
const LOCK_NAME = 'inbox.session.renew';
/** A token with less left than this is not worth using for a request. */
const MIN_USEFUL_MS = 2_000;
const LOGOUT_WAIT_MS = 5_000;

/** When to renew proactively: a quarter of the remaining lifetime early, at most a minute. */
export function renewalDelay(session: Session, now = Date.now()): number {
  const remaining = Date.parse(session.expiresAt) - now;
  return Math.max(0, remaining - Math.min(60_000, remaining / 4));
}

export function isUsable(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) - now > MIN_USEFUL_MS;
}

// Only one tab renews at a time (Web Locks); the others then find its token in storage. Without Web
// Locks two tabs may refresh at once: the server exchanges a just-used refresh token again.
function withRenewalLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks?.request ? (locks.request(LOCK_NAME, task) as unknown as Promise<T>) : task();
}

async function renewUnderLock(staleToken: string | null): Promise<RenewalOutcome> {
  const current = readSession();
  if (current && current.accessToken !== staleToken && isUsable(current)) return { kind: 'renewed', session: current };

  let response: Response;
  try {
    response = await globalThis.fetch(new Request(REFRESH_URL, { method: 'POST', credentials: 'same-origin' }));
  } catch (error) {
    return { kind: 'failed', error: new NetworkError(error) };
  }
  if (response.ok) {
    try {
      const body = (await response.json()) as LoginResponse;
      const session = { accessToken: body.accessToken, expiresAt: body.expiresAt };
      saveSession(session);
      return { kind: 'renewed', session };
    } catch (error) {
      return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
  }
  const error = await toApiError(response);
  if (response.status === 401) return { kind: 'ended', error };
  return { kind: 'failed', error };
}

let inFlight: Promise<RenewalOutcome> | null = null;

/**
 * Renews the access token once for every caller that asks meanwhile. `staleToken` is the token
 * the caller found wanting: when storage already holds another usable one, that is the answer.
 */
export function renewSession(staleToken: string | null): Promise<RenewalOutcome> {
  inFlight ??= withRenewalLock(() => renewUnderLock(staleToken)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Ends the server session (bearer token and refresh cookie). Never fails: sign-out goes on. */
export async function endServerSession(): Promise<void> {
  const session = readSession();
  const headers = new Headers();
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  let timer: number | undefined;
  try {
    // A hanging server must not keep the user signed in: give up waiting after a few seconds.
    await Promise.race([
      globalThis.fetch(new Request(LOGOUT_URL, { method: 'POST', headers, credentials: 'same-origin' })),
      new Promise((resolve) => (timer = window.setTimeout(resolve, LOGOUT_WAIT_MS))),
    ]);
  } catch {
    // Unreachable server: the local sign-out still happens; the session expires by itself.
  } finally {
    window.clearTimeout(timer);
  }
}
