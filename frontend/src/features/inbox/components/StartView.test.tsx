import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/lib/session';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { callsTo, demoUser, json, mockApi } from '@/testing/mock-api';
import { renderApp, screen, waitFor } from '@/testing/test-utils';

function signedIn() {
  const session = { accessToken: 'stored-token', expiresAt: new Date(Date.now() + 3600_000).toISOString() };
  window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

function assigneesAsked(fetchMock: ReturnType<typeof mockApi>): string[][] {
  return callsTo(fetchMock, 'GET', '/api/v1/rooms').map((request) => new URL(request.url).searchParams.getAll('agentId'));
}

describe('start view', () => {
  it("opens an agent's inbox on their own rooms and the unassigned ones, and never asks for every room first", async () => {
    signedIn();
    const fetchMock = mockApi(inboxHandlers([]));
    const { router } = renderApp('/');

    await screen.findByRole('tablist', { name: 'Status percakapan' });
    expect(router.state.location.search).toBe(`?agent=${demoUser.id}&agent=none`);
    await waitFor(() => expect(assigneesAsked(fetchMock)).not.toHaveLength(0));
    expect(assigneesAsked(fetchMock)).toEqual([[String(demoUser.id), 'none']]);
    expect(screen.getByRole('button', { name: 'Filter 2' })).toBeInTheDocument();
  });

  it('lets the agent clear it: the inbox then lists every room still being worked', async () => {
    signedIn();
    const fetchMock = mockApi(inboxHandlers([]));
    const { router, user } = renderApp('/');
    await screen.findByRole('tablist', { name: 'Status percakapan' });
    await waitFor(() => expect(router.state.location.search).not.toBe(''));

    await user.click(screen.getByRole('button', { name: 'Filter 2' }));
    await user.click(screen.getByRole('button', { name: 'Hapus filter' }));

    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(assigneesAsked(fetchMock).at(-1)).toEqual([]));
  });

  it('keeps a view the URL already names, and opens a supervisor on everything', async () => {
    signedIn();
    mockApi(inboxHandlers([]));
    const shared = renderApp('/?tab=resolved');
    await screen.findByRole('tablist', { name: 'Status percakapan' });
    expect(shared.router.state.location.search).toBe('?tab=resolved');
    shared.unmount();

    mockApi({ ...inboxHandlers([]), 'GET /api/v1/me': () => json({ ...demoUser, role: 'supervisor' }) });
    const supervisor = renderApp('/');
    await screen.findByRole('tablist', { name: 'Status percakapan' });
    expect(supervisor.router.state.location.search).toBe('');
  });
});
