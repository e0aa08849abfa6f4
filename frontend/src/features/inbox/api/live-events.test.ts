import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message, Room } from '@/lib/api/types';
import type { LiveEvent } from '@/lib/live/events';
import { makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { parseInboxView, roomFilterQuery, roomQuery } from '../lib/inbox-url';
import { inboxCache, type ConversationData, type MessagePageParam, type RoomListData } from './cache';
import { getMessagePage } from './conversation-query';
import { postRetry } from './retry-mutation';
import { inboxKeys } from './keys';
import { inboxLiveHandler } from './live-events';
import type { PresenceState } from './presence';

const allTab = inboxKeys.roomList(roomQuery(parseInboxView(new URLSearchParams())));
const countsKey = inboxKeys.counts(roomFilterQuery(roomQuery(parseInboxView(new URLSearchParams()))));
const unassignedTab = inboxKeys.roomList(roomQuery(parseInboxView(new URLSearchParams('tab=unassigned'))));

function listOf(...pages: Room[][]): RoomListData {
  return { pages: pages.map((items, index) => ({ items, nextCursor: index < pages.length - 1 ? `c${index}` : null })), pageParams: pages.map((_, i) => (i === 0 ? null : `c${i - 1}`)) } as RoomListData;
}

function conversationOf(messages: Message[], previousCursor: string | null = null): ConversationData {
  return { pages: [{ items: [...messages].reverse(), nextCursor: null, previousCursor }], pageParams: [{}] } as ConversationData;
}

function ids(data: RoomListData | undefined) {
  return data?.pages.map((page) => page.items.map((room) => [room.id, room.unreadCount]));
}

function setUp() {
  const queryClient = new QueryClient();
  const customerMessages: [Message, Room | undefined][] = [];
  const live = inboxLiveHandler(queryClient, {
    selfId: 1,
    refreshIntervalMs: 1000,
    onCustomerMessage: (message, room) => customerMessages.push([message, room]),
  });
  return { queryClient, live, customerMessages, send: (event: LiveEvent) => live.handle(event) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('live events in the inbox cache', () => {
  it('patch a changed room in place in the open room and every loaded list page, without refetching at once', () => {
    const { queryClient, send } = setUp();
    const room = makeRoom({ id: 1, unreadCount: 0, version: 3 });
    queryClient.setQueryData(allTab, listOf([makeRoom({ id: 9 })], [makeRoom({ id: 8 }), room]));
    queryClient.setQueryData(unassignedTab, listOf([room]));
    queryClient.setQueryData(inboxKeys.room(1), room);

    send({ event: 'room.changed', id: '10', data: { room: { ...room, unreadCount: 2, version: 4 } } });

    expect(ids(queryClient.getQueryData(allTab))).toEqual([[[9, 0]], [[8, 0], [1, 2]]]);
    expect(ids(queryClient.getQueryData(unassignedTab))).toEqual([[[1, 2]]]);
    expect(queryClient.getQueryData<Room>(inboxKeys.room(1))?.unreadCount).toBe(2);
    expect(queryClient.getQueryState(allTab)?.isInvalidated).toBe(false);
  });

  it('never puts an older version of a room over a newer one', () => {
    const { queryClient, send } = setUp();
    const room = makeRoom({ id: 1, version: 5, unreadCount: 4 });
    queryClient.setQueryData(allTab, listOf([room]));
    queryClient.setQueryData(inboxKeys.room(1), room);

    send({ event: 'room.changed', id: '10', data: { room: { ...room, version: 4, unreadCount: 1 } } });

    expect(ids(queryClient.getQueryData(allTab))).toEqual([[[1, 4]]]);
    expect(queryClient.getQueryData<Room>(inboxKeys.room(1))?.version).toBe(5);
  });

  it('refresh lists and counts after room events, at most once a second, so rooms enter and leave tabs', () => {
    vi.useFakeTimers();
    const { queryClient, send } = setUp();
    const counts = countsKey;
    queryClient.setQueryData(allTab, listOf([makeRoom({ id: 1 })]));
    queryClient.setQueryData(counts, { tabs: {} });
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');

    for (let i = 0; i < 5; i++) send({ event: 'room.changed', id: String(20 + i), data: { room: makeRoom({ id: 1, version: 10 + i }) } });
    vi.advanceTimersByTime(300);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(invalidate).toHaveBeenLastCalledWith({ queryKey: inboxKeys.rooms() });
    expect(queryClient.getQueryState(counts)?.isInvalidated).toBe(true);

    send({ event: 'room.changed', id: '30', data: { room: makeRoom({ id: 1, version: 30 }) } });
    vi.advanceTimersByTime(500);
    expect(invalidate).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('show a new message once, whether the stream or the composer brought it first', () => {
    const { queryClient, send } = setUp();
    const older = makeMessage({ roomId: 7 });
    const reply = makeMessage({ roomId: 7, direction: 'OUTBOUND', body: 'Baik kak' });
    const key = inboxKeys.conversation(7, null);
    queryClient.setQueryData(key, conversationOf([older]));

    inboxCache(queryClient).messageSent(reply);
    send({ event: 'message.created', id: '11', data: { roomId: 7, message: reply } });
    const colleague = makeMessage({ roomId: 7, direction: 'OUTBOUND', body: 'Dari Dewi' });
    send({ event: 'message.created', id: '12', data: { roomId: 7, message: colleague } });
    send({ event: 'message.created', id: '12', data: { roomId: 7, message: colleague } });

    const shown = queryClient.getQueryData<ConversationData>(key)!.pages.flatMap((page) => page.items.map((item) => item.id));
    expect(shown.sort()).toEqual([older.id, reply.id, colleague.id].sort());
  });

  it('leave a conversation opened at an older message alone until it reaches the newest end', () => {
    const { queryClient, send } = setUp();
    const old = makeMessage({ roomId: 7 });
    const key = inboxKeys.conversation(7, old.id);
    queryClient.setQueryData(key, conversationOf([old], 'newer-cursor'));

    send({ event: 'message.created', id: '13', data: { roomId: 7, message: makeMessage({ roomId: 7 }) } });

    expect(queryClient.getQueryData<ConversationData>(key)!.pages[0]!.items.map((item) => item.id)).toEqual([old.id]);
  });

  it('replace a message whose delivery changed', () => {
    const { queryClient, send } = setUp();
    const sent = makeMessage({ roomId: 7, direction: 'OUTBOUND', deliveryStatus: 'SENT' });
    queryClient.setQueryData(inboxKeys.conversation(7, null), conversationOf([sent]));

    send({ event: 'message.changed', id: '14', data: { roomId: 7, message: { ...sent, deliveryStatus: 'READ' } } });

    expect(queryClient.getQueryData<ConversationData>(inboxKeys.conversation(7, null))!.pages[0]!.items[0]!.deliveryStatus).toBe('READ');
  });

  it('refetch lists, counts, the open room and its messages after a bulk resolve', () => {
    const { queryClient, send } = setUp();
    queryClient.setQueryData(allTab, listOf([makeRoom({ id: 1 })]));
    queryClient.setQueryData(countsKey, { tabs: {} });
    queryClient.setQueryData(inboxKeys.room(1), makeRoom({ id: 1 }));
    queryClient.setQueryData(inboxKeys.conversation(1, null), conversationOf([]));

    send({ event: 'rooms.bulk-resolved', id: '15', data: { batchId: '0b9e6a52-3f1d-4f43-9d57-1c2f0f6a7e10', count: 61, by: { id: 3, name: 'Dewi' } } });

    for (const key of [allTab, countsKey, inboxKeys.room(1), inboxKeys.conversation(1, null)])
      expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it('refetch the reference list a reference.changed event names, and no other', () => {
    const { queryClient, send } = setUp();
    queryClient.setQueryData(inboxKeys.tags(), []);
    queryClient.setQueryData(inboxKeys.agents(), []);
    queryClient.setQueryData(inboxKeys.templates(1), []);

    send({ event: 'reference.changed', id: '16', data: { kind: 'templates' } });

    expect(queryClient.getQueryState(inboxKeys.templates(1))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(inboxKeys.tags())?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(inboxKeys.agents())?.isInvalidated).toBe(false);
  });

  it('leave rooms and lists alone when canned replies changed', () => {
    const { queryClient, send } = setUp();
    queryClient.setQueryData(inboxKeys.room(1), makeRoom({ id: 1 }));
    queryClient.setQueryData(allTab, listOf([makeRoom({ id: 1 })]));

    send({ event: 'reference.changed', id: '18', data: { kind: 'canned-replies' } });

    expect(queryClient.getQueryState(inboxKeys.room(1))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(allTab)?.isInvalidated).toBe(false);
  });

  it('apply presence to the loaded presence, leaving the user out', () => {
    const { queryClient, send } = setUp();
    queryClient.setQueryData<PresenceState>(inboxKeys.presence(1), {});

    send({
      event: 'presence',
      data: { roomId: 4, viewers: [{ id: 1, name: 'Budi', typing: false }, { id: 3, name: 'Dewi', typing: true }] },
    });

    expect(queryClient.getQueryData(inboxKeys.presence(1))).toEqual({ 4: [{ id: 3, name: 'Dewi', typing: true }] });
  });

  it('report a customer message with its room as the event right after it tells', () => {
    const { send, customerMessages } = setUp();
    const message = makeMessage({ roomId: 4, direction: 'INBOUND' });
    const room = makeRoom({ id: 4, assignee: null, version: 8 });

    send({ event: 'message.created', id: '17', data: { roomId: 4, message } });
    expect(customerMessages).toHaveLength(0);
    send({ event: 'room.changed', id: '18', data: { room } });

    expect(customerMessages).toEqual([[message, room]]);
  });
  it('keep a tick that arrived while the conversation was being refetched, when the older answer lands', async () => {
    const { queryClient, send } = setUp();
    const reply = makeMessage({ id: 501, roomId: 7, direction: 'OUTBOUND', deliveryStatus: 'QUEUED' });
    let answer: (response: Response) => void = () => {};
    const requested = new Promise<void>((asked) => {
      mockApi({
        'GET /api/v1/rooms/7/messages': () => {
          asked();
          return new Promise<Response>((resolve) => (answer = resolve));
        },
      });
    });
    const refetch = queryClient.fetchInfiniteQuery({
      queryKey: inboxKeys.conversation(7, null),
      queryFn: ({ pageParam, signal }) => getMessagePage(7, pageParam, signal),
      initialPageParam: {} as MessagePageParam,
    });

    await requested;
    // the relay's SENT commits after the page was read, and its event arrives before the answer
    send({ event: 'message.changed', id: '11', data: { roomId: reply.roomId, message: { ...reply, deliveryStatus: 'SENT' } } });
    answer(json({ items: [reply], nextCursor: null, previousCursor: null }));
    await refetch;

    const shown = queryClient.getQueryData<ConversationData>(inboxKeys.conversation(7, null));
    expect(shown?.pages[0]?.items.map((message) => message.deliveryStatus)).toEqual(['SENT']);
  });

  it('show a colleague’s edit of a contact where a panel shows it, and keep an older version out', () => {
    const { queryClient, send } = setUp();
    const shown = {
      id: 7, name: 'Siti', phone: '+6281234567890', externalId: '6281234567890', avatarUrl: null, channels: [],
      notes: 'lama', attributes: {}, version: 2,
    };
    queryClient.setQueryData(inboxKeys.contact(7), shown);

    send({ event: 'contact.changed', id: '40', data: { contact: { ...shown, notes: 'baru', version: 3 } } });
    expect(queryClient.getQueryData<typeof shown>(inboxKeys.contact(7))?.notes).toBe('baru');
    send({ event: 'contact.changed', id: '41', data: { contact: { ...shown, notes: 'lama', version: 2 } } });
    expect(queryClient.getQueryData<typeof shown>(inboxKeys.contact(7))?.notes).toBe('baru');
    send({ event: 'contact.changed', id: '42', data: { contact: { ...shown, id: 8, version: 1 } } });
    expect(queryClient.getQueryData(inboxKeys.contact(8))).toBeUndefined();
  });
  it('keep the tick of a retried message when the retry\'s answer (QUEUED) lands after the SENT event', async () => {
    const { queryClient, send } = setUp();
    const failed = makeMessage({ id: 502, roomId: 7, direction: 'OUTBOUND', deliveryStatus: 'FAILED' });
    queryClient.setQueryData(inboxKeys.conversation(7, null), conversationOf([failed]));
    let answer: (response: Response) => void = () => {};
    const requested = new Promise<void>((asked) => {
      mockApi({
        'POST /api/v1/messages/502/retry': () => {
          asked();
          return new Promise<Response>((resolve) => (answer = resolve));
        },
      });
    });
    const retried = postRetry(502);

    await requested;
    send({ event: 'message.changed', id: '12', data: { roomId: 7, message: { ...failed, deliveryStatus: 'SENT' } } });
    answer(json({ ...failed, deliveryStatus: 'QUEUED' }));
    inboxCache(queryClient).messageChanged(await retried);

    const shown = queryClient.getQueryData<ConversationData>(inboxKeys.conversation(7, null));
    expect(shown?.pages[0]?.items.map((message) => message.deliveryStatus)).toEqual(['SENT']);
  });
});
