/**
 * The signed-in session (short-lived bearer token and its expiry), kept in localStorage so a
 * reload stays signed in and every tab shares one token. A tiny external store: React subscribes
 * with useSyncExternalStore, the API client reads the token directly. The refresh token is an
 * HttpOnly cookie the SPA never sees (session-renewal.ts renews with it).
 */
export interface Session {
  accessToken: string;
  /** ISO-8601 instant after which the token is no longer accepted. */
  expiresAt: string;
}

export const SESSION_STORAGE_KEY = 'inbox.session';

type Listener = () => void;
const listeners = new Set<Listener>();

// Cache the parsed value so useSyncExternalStore gets a stable snapshot between changes.
let cachedRaw: string | null | undefined;
let cachedSession: Session | null = null;

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken !== 'string' || typeof value.expiresAt !== 'string') return null;
    if (Number.isNaN(Date.parse(value.expiresAt))) return null;
    return { accessToken: value.accessToken, expiresAt: value.expiresAt };
  } catch {
    return null;
  }
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(SESSION_STORAGE_KEY);
  } catch {
    return null;
  }
}

function notify() {
  for (const listener of listeners) listener();
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

/**
 * The stored session, even when its access token has run out (the refresh cookie may still
 * renew it), or null when there is none or it is malformed. Pure: safe to call during render.
 */
export function readSession(): Session | null {
  const raw = readStorage();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedSession = parse(raw);
  }
  return cachedSession;
}

/** The stored session while its access token is still accepted, else null. */
export function getSession(): Session | null {
  const session = readSession();
  return session && !isExpired(session) ? session : null;
}

export function saveSession(session: Session): void {
  window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  sessionEnded = false;
  notify();
}

export function clearSession(): void {
  try {
    window.localStorage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
  cachedRaw = null;
  cachedSession = null;
  notify();
}

// Set when the server ended the session (not when the user signed out), so the login page can
// say why the user is there. In memory: a reload or a new sign-in forgets it.
let sessionEnded = false;

/**
 * Whether `token` (null: no session) is still what storage holds. A sign-in in another tab, or a
 * renewal, may have stored a newer session while a request with the old token was refused.
 */
export function isCurrentToken(token: string | null): boolean {
  return (readSession()?.accessToken ?? null) === token;
}

/**
 * Signs out because the server no longer accepts the session (revoked, expired, deactivated),
 * unless a newer session than the refused `token` has been stored meanwhile.
 */
export function endSession(token: string | null): void {
  if (!isCurrentToken(token)) return;
  sessionEnded = true;
  clearSession();
}

export function wasSessionEnded(): boolean {
  return sessionEnded;
}

export function dismissSessionEnded(): void {
  sessionEnded = false;
  notify();
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  // Another tab signing in or out changes the same key.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
