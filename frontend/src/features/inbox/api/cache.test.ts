import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { inboxCache, type ConversationData, type RoomListData } from './cache';
import { inboxKeys } from './keys';
import { roomQuery, parseInboxView } from '../lib/inbox-url';

describe('the inbox cache updaters', () => {
  it('put a changed room in its own cache and in every loaded list page', () => {
    const queryClient = new QueryClient();
    const room = makeRoom({ id: 1, unreadCount: 2 });
    const other = makeRoom({ id: 2 });
    const listKey = inboxKeys.roomList(roomQuery(parseInboxView(new URLSearchParams())));
    queryClient.setQueryData<RoomListData>(listKey, {
      pages: [{ items: [other, room], nextCursor: null }],
      pageParams: [null],
    } as RoomListData);

    inboxCache(queryClient).roomChanged({ ...room, unreadCount: 0 });

    expect(queryClient.getQueryData(inboxKeys.room(1))).toMatchObject({ id: 1, unreadCount: 0 });
    const list = queryClient.getQueryData<RoomListData>(listKey)!;
    expect(list.pages[0]!.items.map((item) => [item.id, item.unreadCount])).toEqual([
      [2, 0],
      [1, 0],
    ]);
  });

  it('show a sent message on the newest page once, even when the poll already brought it', () => {
    const queryClient = new QueryClient();
    const older = makeMessage({ roomId: 7 });
    const sent = makeMessage({ roomId: 7, direction: 'OUTBOUND' });
    const key = inboxKeys.conversation(7, null);
    queryClient.setQueryData<ConversationData>(key, {
      pages: [{ items: [older], nextCursor: null, previousCursor: null }],
      pageParams: [{}],
    } as ConversationData);

    const cache = inboxCache(queryClient);
    cache.messageSent(sent);
    cache.messageSent(sent);

    expect(queryClient.getQueryData<ConversationData>(key)!.pages[0]!.items.map((item) => item.id)).toEqual([sent.id, older.id]);
  });
});
