import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { fireEvent, renderApp, screen, waitFor } from '@/testing/test-utils';

function pick(file: File) {
  fireEvent.change(screen.getByTestId('attachment-input'), { target: { files: [file] } });
}

function png(name = 'foto.png', size = 2048) {
  return new File([new Uint8Array(size)], name, { type: 'image/png' });
}

describe('attachments in the composer', () => {
  it('shows the chosen file as a chip with its size, which can be removed', async () => {
    storeSession();
    mockApi(inboxHandlers([makeRoom({ id: 81 })]));
    const { user } = renderApp('/?room=81');
    await screen.findByRole('textbox', { name: 'Balasan' });
    expect(screen.getByTestId('attachment-input')).toHaveAttribute('accept', expect.stringContaining('image/png'));

    pick(png('foto produk.png', 2048));

    expect(await screen.findByText('foto produk.png')).toBeInTheDocument();
    expect(screen.getByText('2 KB')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hapus foto produk.png' }));
    expect(screen.queryByText('foto produk.png')).not.toBeInTheDocument();
  });

  it('sends the file with the text as its caption, as multipart, with an Idempotency-Key', async () => {
    storeSession();
    const conversation = { 82: [makeMessage({ roomId: 82 })] };
    const fetchMock = mockApi({
      ...inboxHandlers([makeRoom({ id: 82 })], conversation),
      'POST /api/v1/rooms/82/attachments': () => {
        const message = makeMessage({ roomId: 82, direction: 'OUTBOUND', kind: 'IMAGE', body: 'Ini fotonya', deliveryStatus: 'QUEUED',
          content: { media: { mimeType: 'image/png', caption: 'Ini fotonya', size: 2048 } } });
        return json(message, { status: 201 });
      },
    });
    const { user } = renderApp('/?room=82');
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    pick(png());
    await user.type(box, 'Ini fotonya{Enter}');

    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/v1/rooms/82/attachments')).toHaveLength(1));
    const [request] = callsTo(fetchMock, 'POST', '/api/v1/rooms/82/attachments');
    expect(request!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const form = await request!.formData();
    expect(form.get('caption')).toBe('Ini fotonya');
    // The newest message shown, for the stale-reply check.
    expect(form.get('seenMessageId')).toBe(String(conversation[82][0]!.id));
    // (jsdom's File loses its name in Node's FormData; a browser sends it as the part's filename)
    expect((form.get('file') as Blob).size).toBe(2048);
    await waitFor(() => expect(screen.queryByText('foto.png')).not.toBeInTheDocument());
    expect(box).toHaveValue('');
  });

  it('refuses a file too large or of a type WhatsApp does not take, in both languages', async () => {
    storeSession();
    mockApi(inboxHandlers([makeRoom({ id: 83 })]));
    renderApp('/?room=83');
    await screen.findByRole('textbox', { name: 'Balasan' });

    pick(png('besar.png', 6 * 1024 * 1024));
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas terlalu besar: WhatsApp menerima paling besar 5 MB');
    expect(screen.queryByText('besar.png')).not.toBeInTheDocument();

    await i18n.changeLanguage('en');
    pick(new File(['<script>'], 'page.html', { type: 'text/html' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('WhatsApp does not accept this file type.');
  });

  it('says why the API refused the file', async () => {
    storeSession();
    mockApi({
      ...inboxHandlers([makeRoom({ id: 84 })]),
      'POST /api/v1/rooms/84/attachments': () => problem({ status: 413, code: 'attachment-too-large' }),
    });
    const { user } = renderApp('/?room=84');
    await screen.findByRole('textbox', { name: 'Balasan' });

    pick(png());
    await user.click(screen.getByRole('button', { name: 'Kirim' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas terlalu besar untuk WhatsApp.');
    expect(screen.getByText('foto.png')).toBeInTheDocument();
  });
});
