import { describe, expect, it } from 'vitest';
import { expiredRoom, inboxHandlers, makeMessage } from '@/testing/inbox-fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const room = expiredRoom({ id: 21 });

function sendRequests(fetchMock: ReturnType<typeof mockApi>) {
  return fetchMock.mock.calls
    .map(([input]) => input as Request)
    .filter((request) => request.method === 'POST' && request.url.endsWith('/rooms/21/template-messages'));
}

async function openDialog() {
  const { user } = renderApp('/?room=21');
  await user.click(await screen.findByRole('button', { name: 'Kirim template' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Kirim template' }) };
}

describe('template dialog', () => {
  it('lists approved templates, has one field per placeholder and renders the preview as they are filled', async () => {
    storeSession();
    const fetchMock = mockApi(inboxHandlers([room]));
    const { user, dialog } = await openDialog();

    expect(within(dialog).getByRole('radio', { name: /order_shipped/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /feedback_request/ })).toBeInTheDocument();
    const templatesCall = fetchMock.mock.calls.map(([input]) => new URL((input as Request).url)).find((url) => url.pathname === '/api/v1/templates')!;
    expect(templatesCall.searchParams.get('channelId')).toBe('1');
    expect(templatesCall.searchParams.get('status')).toBe('approved');

    const fields = ['Isian 1', 'Isian 2', 'Isian 3'].map((name) => within(dialog).getByRole('textbox', { name }));
    expect(within(dialog).queryByRole('textbox', { name: 'Isian 4' })).not.toBeInTheDocument();
    const send = within(dialog).getByRole('button', { name: 'Kirim template' });
    expect(send).toBeDisabled();

    const preview = within(dialog).getByTestId('template-preview');
    expect(preview).toHaveTextContent('Halo Siti Rahmawati, pesanan {{2}} sudah kami kirim');
    // "Halo {{1}}": the contact's name, already there.
    expect(fields[0]).toHaveValue('Siti Rahmawati');
    await user.clear(fields[0]!);
    await user.type(fields[0]!, 'Siti');
    await user.type(fields[1]!, 'ORD-123456');
    expect(preview).toHaveTextContent('Halo Siti, pesanan ORD-123456 sudah kami kirim. Lacak paket Anda dengan nomor resi {{3}}.');
    expect(send).toBeDisabled();
    await user.type(fields[2]!, 'JNE123');
    expect(preview).toHaveTextContent('nomor resi JNE123.');
    expect(send).toBeEnabled();

    await user.click(within(dialog).getByRole('radio', { name: /feedback_request/ }));
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(dialog).getByText('Template ini tidak memiliki isian.')).toBeInTheDocument();
  });

  it("labels each field with the template's example value and starts a name field with the contact's name", async () => {
    storeSession();
    mockApi({
      ...inboxHandlers([room]),
      'GET /api/v1/templates': () =>
        json({
          items: [
            {
              id: 7,
              channelId: 1,
              name: 'pickup_ready',
              language: 'id',
              category: 'UTILITY',
              body: 'Pesanan {{1}} atas nama {{2}} siap diambil di {{3}}.',
              placeholderCount: 3,
              status: 'APPROVED',
              examples: ['ORD-482913', 'Nama pelanggan', 'Toko Kemang'],
            },
          ],
        }),
    });
    const { dialog } = await openDialog();

    expect(within(dialog).getByRole('textbox', { name: 'Isian 1 · contoh: ORD-482913' })).toHaveValue('');
    expect(within(dialog).getByRole('textbox', { name: 'Isian 2 · contoh: Nama pelanggan' })).toHaveValue('Siti Rahmawati');
    const place = within(dialog).getByRole('textbox', { name: 'Isian 3 · contoh: Toko Kemang' });
    expect(place).toHaveValue('');
    expect(place).toHaveAttribute('placeholder', 'Toko Kemang');
    expect(within(dialog).getByTestId('template-preview')).toHaveTextContent('Pesanan {{1}} atas nama Siti Rahmawati siap diambil di {{3}}.');
  });

  it('reuses the Idempotency-Key when the same message is retried, and sends a new one for a changed message', async () => {
    storeSession();
    let attempt = 0;
    const fetchMock = mockApi({
      ...inboxHandlers([room]),
      'POST /api/v1/rooms/21/template-messages': async (request) => {
        attempt += 1;
        if (attempt === 1) return problem({ status: 503, code: 'internal-error' });
        const body = (await request.json()) as { parameters: string[] };
        return json(makeMessage({ roomId: 21, direction: 'OUTBOUND', kind: 'TEMPLATE', body: body.parameters.join(' ') }), { status: 201 });
      },
    });
    const { user, dialog } = await openDialog();

    await user.click(within(dialog).getByRole('radio', { name: /feedback_request/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Kirim template' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Terjadi kesalahan di server. Silakan coba lagi.');

    await user.click(within(dialog).getByRole('button', { name: 'Kirim template' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const [first, retry] = sendRequests(fetchMock);
    expect(first!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'));
    expect(await first!.json()).toEqual({ templateId: 4, parameters: [] });

    // A new message is a new intent: a new key.
    await user.click(screen.getByRole('button', { name: 'Kirim template' }));
    const again = await screen.findByRole('dialog', { name: 'Kirim template' });
    await user.click(within(again).getByRole('radio', { name: /feedback_request/ }));
    await user.click(within(again).getByRole('button', { name: 'Kirim template' }));
    await waitFor(() => expect(sendRequests(fetchMock)).toHaveLength(3));
    expect(sendRequests(fetchMock)[2]!.headers.get('Idempotency-Key')).not.toBe(first!.headers.get('Idempotency-Key'));
  });

  it('sends once on a double click', async () => {
    storeSession();
    let answer: (response: Response) => void = () => {};
    const fetchMock = mockApi({
      ...inboxHandlers([room]),
      'POST /api/v1/rooms/21/template-messages': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: /feedback_request/ }));
    const send = within(dialog).getByRole('button', { name: 'Kirim template' });
    await user.dblClick(send);
    expect(sendRequests(fetchMock)).toHaveLength(1);
    answer(json(makeMessage({ roomId: 21, direction: 'OUTBOUND', kind: 'TEMPLATE' }), { status: 201 }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('explains a taken room instead of showing a raw error', async () => {
    storeSession();
    mockApi({
      ...inboxHandlers([room]),
      'POST /api/v1/rooms/21/template-messages': () => problem({ status: 409, code: 'room-taken', detail: 'Room 21 was taken' }),
    });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: /feedback_request/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Kirim template' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Percakapan ini baru saja diambil oleh agen lain.');
  });
});
