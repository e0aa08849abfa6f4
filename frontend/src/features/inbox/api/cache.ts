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

/** The fresh room in its own cache and in every loaded list page. */
function putRoom(queryClient: QueryClient, room: Room) {
  queryClient.setQueryData<Room>(inboxKeys.room(room.id), room);
  queryClient.setQueriesData<RoomListData>({ queryKey: inboxKeys.roomLists() }, (data) =>
    data && {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => (item.id === room.id ? room : item)),
      })),
    },
  );
}

/** A sent message on the newest page (pages hold newest first), so it shows before the next poll. */
function putSentMessage(queryClient: QueryClient, message: Message) {
  queryClient.setQueryData<ConversationData>(inboxKeys.conversation(message.roomId, null), (data) => {
    const [newest, ...older] = data?.pages ?? [];
    if (!data || !newest || newest.items.some((item) => item.id === message.id)) return data;
    return { ...data, pages: [{ ...newest, items: [message, ...newest.items] }, ...older] };
  });
}

/** A message that changed in place (e.g. a retry queued it again), in every loaded view of its room. */
function putMessage(queryClient: QueryClient, message: Message) {
  queryClient.setQueriesData<ConversationData>({ queryKey: inboxKeys.conversations(message.roomId) }, (data) =>
    data && {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => (item.id === message.id ? message : item)),
      })),
    },
  );
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
    messageSent: (message: Message) => {
      putSentMessage(queryClient, message);
      refreshConversation(message.roomId);
      roomChanged();
    },
    /** A message changed in place: show it at once, then let the conversation refetch. */
    messageChanged: (message: Message) => {
      putMessage(queryClient, message);
      refreshConversation(message.roomId);
    },
    /** The room as the cache holds it now (what the screen shows), if loaded. */
    shownRoom: (roomId: number) => queryClient.getQueryData<Room>(inboxKeys.room(roomId)),
  };
}
export type InboxCache = ReturnType<typeof inboxCache>;

export function useInboxCache(): InboxCache {
  const queryClient = useQueryClient();
  return useMemo(() => inboxCache(queryClient), [queryClient]);
}
