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
    const question = makeMessage({ roomId: 32, body: 'Paket saya di mana?' });
    const conversation = { 32: [question] };
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
    // The reply says which message it answers to: the newest one shown (the stale-reply check).
    expect(await sent.json()).toEqual({ text: 'Baik kak,\nkami cek dulu', seenMessageId: question.id });
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

  it('sends one Idempotency-Key per message: the same while a failed draft is retried, a new one after it is sent', async () => {
    storeSession();
    const outcomes: (() => Response | Promise<Response>)[] = [
      () => problem({ status: 503, code: 'database-unavailable' }, { 'Retry-After': '2' }),
      () => Promise.reject(new TypeError('fetch failed')),
    ];
    const fetchMock = mockApi({
      ...inboxHandlers([makeRoom({ id: 34 })]),
      'POST /api/v1/rooms/34/messages': async (request) => {
        const next = outcomes.shift();
        if (next) return next();
        const { text } = (await request.clone().json()) as { text: string };
        return json(makeMessage({ roomId: 34, direction: 'OUTBOUND', body: text, createdAt: new Date().toISOString() }), { status: 201 });
      },
    });
    const { user } = renderApp('/?room=34');

    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(box, 'Sudah kami kirim{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Server sedang tidak dapat menjangkau database; coba lagi sebentar.');
    await user.type(box, '{Enter}');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server.'));
    await user.type(box, '{Enter}');
    await waitFor(() => expect(box).toHaveValue(''));
    await user.type(box, 'Ada lagi kak?{Enter}');
    await waitFor(() => expect(box).toHaveValue(''));

    const keys = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .filter((request) => request.method === 'POST' && request.url.endsWith('/rooms/34/messages'))
      .map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
  });
});
