import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n';
import type { Message } from '@/lib/api/types';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

// jsdom has no object URLs: a stand-in that hands out and records them
const created: Blob[] = [];
const revoked: string[] = [];
beforeEach(() => {
  created.length = 0;
  revoked.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob);
    return `blob:test/${created.length}`;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
});
afterEach(() => vi.unstubAllGlobals());

function file(type: string, body = 'bytes'): Response {
  return new Response(new Blob([body], { type }), { status: 200, headers: { 'Content-Type': type } });
}

async function openConversation(roomId: number, messages: Message[], extra: Parameters<typeof mockApi>[0] = {}) {
  storeSession();
  const fetchMock = mockApi({ ...inboxHandlers([makeRoom({ id: roomId })], { [roomId]: messages }), ...extra });
  const app = renderApp(`/?room=${roomId}`);
  const list = await screen.findByRole('list', { name: i18n.t('room.messagesLabel', { ns: 'inbox' }) });
  await within(list).findAllByRole('listitem');
  return { ...app, fetchMock, list };
}

describe('message files', () => {
  it('shows an image inline from the API with the session token, with its caption', async () => {
    const image = makeMessage({ roomId: 71, kind: 'IMAGE', body: 'Foto paket rusak', content: { media: { id: 'm1', mimeType: 'image/jpeg', caption: 'Foto paket rusak' } } });
    const { fetchMock, list } = await openConversation(71, [image], {
      [`GET /api/v1/messages/${image.id}/media`]: () => file('image/jpeg'),
    });

    const img = await within(list).findByRole('img', { name: 'Foto paket rusak' });
    expect(img).toHaveAttribute('src', 'blob:test/1');
    expect(within(list).getByText('Foto paket rusak', { selector: 'p' })).toBeInTheDocument();
    const [request] = callsTo(fetchMock, 'GET', `/api/v1/messages/${image.id}/media`);
    expect(request!.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('holds a fixed place while loading, then says why a file failed and retries it', async () => {
    const sticker = makeMessage({ roomId: 72, kind: 'IMAGE', body: '[image]', content: { media: { id: 'm2', mimeType: 'image/jpeg' } } });
    let attempts = 0;
    const { user, list } = await openConversation(72, [sticker], {
      [`GET /api/v1/messages/${sticker.id}/media`]: () => {
        attempts += 1;
        return attempts === 1 ? problem({ status: 502, code: 'media-unavailable' }) : file('image/jpeg');
      },
    });

    expect(await within(list).findByRole('alert')).toHaveTextContent('WhatsApp tidak memberikan berkasnya');
    await user.click(within(list).getByRole('button', { name: /Coba lagi/ }));

    expect(await within(list).findByRole('img', { name: 'Gambar' })).toHaveAttribute('src', 'blob:test/1');
    expect(attempts).toBe(2);
  });

  it('explains a demo channel file in English too', async () => {
    await i18n.changeLanguage('en');
    const image = makeMessage({ roomId: 73, kind: 'IMAGE', body: '[image]', content: { media: { id: 'm3', mimeType: 'image/jpeg' } } });
    const { list } = await openConversation(73, [image], {
      [`GET /api/v1/messages/${image.id}/media`]: () => problem({ status: 404, code: 'media-not-in-sandbox' }),
    });

    expect(await within(list).findByRole('alert')).toHaveTextContent('came through a demo channel');
    expect(within(list).getByRole('button', { name: /Try again/ })).toBeInTheDocument();
  });

  it('plays audio and video with the browser controls', async () => {
    const audio = makeMessage({ roomId: 74, kind: 'AUDIO', body: '[voice message]', content: { media: { id: 'm4', mimeType: 'audio/ogg', voice: true } } });
    const video = makeMessage({ roomId: 74, kind: 'VIDEO', body: '[video]', content: { media: { id: 'm5', mimeType: 'video/mp4' } } });
    const { list } = await openConversation(74, [audio, video], {
      [`GET /api/v1/messages/${audio.id}/media`]: () => file('audio/ogg'),
      [`GET /api/v1/messages/${video.id}/media`]: () => file('video/mp4'),
    });

    await waitFor(() => expect(list.querySelector('audio[controls]')).not.toBeNull());
    await waitFor(() => expect(list.querySelector('video[controls]')).not.toBeNull());
    expect(within(list).getByText('Pesan suara')).toBeInTheDocument();
  });

  it('offers a document to open by its name and size, fetched only when asked for', async () => {
    const document = makeMessage({ roomId: 75, kind: 'DOCUMENT', direction: 'OUTBOUND', deliveryStatus: 'SENT', body: '[document] invoice-0042.pdf',
      content: { media: { mimeType: 'application/pdf', filename: 'invoice-0042.pdf', size: 1536 } } });
    const { user, fetchMock, list } = await openConversation(75, [document], {
      [`GET /api/v1/messages/${document.id}/media`]: () => file('application/pdf'),
    });

    const open = await within(list).findByRole('button', { name: 'Buka invoice-0042.pdf' });
    expect(open).toHaveTextContent('1,5 KB');
    expect(callsTo(fetchMock, 'GET', `/api/v1/messages/${document.id}/media`)).toHaveLength(0);

    await user.click(open);
    await waitFor(() => expect(callsTo(fetchMock, 'GET', `/api/v1/messages/${document.id}/media`)).toHaveLength(1));
    await waitFor(() => expect(revoked).toContain('blob:test/1'));
  });

  it('revokes the object URL when the conversation goes away', async () => {
    const image = makeMessage({ roomId: 76, kind: 'STICKER', body: '[sticker]', content: { media: { id: 'm6', mimeType: 'image/webp' } } });
    const { list, unmount } = await openConversation(76, [image], {
      [`GET /api/v1/messages/${image.id}/media`]: () => file('image/webp'),
    });
    await within(list).findByRole('img', { name: 'Stiker' });

    unmount();

    expect(revoked).toContain('blob:test/1');
  });
});
