import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message, Room } from '@/lib/api/types';
import { createEventServer, greetReady } from '@/testing/event-stream';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const dewi = { id: 3, name: 'Dewi Lestari', active: true };

afterEach(() => {
  vi.unstubAllGlobals();
});

function liveInbox(rooms: Room[], messages: Record<number, Message[]> = {}, extra: Parameters<typeof mockApi>[0] = {}) {
  storeSession();
  const server = createEventServer({ greet: greetReady });
  const fetchMock = mockApi({ ...inboxHandlers(rooms, messages), 'GET /api/v1/events': server.handler, ...extra });
  return { server, fetchMock };
}

async function connected(server: ReturnType<typeof createEventServer>) {
  await waitFor(() => expect(server.connections.length).toBeGreaterThan(0));
  return server.latest()!;
}

describe('the live inbox', () => {
  it('shows a colleague’s reply in the open conversation and the row, without a reload or losing the draft', async () => {
    const room = makeRoom({ id: 61, contact: { id: 61, name: 'Rina Wulandari', avatarUrl: null, phone: null }, version: 2 });
    const question = makeMessage({ roomId: 61, body: 'Paket saya di mana?' });
    const { server } = liveInbox([room], { 61: [question] });
    const { user } = renderApp('/?room=61');
    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(box, 'Draf saya');
    const stream = await connected(server);

    const reply = makeMessage({ roomId: 61, direction: 'OUTBOUND', body: 'Sudah dikirim kemarin, kak', sender: dewi, createdAt: new Date().toISOString() });
    stream.send('message.created', { roomId: 61, message: reply }, 2);
    stream.send('message.created', { roomId: 61, message: reply }, 2);
    stream.send('room.changed', {
      room: { ...room, version: 3, lastMessage: { preview: reply.body, direction: 'OUTBOUND', sender: { id: dewi.id, name: dewi.name }, createdAt: reply.createdAt }, lastActivityAt: reply.createdAt },
    }, 3);

    const panel = screen.getByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findAllByText('Sudah dikirim kemarin, kak')).toHaveLength(1);
    const row = screen.getByRole('link', { name: /Rina Wulandari/ });
    await waitFor(() => expect(row).toHaveTextContent('Sudah dikirim kemarin, kak'));
    expect(box).toHaveValue('Draf saya');
  });

  it('reloads what it shows after a resync, and nothing after a resumed ready', async () => {
    storeSession();
    const server = createEventServer();
    const fetchMock = mockApi({ ...inboxHandlers([makeRoom({ id: 62 })]), 'GET /api/v1/events': server.handler });
    const { queryClient } = renderApp('/');
    await screen.findByRole('link', { name: /Siti Rahmawati/ });
    const stream = await connected(server);
    stream.send('ready', { resumed: false }, 80);
    // Events are handled in order: once this shows, the ready's reload has started; let it finish.
    stream.send('presence', { roomId: 62, viewers: [{ id: 5, name: 'Sari Wulandari', typing: false }] });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(await screen.findByRole('img', { name: 'Juga dilihat oleh Sari Wulandari' })).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const lists = callsTo(fetchMock, 'GET', '/api/v1/rooms').length;

    stream.send('resync', {}, 90);
    await waitFor(() => expect(callsTo(fetchMock, 'GET', '/api/v1/rooms').length).toBe(lists + 1));

    // A drop, then a resume: the server replays what was missed (nothing here); nothing is refetched.
    stream.close();
    await waitFor(() => expect(server.connections).toHaveLength(2));
    expect(server.latest()!.request.headers.get('Last-Event-ID')).toBe('90');
    server.latest()!.send('ready', { resumed: true });
    server.latest()!.send('presence', { roomId: 62, viewers: [{ id: 3, name: 'Dewi Lestari', typing: false }] });
    expect(await screen.findByRole('img', { name: 'Juga dilihat oleh Dewi Lestari' })).toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', '/api/v1/rooms').length).toBe(lists + 1);
  });

  it('shows who else views the open room and who types, and tells the API this agent is here', async () => {
    const room = makeRoom({ id: 63 });
    const { server, fetchMock } = liveInbox([room], {}, {
      'GET /api/v1/presence': () => json({ rooms: [{ roomId: 63, viewers: [{ id: 1, name: 'Budi Santoso', typing: false }, { id: 3, name: 'Dewi Lestari', typing: false }] }] }),
    });
    renderApp('/?room=63');
    const panel = await screen.findByRole('region', { name: 'Percakapan' });

    expect(await within(panel).findByRole('img', { name: 'Juga dilihat oleh Dewi Lestari' })).toBeInTheDocument();
    const stream = await connected(server);
    stream.send('presence', { roomId: 63, viewers: [{ id: 3, name: 'Dewi Lestari', typing: true }] });
    expect(await within(panel).findByText('Dewi Lestari sedang mengetik…')).toBeInTheDocument();
    stream.send('presence', { roomId: 63, viewers: [] });
    await waitFor(() => expect(within(panel).queryByRole('img', { name: /Juga dilihat/ })).not.toBeInTheDocument());

    const [put] = callsTo(fetchMock, 'PUT', '/api/v1/rooms/63/presence');
    expect(await put!.json()).toEqual({ typing: false });
  });

  it('says who took the open room and keeps the draft', async () => {
    const room = makeRoom({ id: 64, version: 1 });
    const { server } = liveInbox([room]);
    const { user } = renderApp('/?room=64');
    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(box, 'Sebentar ya kak');
    const stream = await connected(server);

    stream.send('room.changed', { room: { ...room, version: 2, status: 'ASSIGNED', assignee: dewi } }, 5);

    expect(await screen.findByText('Dewi Lestari mengambil percakapan ini. Draf Anda tetap tersimpan.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Balasan' })).toHaveValue('Sebentar ya kak');
  });

  it('notifies of a customer message in an unassigned room that is not open, once turned on; not of a colleague’s room', async () => {
    const notification = Object.assign(vi.fn(), { permission: 'granted', requestPermission: vi.fn() });
    vi.stubGlobal('Notification', notification);
    window.localStorage.setItem('inbox.notifications.1', JSON.stringify({ desktop: true, sound: false }));
    const open = makeRoom({ id: 68 });
    const other = makeRoom({ id: 69, contact: { id: 69, name: 'Rudi Hermawan', avatarUrl: null, phone: null } });
    const colleagues = makeRoom({ id: 70, status: 'ASSIGNED', assignee: dewi });
    const { server } = liveInbox([open, other, colleagues]);
    renderApp('/?room=68');
    await screen.findByRole('textbox', { name: 'Balasan' });
    const stream = await connected(server);

    const customer = (room: Room, body: string) => {
      const message = makeMessage({ roomId: room.id, direction: 'INBOUND', body, createdAt: new Date().toISOString() });
      stream.send('message.created', { roomId: room.id, message }, message.id);
      stream.send('room.changed', { room: { ...room, version: room.version + 1, unreadCount: 1 } }, message.id + 1000);
    };
    customer(colleagues, 'Untuk Dewi');
    customer(open, 'Di ruang yang terbuka');
    customer(other, 'Halo, ada yang bisa bantu?');

    await waitFor(() => expect(notification).toHaveBeenCalledTimes(1));
    expect(notification).toHaveBeenCalledWith('Pesan baru dari Rudi Hermawan', expect.objectContaining({ body: 'Halo, ada yang bisa bantu?' }));
  });

  it('shows the unread count in the tab title', async () => {
    liveInbox([makeRoom({ id: 65 })], {}, { 'GET /api/v1/rooms/unread-count': () => json({ count: 4, capped: false }) });
    renderApp('/');

    await waitFor(() => expect(document.title).toBe('(4) Inbox'));
  });
});

describe('a stale reply', () => {
  it('shows the newer messages above the draft, keeps it, and sends it anyway with a new key on one click', async () => {
    const room = makeRoom({ id: 66 });
    const shown = makeMessage({ roomId: 66, body: 'Halo kak' });
    const newer = makeMessage({ roomId: 66, body: 'Eh, saya mau ganti alamat', createdAt: new Date().toISOString() });
    let refuse = true;
    const { fetchMock } = liveInbox([room], { 66: [shown] }, {
      'POST /api/v1/rooms/66/messages': async (request) => {
        if (refuse) {
          refuse = false;
          return problem({ status: 409, code: 'newer-messages' as never, messages: [newer] } as never);
        }
        const { text } = (await request.clone().json()) as { text: string };
        return json(makeMessage({ roomId: 66, direction: 'OUTBOUND', body: text, createdAt: new Date().toISOString() }), { status: 201 });
      },
    });
    const { user } = renderApp('/?room=66');
    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await screen.findByText('Halo kak');

    await user.type(box, 'Pesanan dikirim hari ini{Enter}');

    const warning = await screen.findByRole('region', { name: 'Pesan baru sebelum balasan Anda' });
    expect(within(warning).getByText('Eh, saya mau ganti alamat')).toBeInTheDocument();
    expect(within(warning).getByText('Siti Rahmawati')).toBeInTheDocument();
    expect(box).toHaveValue('Pesanan dikirim hari ini');

    await user.click(within(warning).getByRole('button', { name: 'Tetap kirim' }));

    await waitFor(() => expect(box).toHaveValue(''));
    expect(screen.queryByRole('region', { name: 'Pesan baru sebelum balasan Anda' })).not.toBeInTheDocument();
    const sends = callsTo(fetchMock, 'POST', '/api/v1/rooms/66/messages');
    expect(sends).toHaveLength(2);
    expect(await sends[0]!.json()).toEqual({ text: 'Pesanan dikirim hari ini', seenMessageId: shown.id });
    expect(await sends[1]!.json()).toEqual({ text: 'Pesanan dikirim hari ini', seenMessageId: newer.id });
    expect(sends[1]!.headers.get('Idempotency-Key')).not.toBe(sends[0]!.headers.get('Idempotency-Key'));
  });

  it('can be dismissed, and the draft stays', async () => {
    const room = makeRoom({ id: 67 });
    const newer = makeMessage({ roomId: 67, body: 'Halo?', createdAt: new Date().toISOString() });
    liveInbox([room], {}, {
      'POST /api/v1/rooms/67/messages': () => problem({ status: 409, code: 'newer-messages' as never, messages: [newer] } as never),
    });
    const { user } = renderApp('/?room=67');
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    await user.type(box, 'Baik{Enter}');
    const warning = await screen.findByRole('region', { name: 'Pesan baru sebelum balasan Anda' });
    await user.click(within(warning).getByRole('button', { name: 'Tutup peringatan' }));

    expect(screen.queryByRole('region', { name: 'Pesan baru sebelum balasan Anda' })).not.toBeInTheDocument();
    expect(box).toHaveValue('Baik');
  });
});
