/**
 * The signed-in session (bearer token and its expiry), kept in localStorage so a reload stays
 * signed in. A tiny external store: React subscribes with useSyncExternalStore, the API client
 * reads the token directly.
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
 * The stored session, or null when there is none, it is malformed or it has expired.
 * Pure (safe to call during render); purgeStaleSession() removes what this ignores.
 */
export function getSession(): Session | null {
  const raw = readStorage();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedSession = parse(raw);
  }
  return cachedSession && !isExpired(cachedSession) ? cachedSession : null;
}

/** Removes an expired or malformed session from storage, so a reload starts signed out. */
export function purgeStaleSession(): void {
  if (readStorage() !== null && getSession() === null) clearSession();
}

export function saveSession(session: Session): void {
  window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
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
