import { describe, expect, it } from 'vitest';
import type { Message, Room } from '@/lib/api/types';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const me = { id: 1, name: 'Budi Santoso', active: true };
const tag = (room: Room) => `"v${room.version}"`;

/**
 * A room on a stand-in API that honours If-Match as the real one does: a write naming another
 * version is refused 412 room-changed with the room as it is now; every change bumps the version.
 */
function roomServer(initial: Room, history: Message[]) {
  const server = { room: initial, messages: [...history] };
  const stale = (request: Request) =>
    request.headers.has('If-Match') && request.headers.get('If-Match') !== tag(server.room)
      ? problem({ status: 412, code: 'room-changed', room: server.room }, { ETag: tag(server.room) })
      : undefined;
  const write = (change: Partial<Room>) => {
    server.room = { ...server.room, ...change, version: server.room.version + 1 };
    return json(server.room, { headers: { ETag: tag(server.room) } });
  };
  const path = `/api/v1/rooms/${initial.id}`;
  const fetchMock = mockApi({
    ...inboxHandlers([initial]),
    'GET /api/v1/rooms': () => json({ items: [server.room], nextCursor: null }),
    [`GET ${path}`]: () => json(server.room, { headers: { ETag: tag(server.room) } }),
    [`GET ${path}/messages`]: () => json({ items: [...server.messages].reverse(), nextCursor: null, previousCursor: null }),
    [`POST ${path}/read`]: (request) => stale(request) ?? (server.room.unreadCount ? write({ unreadCount: 0 }) : json(server.room)),
    [`POST ${path}/resolve`]: (request) =>
      stale(request) ?? write({ status: 'RESOLVED', unreadCount: 0, resolvedAt: new Date().toISOString() }),
    [`PUT ${path}/assignee`]: (request) => stale(request) ?? write({ assignee: me, status: 'ASSIGNED' }),
    [`POST ${path}/reopen`]: (request) => stale(request) ?? write({ status: 'ASSIGNED', resolvedAt: null }),
  });
  /** The customer writes `n` messages: unread and version go up, as the inbound API does. */
  const customerWrites = (...bodies: string[]) => {
    const at = new Date().toISOString();
    for (const body of bodies) server.messages.push(makeMessage({ roomId: initial.id, body, createdAt: at }));
    server.room = {
      ...server.room,
      version: server.room.version + bodies.length,
      unreadCount: server.room.unreadCount + bodies.length,
      lastActivityAt: at,
      lastMessage: { preview: bodies.at(-1)!, direction: 'INBOUND', createdAt: at },
    };
  };
  return { server, fetchMock, customerWrites };
}

const openRoom = (overrides: Partial<Room> = {}) =>
  makeRoom({ id: 41, status: 'ASSIGNED', assignee: me, unreadCount: 0, version: 4, ...overrides });

describe('writes from an out-of-date screen', () => {
  it('resolves with If-Match naming the version on screen (the e shortcut)', async () => {
    storeSession();
    const { fetchMock } = roomServer(openRoom(), [makeMessage({ roomId: 41, body: 'Terima kasih kak' })]);
    const { user } = renderApp('/?room=41');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    await within(panel).findByText('Terima kasih kak');
    await user.keyboard('e');

    expect(await screen.findByText('Percakapan dengan Siti Rahmawati diselesaikan.')).toBeInTheDocument();
    const [resolve] = callsTo(fetchMock, 'POST', '/api/v1/rooms/41/resolve');
    expect(resolve!.headers.get('If-Match')).toBe('"v4"');
    expect(await within(panel).findByRole('img', { name: 'Selesai' })).toBeInTheDocument();
  });

  it('offers Undo after a resolve (the e shortcut too), reopening the room as the resolve left it', async () => {
    storeSession();
    const { fetchMock } = roomServer(openRoom(), [makeMessage({ roomId: 41, body: 'Terima kasih kak' })]);
    const { user } = renderApp('/?room=41');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    await within(panel).findByText('Terima kasih kak');
    await user.keyboard('e');
    await user.click(await screen.findByRole('button', { name: 'Urungkan' }));

    expect(await screen.findByText('Percakapan dengan Siti Rahmawati dibuka kembali.')).toBeInTheDocument();
    const [reopen] = callsTo(fetchMock, 'POST', '/api/v1/rooms/41/reopen');
    expect(reopen!.headers.get('If-Match')).toBe('"v5"');
    expect(await within(panel).findByRole('button', { name: 'Selesaikan' })).toBeInTheDocument();
  });

  it('offers Reopen on a resolved room', async () => {
    storeSession();
    const { fetchMock } = roomServer(openRoom({ status: 'RESOLVED', resolvedAt: new Date().toISOString() }), []);
    const { user } = renderApp('/?room=41');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    await user.click(await within(panel).findByRole('button', { name: 'Buka kembali' }));

    expect(await within(panel).findByRole('button', { name: 'Selesaikan' })).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', '/api/v1/rooms/41/reopen')).toHaveLength(1);
  });

  it('does not resolve when the customer wrote meanwhile: says so, shows the messages, and resolves anyway on request', async () => {
    storeSession();
    const { server, fetchMock, customerWrites } = roomServer(openRoom(), [makeMessage({ roomId: 41, body: 'Terima kasih kak' })]);
    const { user } = renderApp('/?room=41');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    await within(panel).findByText('Terima kasih kak');
    // The customer writes twice before the screen's next refresh.
    customerWrites('Eh tunggu kak', 'Paketnya rusak');
    await user.click(within(panel).getByRole('button', { name: 'Selesaikan' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Pelanggan menulis lagi: 2 pesan baru belum dibaca. Percakapan tidak diselesaikan.');
    expect(server.room.status).toBe('ASSIGNED');
    expect(await within(panel).findByText('Paketnya rusak')).toBeInTheDocument();
    expect(within(panel).queryByRole('img', { name: 'Selesai' })).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Selesaikan' })).toBeInTheDocument();
    expect(screen.queryByText('Percakapan dengan Siti Rahmawati diselesaikan.')).not.toBeInTheDocument();

    // Opening the new messages reads them (another version), so wait until the screen is current.
    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/v1/rooms/41/read').length).toBeGreaterThan(0));
    const current = tag(server.room);
    await user.click(within(notice).getByRole('button', { name: 'Tetap selesaikan' }));

    expect(await screen.findByText('Percakapan dengan Siti Rahmawati diselesaikan.')).toBeInTheDocument();
    const resolves = callsTo(fetchMock, 'POST', '/api/v1/rooms/41/resolve');
    expect(resolves[0]!.headers.get('If-Match')).toBe('"v4"');
    expect(resolves.at(-1)!.headers.get('If-Match')).toBe(current);
    expect(server.room.status).toBe('RESOLVED');
    expect(await within(panel).findByRole('img', { name: 'Selesai' })).toBeInTheDocument();
  });

  it('says so in English too, and names a change that is not a message generically', async () => {
    storeSession();
    const { server } = roomServer(openRoom(), []);
    const { user } = renderApp('/?room=41');

    await user.click(await screen.findByRole('button', { name: /English/ }));
    const panel = await screen.findByRole('region', { name: 'Conversation' });
    server.room = { ...server.room, version: 5, tags: [{ id: 4, name: 'Komplain', color: '#dc2626' }] };
    await user.click(await within(panel).findByRole('button', { name: 'Resolve' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('The conversation changed since you opened it. It was not resolved.');
    expect(within(notice).getByRole('button', { name: 'Resolve anyway' })).toBeInTheDocument();
    expect(await within(panel).findByText('Komplain')).toBeInTheDocument();
    expect(server.room.status).toBe('ASSIGNED');
  });

  it('sends If-Match when taking a room, and on 412 shows who has it now instead', async () => {
    storeSession();
    const { server, fetchMock } = roomServer(openRoom({ status: 'UNASSIGNED', assignee: null }), []);
    const { user } = renderApp('/?room=41');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    const take = await within(panel).findByRole('button', { name: 'Ambil percakapan' });
    server.room = { ...server.room, version: 5, status: 'ASSIGNED', assignee: { id: 3, name: 'Dewi Lestari', active: true } };
    await user.click(take);

    expect(await screen.findByRole('alert')).toHaveTextContent('Percakapan ini berubah sejak Anda membukanya; tidak ada yang diubah.');
    expect(callsTo(fetchMock, 'PUT', '/api/v1/rooms/41/assignee')[0]!.headers.get('If-Match')).toBe('"v4"');
    expect(await within(panel).findByText('Percakapan ini ditangani Dewi Lestari. Anda hanya dapat membaca.')).toBeInTheDocument();
    expect(server.room.assignee?.id).toBe(3);
  });
});
