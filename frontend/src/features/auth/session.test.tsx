import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, saveSession, type Session } from '@/lib/session';
import { renewSession } from '@/lib/session-renewal';
import { inboxHandlers, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, loginResponse, mockApi, problem } from '@/testing/mock-api';
import { renderApp, screen, within } from '@/testing/test-utils';

function storeSession(accessToken: string, expiresInMs: number): Session {
  const session = { accessToken, expiresAt: new Date(Date.now() + expiresInMs).toISOString() };
  window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  return session;
}

function storedToken(): string | undefined {
  return (JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}') as Partial<Session>).accessToken;
}

const renewed = () => json({ ...loginResponse(), accessToken: 'renewed-token' });

/** Every handler answers 401 token-expired to the old token, as the API does once it ran out. */
function expiringFor(oldToken: string, handlers: ReturnType<typeof inboxHandlers>) {
  return Object.fromEntries(
    Object.entries(handlers).map(([key, handler]) => [
      key,
      (request: Request) =>
        request.headers.get('Authorization') === `Bearer ${oldToken}`
          ? problem({ status: 401, code: 'token-expired' })
          : handler(request),
    ]),
  );
}

describe('session', () => {
  it('renews an access token that ran out and retries the refused requests once', async () => {
    storeSession('old-token', 3600_000);
    const fetchMock = mockApi({
      ...expiringFor('old-token', inboxHandlers([makeRoom({ contact: { id: 7, name: 'Rina Wulandari', avatarUrl: null, phone: null } })])),
      'POST /api/v1/auth/refresh': renewed,
    });
    renderApp('/');

    expect(await screen.findByRole('link', { name: /Rina Wulandari/ })).toBeInTheDocument();
    // Several requests were refused at once; one renewal served them all.
    expect(callsTo(fetchMock, 'POST', '/api/v1/auth/refresh')).toHaveLength(1);
    const me = callsTo(fetchMock, 'GET', '/api/v1/me');
    expect(me.map((request) => request.headers.get('Authorization'))).toEqual(['Bearer old-token', 'Bearer renewed-token']);
    expect(storedToken()).toBe('renewed-token');
  });

  it('signs out with a notice when the renewal is refused (refresh token reused)', async () => {
    storeSession('old-token', 3600_000);
    mockApi({
      ...expiringFor('old-token', inboxHandlers([])),
      'POST /api/v1/auth/refresh': () => problem({ status: 401, code: 'refresh-token-reused' }),
    });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Masuk ke akun Anda' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sesi Anda telah berakhir. Silakan masuk kembali.');
    expect(router.state.location.pathname).toBe('/login');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('signs out when the server ended the session (deactivated, password changed elsewhere)', async () => {
    storeSession('live-token', 3600_000);
    const fetchMock = mockApi({
      ...inboxHandlers([]),
      'GET /api/v1/rooms': () => problem({ status: 401, code: 'session-ended' }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Masuk ke akun Anda' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sesi Anda telah berakhir.');
    expect(callsTo(fetchMock, 'POST', '/api/v1/auth/refresh')).toHaveLength(0);
  });

  it('on load without a usable token, tries the refresh cookie once before the login page', async () => {
    storeSession('expired-token', -60_000);
    const fetchMock = mockApi({ ...inboxHandlers([]), 'POST /api/v1/auth/refresh': renewed });
    renderApp('/');

    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Budi Santoso')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', '/api/v1/auth/refresh')).toHaveLength(1);
    expect(callsTo(fetchMock, 'GET', '/api/v1/me')[0]!.headers.get('Authorization')).toBe('Bearer renewed-token');
  });

  it('shows the login page, with the notice, when a stored session cannot be renewed on load', async () => {
    storeSession('expired-token', -60_000);
    const fetchMock = mockApi({});
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Masuk ke akun Anda' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sesi Anda telah berakhir.');
    expect(router.state.location.pathname).toBe('/login');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps a session stored while the load-time renewal was in flight (sign-in in another tab)', async () => {
    mockApi({
      ...inboxHandlers([]),
      'POST /api/v1/auth/refresh': () => {
        storeSession('signed-in-elsewhere', 3600_000);
        return problem({ status: 401, code: 'session-expired' });
      },
    });
    renderApp('/login');

    expect(await screen.findByRole('tablist', { name: 'Status percakapan' })).toBeInTheDocument();
    expect(storedToken()).toBe('signed-in-elsewhere');
  });

  it('a first visit goes to the login page without a notice', async () => {
    mockApi({});
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Masuk ke akun Anda' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('session renewal across tabs', () => {
  it('uses the token another tab stored meanwhile instead of refreshing again', async () => {
    const fetchMock = mockApi({});
    saveSession({ accessToken: 'from-other-tab', expiresAt: new Date(Date.now() + 900_000).toISOString() });

    const outcome = await renewSession('old-token');

    expect(outcome).toEqual({ kind: 'renewed', session: expect.objectContaining({ accessToken: 'from-other-tab' }) });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
