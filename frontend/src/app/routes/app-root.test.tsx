import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, type Session } from '@/lib/session';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { callsTo, demoUser, json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, screen, within } from '@/testing/test-utils';

function storeSession(expiresInMs: number): Session {
  const session = { accessToken: 'stored-token', expiresAt: new Date(Date.now() + expiresInMs).toISOString() };
  window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  return session;
}

describe('signed-in shell', () => {
  it('stays signed in on reload by loading the user with the stored token', async () => {
    storeSession(3600_000);
    const fetchMock = mockApi({
      ...inboxHandlers([]),
      'GET /api/v1/me': () => json({ ...demoUser, role: 'supervisor' }),
    });
    renderApp('/');

    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Budi Santoso')).toBeInTheDocument();
    expect(within(header).getByText('Supervisor')).toBeInTheDocument();
    const request = fetchMock.mock.calls[0]?.[0] as Request;
    expect(request.headers.get('Authorization')).toBe('Bearer stored-token');
  });

  it('returns to login and forgets the session when /me answers 401', async () => {
    storeSession(3600_000);
    mockApi({ 'GET /api/v1/me': () => problem({ status: 401, code: 'unauthorized' }) });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Masuk ke akun Anda' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('redirects a signed-in visitor away from /login', async () => {
    storeSession(3600_000);
    mockApi(inboxHandlers([]));
    const { router } = renderApp('/login');

    expect(await screen.findByRole('tablist', { name: 'Status percakapan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('signs out from the account menu: ends the server session, clears it here, shows the login page', async () => {
    storeSession(3600_000);
    const fetchMock = mockApi(inboxHandlers([]));
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: /Budi Santoso/ }));
    await user.click(screen.getByRole('button', { name: 'Keluar' }));

    expect(await screen.findByRole('heading', { name: 'Masuk ke akun Anda' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    const [logout] = callsTo(fetchMock, 'POST', '/api/v1/auth/logout');
    expect(logout?.headers.get('Authorization')).toBe('Bearer stored-token');
    // Signing out is not the server ending the session: no notice.
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the Team link to supervisors only', async () => {
    storeSession(3600_000);
    mockApi({ ...inboxHandlers([]), 'GET /api/v1/me': () => json({ ...demoUser, role: 'supervisor' }) });
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Tim' })).toHaveAttribute('href', '/team');
  });

  it('shows no Team link to agents', async () => {
    storeSession(3600_000);
    mockApi(inboxHandlers([]));
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).queryByRole('link', { name: 'Tim' })).not.toBeInTheDocument();
  });

  it('offers a retry when the server cannot be reached', async () => {
    storeSession(3600_000);
    let reachable = false;
    mockApi({
      ...inboxHandlers([]),
      'GET /api/v1/me': () => (reachable ? json(demoUser) : Promise.reject(new TypeError('fetch failed'))),
    });
    const { user } = renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server.');
    reachable = true;
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('tablist', { name: 'Status percakapan' })).toBeInTheDocument();
  });
});
