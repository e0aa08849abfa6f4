import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import type { Message } from '@/lib/api/types';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const outbound = (roomId: number, overrides: Partial<Message>) =>
  makeMessage({ roomId, direction: 'OUTBOUND', sender: { id: 1, name: 'Budi Santoso' }, ...overrides });

async function openConversation(roomId: number, messages: Message[], extra: Parameters<typeof mockApi>[0] = {}) {
  storeSession();
  const fetchMock = mockApi({ ...inboxHandlers([makeRoom({ id: roomId })], { [roomId]: messages }), ...extra });
  const app = renderApp(`/?room=${roomId}`);
  const list = await screen.findByRole('list', { name: i18n.t('room.messagesLabel', { ns: 'inbox' }) });
  await within(list).findAllByRole('listitem');
  return { ...app, fetchMock, list };
}

describe('delivery ticks', () => {
  const statuses = ['QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED'] as const;
  const conversation = (roomId: number) => statuses.map((status) => outbound(roomId, { body: `pesan ${status}`, deliveryStatus: status }));

  it('names every delivery state of an outbound message in Indonesian', async () => {
    const { list } = await openConversation(51, conversation(51));
    for (const name of ['Mengantre', 'Terkirim', 'Diterima', 'Dibaca', 'Gagal terkirim'])
      expect(await within(list).findByRole('img', { name })).toBeInTheDocument();
  });

  it('names every delivery state of an outbound message in English', async () => {
    await i18n.changeLanguage('en');
    const { list } = await openConversation(52, conversation(52));
    for (const name of ['Queued', 'Sent', 'Delivered', 'Read', 'Not delivered'])
      expect(await within(list).findByRole('img', { name })).toBeInTheDocument();
  });
});

describe('failed messages', () => {
  it('explains a closed 24-hour window, shows the provider words, and retries into the queue', async () => {
    const failed = outbound(53, {
      body: 'Paket sudah dikirim',
      deliveryStatus: 'FAILED',
      failure: { reason: 'REENGAGEMENT_REQUIRED', code: 131047, title: 'Re-engagement message', detail: 'More than 24 hours have passed' },
    });
    const messages = [failed];
    const { user, fetchMock, list } = await openConversation(53, messages, {
      [`POST /api/v1/messages/${failed.id}/retry`]: () => {
        messages[0] = { ...failed, deliveryStatus: 'QUEUED', failure: null };
        return json(messages[0]);
      },
    });

    expect(await within(list).findByText(/Jendela 24 jam sudah tertutup.*hanya template/)).toBeInTheDocument();
    expect(within(list).getByText('Kode 131047 · Re-engagement message · More than 24 hours have passed')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Kirim ulang' }));

    expect(await within(list).findByRole('img', { name: 'Mengantre' })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Kirim ulang' })).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', `/api/v1/messages/${failed.id}/retry`)).toHaveLength(1);
  });

  it('shows the problem in the user language when the retry is refused', async () => {
    const failed = outbound(54, { deliveryStatus: 'FAILED', failure: { reason: 'CHANNEL_DISCONNECTED', code: null, title: null, detail: null } });
    const { user, list } = await openConversation(54, [failed], {
      [`POST /api/v1/messages/${failed.id}/retry`]: () => problem({ status: 422, code: 'channel-disconnected' }),
    });

    expect(await within(list).findByText('Kanal diputus sebelum pesan terkirim.')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Kirim ulang' }));
    expect(await within(list).findByRole('alert')).toHaveTextContent('Kanal ini sudah diputus.');
  });

  it('asks before retrying a message that may already have reached the customer', async () => {
    const failed = outbound(55, { deliveryStatus: 'FAILED', failure: { reason: 'AMBIGUOUS_TIMEOUT', code: null, title: null, detail: null } });
    const { user, fetchMock, list } = await openConversation(55, [failed], {
      [`POST /api/v1/messages/${failed.id}/retry`]: () => json({ ...failed, deliveryStatus: 'QUEUED', failure: null }),
    });
    const retryPath = `/api/v1/messages/${failed.id}/retry`;

    expect(await within(list).findByText(/mungkin sudah sampai ke pelanggan/)).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Kirim ulang (mungkin terkirim dua kali)' }));
    expect(within(list).getByText(/dapat membuatnya menerima pesan dua kali/)).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', retryPath)).toHaveLength(0);

    await user.click(within(list).getByRole('button', { name: 'Batal' }));
    expect(callsTo(fetchMock, 'POST', retryPath)).toHaveLength(0);

    await user.click(within(list).getByRole('button', { name: 'Kirim ulang (mungkin terkirim dua kali)' }));
    await user.click(within(list).getByRole('button', { name: 'Ya, kirim ulang' }));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', retryPath)).toHaveLength(1));
  });

  it('shows why a message failed but offers no retry in a room the reader may only read', async () => {
    storeSession();
    const room = makeRoom({ id: 59, status: 'ASSIGNED', assignee: { id: 3, name: 'Dewi Lestari', active: true } });
    const failed = outbound(59, { deliveryStatus: 'FAILED', failure: { reason: 'UNDELIVERABLE', code: 131026, title: null, detail: null } });
    mockApi(inboxHandlers([room], { 59: [failed] }));
    renderApp('/?room=59');

    const list = await screen.findByRole('list', { name: i18n.t('room.messagesLabel', { ns: 'inbox' }) });
    expect(await within(list).findByText(/nomor ini tidak terdaftar di WhatsApp/)).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /Kirim ulang/ })).not.toBeInTheDocument();
  });

  it('has a sentence in both languages for every failure reason', () => {
    const reasons = Object.keys(i18n.getResource('id', 'inbox', 'message.failure') as object);
    expect(reasons).toHaveLength(19);
    for (const reason of reasons) {
      expect(i18n.t(`message.failure.${reason as 'RELAY_ERROR'}`, { ns: 'inbox', lng: 'en' })).not.toContain('message.failure');
    }
  });
});

describe('message kinds', () => {
  it('renders location, contacts, replies, reactions, forwards and unsupported types as text', async () => {
    const quoted = outbound(56, { body: 'Mau warna apa kak?', deliveryStatus: 'READ' });
    const messages = [
      quoted,
      makeMessage({ roomId: 56, kind: 'LOCATION', body: '', content: { location: { latitude: -6.2, longitude: 106.816666, name: 'Monas', address: 'Gambir, Jakarta Pusat' } } }),
      makeMessage({ roomId: 56, kind: 'CONTACTS', body: '', content: { contacts: [{ name: 'Agus Salim', phones: ['+62 811 2233 4455'], emails: [] }] } }),
      makeMessage({ roomId: 56, kind: 'INTERACTIVE_REPLY', body: 'Merah', content: { reply: { type: 'BUTTON_REPLY', id: 'red', title: 'Merah' } }, replyTo: { providerMessageId: 'wamid.1', messageId: quoted.id } }),
      makeMessage({ roomId: 56, kind: 'TEXT', body: '<b>promo</b> dari teman', forwarded: true, reaction: '👍' }),
      makeMessage({ roomId: 56, kind: 'UNSUPPORTED', body: '', content: { unsupportedType: 'order' } }),
    ];
    const { list } = await openConversation(56, messages);

    expect(within(list).getByText('Monas')).toBeInTheDocument();
    expect(within(list).getByText('Gambir, Jakarta Pusat')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: /Buka di peta \(-6.2, 106.816666\)/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.openstreetmap\.org\/\?mlat=-6\.2&mlon=106\.816666/),
    );

    expect(within(list).getByText('Agus Salim')).toBeInTheDocument();
    expect(within(list).getByText(/\+62 811 2233 4455/)).toBeInTheDocument();

    expect(within(list).getByText('Memilih: Merah')).toBeInTheDocument();
    expect(within(list).getByText('Membalas pesan')).toBeInTheDocument();
    expect(within(list).getAllByText('Mau warna apa kak?')).toHaveLength(2);

    expect(within(list).getByText('Diteruskan')).toBeInTheDocument();
    expect(within(list).getByText('<b>promo</b> dari teman')).toBeInTheDocument();
    expect(list.querySelector('b')).toBeNull();
    expect(within(list).getByRole('img', { name: 'Reaksi pelanggan: 👍' })).toHaveTextContent('👍');

    expect(within(list).getByText('Jenis pesan tidak didukung: order')).toBeInTheDocument();
  });
});
