import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Message, MessagePage } from '@/lib/api/types';
import { withEventsSince, type ConversationData, type MessagePageParam } from './cache';
import { inboxKeys } from './keys';

/** One page of a room's messages, newest first: the newest, older/newer than a cursor, or around a message. */
export async function getMessagePage(roomId: number, page: MessagePageParam, signal?: AbortSignal): Promise<MessagePage> {
  const requestedAt = Date.now();
  const answer = bodyOf(await apiClient.GET('/api/v1/rooms/{roomId}/messages', { params: { path: { roomId }, query: page }, signal }));
  return withEventsSince(answer, requestedAt);
}

function messagesOf(data: Pick<ConversationData, 'pages'> | undefined): Message[] {
  const byId = new Map<number, Message>();
  for (const page of data?.pages ?? []) for (const message of page.items) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}

/**
 * A room's conversation, oldest first, as one infinite query: from the newest end, or (with
 * `aroundId`, a search hit) opened at that message. Older pages load on demand (scrolling up),
 * newer ones too when opened around a message. New messages and delivery changes come from live
 * events; a reload after a gap in the stream refetches the loaded pages from the first one on.
 */
export function useConversation(roomId: number, aroundId: number | null) {
  const query = useInfiniteQuery({
    queryKey: inboxKeys.conversation(roomId, aroundId),
    queryFn: ({ pageParam, signal }) => getMessagePage(roomId, pageParam, signal),
    initialPageParam: (aroundId === null ? {} : { around: aroundId }) as MessagePageParam,
    getNextPageParam: (last): MessagePageParam | undefined => (last.nextCursor ? { cursor: last.nextCursor } : undefined),
    getPreviousPageParam: (first): MessagePageParam | undefined =>
      first.previousCursor ? { cursor: first.previousCursor } : undefined,
  });
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, hasPreviousPage, isFetchingPreviousPage, fetchPreviousPage } =
    query;
  const messages = useMemo(() => messagesOf(data), [data]);

  return {
    messages,
    isLoading: query.isPending,
    error: query.error,
    hasOlder: hasNextPage,
    isLoadingOlder: isFetchingNextPage,
    loadOlder: () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
    },
    /** False while a jumped-to page has not reached the newest messages yet. */
    connected: !hasPreviousPage,
    isLoadingNewer: isFetchingPreviousPage,
    loadNewer: () => {
      if (hasPreviousPage && !isFetchingPreviousPage) void fetchPreviousPage();
    },
    refetch: () => void query.refetch(),
  };
}
