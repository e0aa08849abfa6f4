import { describe, expect, it } from 'vitest';
import { counts, expiredRoom, inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

function listRequests(fetchMock: ReturnType<typeof mockApi>, path = '/api/v1/rooms') {
  return fetchMock.mock.calls
    .map(([input]) => new URL((input as Request).url))
    .filter((url) => url.pathname === path);
}

describe('inbox filters and URL', () => {
  it('filters to an agent\'s own rooms and the unassigned ones with the No assignee choice', async () => {
    storeSession();
    const fetchMock = mockApi(inboxHandlers([makeRoom()]));
    // a link to every room still being worked, not an agent's start view
    const { user, router } = renderApp('/?tab=all');

    await screen.findByText('Siti Rahmawati');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const panel = screen.getByRole('dialog', { name: 'Filter percakapan' });
    await user.click(await within(panel).findByRole('checkbox', { name: 'Dewi Lestari' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Tanpa agen' }));
    await user.click(within(panel).getByRole('button', { name: 'Terapkan' }));

    expect(new URLSearchParams(router.state.location.search).getAll('agent').sort()).toEqual(['3', 'none']);
    await waitFor(() => expect(listRequests(fetchMock).at(-1)!.searchParams.getAll('agentId').sort()).toEqual(['3', 'none']));
  });

  it('applies Sessions, Agent, Tags and Channel only on Apply, puts them in the URL and the query, and clears them', async () => {
    storeSession();
    const fetchMock = mockApi(inboxHandlers([makeRoom()]));
    // a link to every room still being worked, not an agent's start view
    const { user, router } = renderApp('/?tab=all');

    await screen.findByText('Siti Rahmawati');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const panel = screen.getByRole('dialog', { name: 'Filter percakapan' });
    const sessions = within(panel).getByRole('group', { name: 'Sesi' });
    await user.click(within(sessions).getByRole('checkbox', { name: /Kedaluwarsa/ }));
    await user.click(within(sessions).getByRole('checkbox', { name: /Segera berakhir/ }));
    await user.click(await within(panel).findByRole('checkbox', { name: /WhatsApp Toko Nusantara/ }));
    await user.click(await within(panel).findByRole('checkbox', { name: 'Dewi Lestari' }));
    await user.click(await within(panel).findByRole('checkbox', { name: 'Komplain' }));

    // A draft until Apply is pressed.
    expect(router.state.location.search).toBe('?tab=all');

    await user.click(within(panel).getByRole('button', { name: 'Terapkan' }));

    const params = new URLSearchParams(router.state.location.search);
    expect(params.getAll('session').sort()).toEqual(['expired', 'expiring']);
    expect(params.getAll('channel')).toEqual(['1']);
    expect(params.getAll('agent')).toEqual(['3']);
    expect(params.getAll('tag')).toEqual(['4']);
    // The button says how many filters are in force.
    expect(screen.getByRole('button', { name: 'Filter 5' })).toBeInTheDocument();
    await waitFor(() => {
      const last = listRequests(fetchMock).at(-1)!;
      expect(last.searchParams.getAll('session').sort()).toEqual(['expired', 'expiring']);
      expect(last.searchParams.getAll('channelId')).toEqual(['1']);
      expect(last.searchParams.getAll('agentId')).toEqual(['3']);
      expect(last.searchParams.getAll('tagId')).toEqual(['4']);
    });
    await waitFor(() => expect(listRequests(fetchMock, '/api/v1/rooms/counts').at(-1)!.searchParams.getAll('session')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Filter 5' }));
    await user.click(screen.getByRole('button', { name: 'Hapus filter' }));
    expect(router.state.location.search).toBe('');
  });

  it('changes only the filters when a filter is applied: tab, sort, search and the open room stay', async () => {
    storeSession();
    mockApi(inboxHandlers([makeRoom({ id: 296 })]));
    const { user, router } = renderApp('/?q=siti');

    await user.click(await screen.findByRole('tab', { name: /Belum ditugaskan/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Urutkan' }), 'deadline');
    await user.click(await screen.findByRole('link', { name: /Siti Rahmawati/ }));
    await screen.findByRole('region', { name: 'Percakapan' });
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Komplain' }));
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));

    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({ tab: 'unassigned', sort: 'deadline', q: 'siti', room: '296', tag: '4' });
  });

  it('reads tab, filters, sort and search from the URL, and back/forward restores the view', async () => {
    storeSession();
    const fetchMock = mockApi(inboxHandlers([makeRoom()]));
    const { user, router } = renderApp('/?tab=resolved&session=expired&sort=deadline&q=0812');

    expect(await screen.findByRole('tab', { name: /Selesai/ })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => {
      const last = listRequests(fetchMock).at(-1)!;
      expect(last.searchParams.get('status')).toBe('resolved');
      expect(last.searchParams.get('sort')).toBe('deadline');
      expect(last.searchParams.get('q')).toBe('0812');
      expect(last.searchParams.getAll('session')).toEqual(['expired']);
    });
    expect(screen.getByRole('combobox', { name: 'Urutkan' })).toHaveValue('deadline');
    expect(screen.getByRole('searchbox', { name: 'Kata pencarian' })).toHaveValue('0812');

    await user.click(screen.getByRole('tab', { name: /Belum ditugaskan/ }));
    expect(new URLSearchParams(router.state.location.search).get('tab')).toBe('unassigned');
    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('tab', { name: /Selesai/ })).toHaveAttribute('aria-selected', 'true'));
  });

  it('shows live tab counts and says so when a tab is empty', async () => {
    storeSession();
    mockApi({ ...inboxHandlers([]), 'GET /api/v1/rooms': () => json({ items: [], nextCursor: null }) });
    renderApp('/?tab=assigned');

    expect(await screen.findByText('Tidak ada percakapan di sini.')).toBeInTheDocument();
    const tabs = screen.getByRole('tablist', { name: 'Status percakapan' });
    await waitFor(() => expect(within(tabs).getByRole('tab', { name: /Ditugaskan/ })).toHaveTextContent(String(counts.tabs.assigned)));
    expect(within(tabs).getByRole('tab', { name: /Semua/ })).toHaveTextContent(String(counts.tabs.all));
    expect(within(tabs).getByRole('tab', { name: /Milik saya/ })).toHaveTextContent(String(counts.tabs.mine));
  });

  it('searches by conversation, renders the snippet marks as <mark> text only, and opens the hit highlighted', async () => {
    storeSession();
    const room = makeRoom({ id: 7 });
    const hit = makeMessage({ id: 70, roomId: 7, body: 'Pesanan ORD-123456 <b>belum</b> sampai' });
    const fetchMock = mockApi({
      ...inboxHandlers([room], { 7: [makeMessage({ roomId: 7 }), hit] }),
      'GET /api/v1/search/messages': () =>
        json({
          items: [
            {
              message: { id: 70, body: hit.body, direction: 'INBOUND', createdAt: hit.createdAt },
              snippet: '<mark>Pesanan</mark> ORD-123456 &lt;b&gt;belum&lt;/b&gt; sampai',
              room,
            },
          ],
          nextCursor: null,
        }),
    });
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('radio', { name: 'Percakapan' }));
    await user.type(screen.getByRole('searchbox', { name: 'Kata pencarian' }), 'pesanan{Enter}');

    const results = await screen.findByRole('region', { name: 'Hasil pencarian pesan' });
    const mark = await within(results).findByText('Pesanan');
    expect(mark.tagName).toBe('MARK');
    expect(within(results).getByText(/<b>belum<\/b> sampai/)).toBeInTheDocument();
    expect(results.querySelector('b')).toBeNull();
    expect(new URLSearchParams(router.state.location.search).get('in')).toBe('messages');

    await user.click(within(results).getByRole('button', { name: /Siti Rahmawati/ }));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('room')).toBe('7');
    expect(params.get('msg')).toBe('70');
    const highlighted = await screen.findByText('Pesanan ORD-123456 <b>belum</b> sampai');
    expect(highlighted.closest('li')).toHaveAttribute('data-highlighted', 'true');
    await waitFor(() =>
      expect(listRequests(fetchMock, '/api/v1/rooms/7/messages').some((url) => url.searchParams.get('around') === '70')).toBe(true),
    );
  });

  it('opens a room from the list, marks it read, and offers only the actions an agent may take', async () => {
    storeSession();
    const mine = makeRoom({ id: 11, unreadCount: 2 });
    const others = expiredRoom({ id: 12, status: 'ASSIGNED', assignee: { id: 3, name: 'Dewi Lestari', active: true }, contact: { id: 12, name: 'Agus Pratama', avatarUrl: null, phone: null } });
    const fetchMock = mockApi(inboxHandlers([mine, others], { 11: [makeMessage({ roomId: 11, body: 'Halo, ada yang bisa dibantu?' })] }));
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: /Siti Rahmawati/ }));
    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByText('Halo, ada yang bisa dibantu?')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Selesaikan' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Ambil percakapan' })).toBeInTheDocument();
    await waitFor(() => expect(fetchMock.mock.calls.some(([input]) => (input as Request).method === 'POST' && (input as Request).url.endsWith('/rooms/11/read'))).toBe(true));

    await user.click(screen.getByRole('link', { name: /Agus Pratama/ }));
    const other = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(other).findByText('Percakapan ini ditangani Dewi Lestari. Anda hanya dapat membaca.')).toBeInTheDocument();
    expect(within(other).queryByRole('button', { name: 'Selesaikan' })).not.toBeInTheDocument();
    expect(within(other).queryByRole('button', { name: 'Kirim template' })).not.toBeInTheDocument();
    expect(within(other).queryByRole('combobox', { name: 'Tambah tag' })).not.toBeInTheDocument();
  });
});
