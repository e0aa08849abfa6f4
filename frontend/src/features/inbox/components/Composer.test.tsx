import { describe, expect, it } from 'vitest';
import { expiredRoom, inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

describe('composer', () => {
  it('replaces the reply box of an expired room with the explanation and the template path', async () => {
    storeSession();
    mockApi(inboxHandlers([expiredRoom({ id: 31 })]));
    const { user } = renderApp('/?room=31');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByRole('heading', { name: 'Jendela balasan sudah tertutup' })).toBeInTheDocument();
    expect(within(panel).getByText(/Hanya template yang disetujui yang dapat dikirim/)).toBeInTheDocument();
    expect(within(panel).queryByRole('textbox', { name: 'Balasan' })).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Kirim template' }));
    expect(await screen.findByRole('dialog', { name: 'Kirim template' })).toBeInTheDocument();
  });

  it('sends a free-text reply with Enter in an open room and keeps Shift+Enter for new lines', async () => {
    storeSession();
    const conversation = { 32: [makeMessage({ roomId: 32, body: 'Paket saya di mana?' })] };
    const fetchMock = mockApi({
      ...inboxHandlers([makeRoom({ id: 32 })], conversation),
      'POST /api/v1/rooms/32/messages': async (request) => {
        const { text } = (await request.clone().json()) as { text: string };
        const message = makeMessage({ roomId: 32, direction: 'OUTBOUND', body: text, deliveryStatus: 'SENT', createdAt: new Date().toISOString() });
        conversation[32].push(message);
        return json(message, { status: 201 });
      },
    });
    const { user } = renderApp('/?room=32');

    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(box, 'Baik kak,{Shift>}{Enter}{/Shift}kami cek dulu{Enter}');

    expect(await screen.findByText(/kami cek dulu/, { selector: 'p' })).toBeInTheDocument();
    expect(box).toHaveValue('');
    const sent = fetchMock.mock.calls.map(([input]) => input as Request).find((request) => request.method === 'POST' && request.url.endsWith('/rooms/32/messages'))!;
    expect(await sent.json()).toEqual({ text: 'Baik kak,\nkami cek dulu' });
  });

  it('explains a window that closed meanwhile, keeps the text, and offers the template', async () => {
    storeSession();
    mockApi({
      ...inboxHandlers([makeRoom({ id: 33 })]),
      'POST /api/v1/rooms/33/messages': () => problem({ status: 422, code: 'window-expired', detail: 'The 24-hour window has closed' }),
    });
    const { user } = renderApp('/?room=33');

    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(box, 'Halo{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Jendela balasan percakapan ini sudah tertutup.');
    expect(box).toHaveValue('Halo');
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Kirim template' }).length).toBeGreaterThan(0));
  });
});
