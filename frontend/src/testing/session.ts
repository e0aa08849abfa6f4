import { SESSION_STORAGE_KEY } from '@/lib/session';

/** Signs the test in (a stored, unexpired session), as a reload after login would find it. */
export function storeSession(expiresInMs = 3600_000) {
  window.localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken: 'stored-token', expiresAt: new Date(Date.now() + expiresInMs).toISOString() }),
  );
}
