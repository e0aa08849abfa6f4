import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventServer, greetReady } from '@/testing/event-stream';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { demoUser, json, mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const budi = { id: demoUser.id, name: demoUser.name, active: true };
const sari = { id: 9, name: 'Sari Wulandari' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('handing a room over', () => {
  it('passes the agent’s room to the colleague chosen in the dialog, with the note, as the room was seen', async () => {
    storeSession();
    const room = makeRoom({ id: 71, status: 'ASSIGNED', assignee: budi, version: 4 });
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    mockApi({
      ...inboxHandlers([room]),
      'POST /api/v1/rooms/71/handover': async (request) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return json({ ...room, assignee: { id: 3, name: 'Dewi Lestari', active: true }, version: 5 });
      },
    });
    const { user } = renderApp('/?room=71');

    await user.click(await screen.findByRole('button', { name: 'Serahkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Serahkan percakapan' });
    expect(within(dialog).queryByRole('radio', { name: 'Budi Santoso' })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('searchbox', { name: 'Cari rekan' }), 'zzz');
    expect(within(dialog).getByText('Tidak ada rekan yang cocok.')).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('searchbox', { name: 'Cari rekan' }));
    await user.type(within(dialog).getByRole('searchbox', { name: 'Cari rekan' }), 'dew');
    expect(within(dialog).getByRole('button', { name: 'Serahkan' })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: 'Dewi Lestari' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Catatan untuk rekan (opsional)' }), 'Tolong cek resi besok');
    await user.click(within(dialog).getByRole('button', { name: 'Serahkan' }));

    expect(await screen.findByText('Percakapan diserahkan ke Dewi Lestari.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent).toEqual([{ body: { toUserId: 3, note: 'Tolong cek resi besok' }, ifMatch: '"v4"' }]);
  });

  it('tells the colleague a room was handed over to them, with the note, and opens it', async () => {
    storeSession();
    const room = makeRoom({ id: 72, contact: { id: 72, name: 'Rina Wijaya', avatarUrl: null, phone: null }, status: 'ASSIGNED', assignee: budi });
    const note = makeMessage({
      roomId: 72,
      direction: 'SYSTEM',
      kind: 'NOTE',
      body: 'Handed over by Sari Wulandari to Budi Santoso: Pelanggan VIP',
      sender: sari,
      system: { event: 'HANDED_OVER', target: { id: budi.id, name: budi.name }, note: 'Pelanggan VIP' },
    });
    const server = createEventServer({ greet: greetReady });
    mockApi({ ...inboxHandlers([room], { 72: [note] }), 'GET /api/v1/events': server.handler });
    const { user, router } = renderApp('/');
    await screen.findByText('Rina Wijaya');
    await waitFor(() => expect(server.connections.length).toBeGreaterThan(0));

    server.latest()!.send('message.created', { roomId: 72, message: note }, 2);

    const told = (await screen.findByText('Sari Wulandari menyerahkan percakapan kepada Anda')).closest('[role="status"]') as HTMLElement;
    expect(told).toHaveTextContent('Pelanggan VIP');
    await user.click(within(told).getByRole('button', { name: 'Buka' }));
    expect(new URLSearchParams(router.state.location.search).get('room')).toBe('72');
    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByText('Sari Wulandari menyerahkan percakapan ke Budi Santoso: Pelanggan VIP')).toBeInTheDocument();
  });

  it('tells only the colleague taking over, not who handed over nor a third agent', async () => {
    storeSession();
    const server = createEventServer({ greet: greetReady });
    mockApi({ ...inboxHandlers([makeRoom({ id: 73 })]), 'GET /api/v1/events': server.handler });
    renderApp('/');
    await screen.findByRole('link', { name: /Siti Rahmawati/ });
    await waitFor(() => expect(server.connections.length).toBeGreaterThan(0));
    const toDewi = makeMessage({
      roomId: 73,
      direction: 'SYSTEM',
      kind: 'NOTE',
      sender: budi,
      system: { event: 'HANDED_OVER', target: { id: 3, name: 'Dewi Lestari' }, note: null },
    });

    const selfToMe = { ...toDewi, id: toDewi.id + 1, system: { event: 'HANDED_OVER' as const, target: { id: budi.id, name: budi.name }, note: null } };
    const sariToMe = { ...selfToMe, id: toDewi.id + 2, sender: sari };

    server.latest()!.send('message.created', { roomId: 73, message: toDewi }, 2);
    server.latest()!.send('message.created', { roomId: 73, message: selfToMe }, 3);
    server.latest()!.send('message.created', { roomId: 73, message: sariToMe }, 4);

    // events arrive in order: once the last one is shown, the first two were passed over
    expect(await screen.findByText('Sari Wulandari menyerahkan percakapan kepada Anda')).toBeInTheDocument();
    expect(screen.getAllByText(/menyerahkan percakapan kepada Anda/)).toHaveLength(1);
  });
});
