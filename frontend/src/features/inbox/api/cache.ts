import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Message, MessagePage, Room, RoomPage } from '@/lib/api/types';
import { inboxKeys } from './keys';

/**
 * Every write to the inbox's cache, one typed updater per cache shape. Mutations call these
 * instead of patching query data themselves, so each shape is known in one place.
 */
export type RoomListData = InfiniteData<RoomPage, string | null>;
export type MessagePageParam = { cursor?: string; around?: number };
export type ConversationData = InfiniteData<MessagePage, MessagePageParam>;

// Rooms as events last brought them, by id, for a short while: a list page fetched before an event
// but answered after it must not put the older version back on screen.
const recentRooms = new Map<number, { room: Room; at: number }>();
const RECENT_ROOM_MS = 30_000;

function remember(room: Room, now = Date.now()) {
  recentRooms.set(room.id, { room, at: now });
  for (const [id, entry] of recentRooms) if (now - entry.at > RECENT_ROOM_MS) recentRooms.delete(id);
}

/** `room`, or the newer version of it an event brought meanwhile. */
export function freshestRoom(room: Room): Room {
  const recent = recentRooms.get(room.id)?.room;
  return recent && recent.version > room.version ? recent : room;
}

// Messages as events last brought them (ticks, failures, retries), by id, with when they arrived: a
// conversation page requested before an event but answered after it must not put the older delivery
// status back (a QUEUED answer after the SENT event would stay until the next tick).
const recentMessages = new Map<number, { message: Message; at: number }>();

function rememberMessage(message: Message, now = Date.now()) {
  recentMessages.set(message.id, { message, at: now });
  for (const [id, entry] of recentMessages) if (now - entry.at > RECENT_ROOM_MS) recentMessages.delete(id);
}

/**
 * A conversation page requested at `requestedAt`, with every message an event changed since then as
 * that event brought it. An event that arrived before the request is already in its answer; one
 * that arrived while it was on its way may be newer, and any later change comes as a later event.
 */
export function withEventsSince(page: MessagePage, requestedAt: number): MessagePage {
  if (!page.items.some((item) => (recentMessages.get(item.id)?.at ?? -Infinity) >= requestedAt)) return page;
  return { ...page, items: page.items.map((item) => messageWithEventsSince(item, requestedAt)) };
}

/** A message an answer to a request made at `requestedAt` carried, or the version an event brought since. */
export function messageWithEventsSince(message: Message, requestedAt: number): Message {
  const recent = recentMessages.get(message.id);
  return recent && recent.at >= requestedAt ? recent.message : message;
}

/** Replaces a room only with the same or a newer version (an answer may overtake an event, or the reverse). */
function newerOrSame(current: Room | undefined, incoming: Room): boolean {
  return !current || incoming.version >= current.version;
}

/**
 * The fresh room in its own cache and in every loaded list page where it already is. An event
 * about a room nobody opened (`onlyIfLoaded`) leaves no entry behind.
 */
function putRoom(queryClient: QueryClient, room: Room, onlyIfLoaded = false) {
  if (!onlyIfLoaded || queryClient.getQueryData(inboxKeys.room(room.id)))
    queryClient.setQueryData<Room>(inboxKeys.room(room.id), (current) => (newerOrSame(current, room) ? room : current));
  queryClient.setQueriesData<RoomListData>({ queryKey: inboxKeys.roomLists() }, (data) => {
    if (!data?.pages.some((page) => page.items.some((item) => item.id === room.id && item !== room && newerOrSame(item, room))))
      return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => (item.id === room.id && newerOrSame(item, room) ? room : item)),
      })),
    };
  });
}

/**
 * A new message in every loaded view of its room that reaches the newest end (pages hold newest
 * first), once: the composer's own answer and the stream's event carry the same id.
 */
function putNewMessage(queryClient: QueryClient, message: Message) {
  queryClient.setQueriesData<ConversationData>({ queryKey: inboxKeys.conversations(message.roomId) }, (data) => {
    const [newest, ...older] = data?.pages ?? [];
    if (!data || !newest || newest.previousCursor) return data;
    if (data.pages.some((page) => page.items.some((item) => item.id === message.id))) return data;
    return { ...data, pages: [{ ...newest, items: [message, ...newest.items] }, ...older] };
  });
}

/** A message that changed in place (delivery ticks, a failure, a retry), in every loaded view of its room. */
function putMessage(queryClient: QueryClient, message: Message) {
  queryClient.setQueriesData<ConversationData>({ queryKey: inboxKeys.conversations(message.roomId) }, (data) => {
    if (!data?.pages.some((page) => page.items.some((item) => item.id === message.id))) return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => (item.id === message.id ? message : item)),
      })),
    };
  });
}

export function inboxCache(queryClient: QueryClient) {
  const refreshConversation = (roomId: number) =>
    void queryClient.invalidateQueries({ queryKey: inboxKeys.conversations(roomId) });
  /**
   * After a write: show the fresh room (when the API sent one), then let lists, counts and the
   * open room refetch (the room may have left the current tab; a reply may have assigned it).
   */
  const roomChanged = (room?: Room) => {
    if (room) putRoom(queryClient, room);
    void queryClient.invalidateQueries({ queryKey: inboxKeys.rooms() });
    void queryClient.invalidateQueries({ queryKey: inboxKeys.roomDetails() });
  };
  return {
    roomChanged,
    refreshConversation,
    /** The API's answer to a send; its ticks come as events (a gap in the stream reloads it all). */
    messageSent: (message: Message) => {
      putNewMessage(queryClient, message);
      roomChanged();
    },
    /** A message changed in place (a retry), as the API answered. */
    messageChanged: (message: Message) => putMessage(queryClient, message),
    /**
     * A room as the event stream reports it: patched where it is shown, nothing refetched (the
     * caller refreshes lists and counts, throttled, so rooms enter and leave tabs).
     */
    roomArrived: (room: Room) => {
      remember(room);
      putRoom(queryClient, room, true);
    },
    /** A message the stream reports, shown once wherever its room's newest messages are. */
    messageArrived: (message: Message) => {
      rememberMessage(message);
      putNewMessage(queryClient, message);
    },
    /** A message's delivery status or failure changed, as the stream reports it. */
    messageUpdated: (message: Message) => {
      rememberMessage(message);
      putMessage(queryClient, message);
    },
    /** The room as the cache holds it now (what the screen shows), if loaded. */
    shownRoom: (roomId: number) => queryClient.getQueryData<Room>(inboxKeys.room(roomId)),
    /** The newest version of a room anything here knows: an event, the open room, a list page. */
    knownRoom: (roomId: number): Room | undefined => {
      const candidates = [recentRooms.get(roomId)?.room, queryClient.getQueryData<Room>(inboxKeys.room(roomId))];
      for (const [, data] of queryClient.getQueriesData<RoomListData>({ queryKey: inboxKeys.roomLists() }))
        for (const page of data?.pages ?? []) candidates.push(page.items.find((item) => item.id === roomId));
      return candidates.reduce<Room | undefined>((best, room) => (room && (!best || room.version > best.version) ? room : best), undefined);
    },
  };
}
export type InboxCache = ReturnType<typeof inboxCache>;

export function useInboxCache(): InboxCache {
  const queryClient = useQueryClient();
  return useMemo(() => inboxCache(queryClient), [queryClient]);
}
