import { describe, expect, it } from 'vitest';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { act, renderApp, screen, waitFor } from '@/testing/test-utils';

describe('Escape', () => {
  it('in the search box clears the search and hands focus back to the room list', async () => {
    storeSession();
    mockApi(inboxHandlers([makeRoom()]));
    const { user, router } = renderApp('/');

    const box = await screen.findByRole('searchbox', { name: 'Kata pencarian' });
    await user.type(box, 'siti{Enter}');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('siti');

    await user.keyboard('{Escape}');

    expect(box).toHaveValue('');
    expect(new URLSearchParams(router.state.location.search).has('q')).toBe(false);
    await waitFor(() => expect(screen.getByRole('list', { name: 'Daftar percakapan' })).toHaveFocus());
  });

  it('outside a field closes the open room, and its draft is still there when it is opened again', async () => {
    storeSession();
    const room = makeRoom({ id: 31 });
    mockApi(inboxHandlers([room], { 31: [makeMessage({ roomId: 31 })] }));
    const { user, router } = renderApp('/?tab=unassigned&room=31');

    const reply = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(reply, 'Sebentar ya kak');
    act(() => reply.blur());

    await user.keyboard('{Escape}');

    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ tab: 'unassigned' });
    expect(screen.queryByRole('textbox', { name: 'Balasan' })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Daftar percakapan' })).toHaveFocus();

    await user.click(screen.getByRole('link', { name: /Siti Rahmawati/ }));
    expect(await screen.findByRole('textbox', { name: 'Balasan' })).toHaveValue('Sebentar ya kak');
  });

  it('inside the reply box leaves the room open', async () => {
    storeSession();
    const room = makeRoom({ id: 32 });
    mockApi(inboxHandlers([room], { 32: [makeMessage({ roomId: 32 })] }));
    const { user, router } = renderApp('/?room=32');

    await user.type(await screen.findByRole('textbox', { name: 'Balasan' }), 'Halo{Escape}');

    expect(new URLSearchParams(router.state.location.search).get('room')).toBe('32');
  });
});
