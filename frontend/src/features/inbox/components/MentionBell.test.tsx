import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '@/lib/api/types';
import { createEventServer, greetReady } from '@/testing/event-stream';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

afterEach(() => {
  vi.unstubAllGlobals();
});

function mention(overrides: Partial<Mention> = {}): Mention {
  return {
    id: 7,
    messageId: 900,
    roomId: 51,
    contactName: 'Siti Rahma',
    author: { id: 3, name: 'Dewi Lestari' },
    body: '@Budi Santoso tolong cek faktur',
    createdAt: new Date().toISOString(),
    readAt: null,
    ...overrides,
  };
}

describe('the mention bell', () => {
  it('counts unread mentions and opens the room at the note, marking it read', async () => {
    storeSession();
    const room = makeRoom({ id: 51, contact: { id: 51, name: 'Siti Rahma', avatarUrl: null, phone: null } });
    const note = makeMessage({ id: 900, roomId: 51, direction: 'INTERNAL', kind: 'NOTE', body: '@Budi Santoso tolong cek faktur' });
    const fetchMock = mockApi({
      ...inboxHandlers([room], { 51: [note] }),
      'GET /api/v1/mentions': () => json({ items: [mention()], nextCursor: null, unreadCount: 1 }),
      'POST /api/v1/mentions/7/read': () => new Response(null, { status: 204 }),
    });
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Sebutan, 1 belum dibaca' }));
    const list = await screen.findByRole('region', { name: 'Sebutan untuk Anda' });
    await user.click(within(list).getByRole('button', { name: /Dewi Lestari di percakapan Siti Rahma/ }));

    await waitFor(() => expect(router.state.location.search).toBe('?room=51&msg=900'));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/v1/mentions/7/read')).toHaveLength(1));
  });

  it('tells the mentioned user at once when the stream reports a mention', async () => {
    storeSession();
    const server = createEventServer({ greet: greetReady });
    let unread = 0;
    mockApi({
      ...inboxHandlers([]),
      'GET /api/v1/events': server.handler,
      'GET /api/v1/mentions': () => json({ items: unread ? [mention()] : [], nextCursor: null, unreadCount: unread }),
    });
    renderApp('/');
    expect(await screen.findByRole('button', { name: 'Sebutan' })).toBeInTheDocument();
    await waitFor(() => expect(server.connections.length).toBeGreaterThan(0));

    unread = 1;
    server.latest()!.send('mention.created', { userId: 1, mention: mention() }, 2);

    expect(await screen.findByText('Dewi Lestari menyebut Anda di percakapan Siti Rahma')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Sebutan, 1 belum dibaca' })).toBeInTheDocument();
  });
});
