import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { apiClient } from '@/lib/api/client';
import type { Message, MessagePage } from '@/lib/api/types';
import { inboxKeys, POLL_MS } from './keys';

type PageParam = { cursor: string } | { around: number };

async function fetchMessages(roomId: number, param: Partial<PageParam> & { limit?: number }, signal: AbortSignal) {
  return (await apiClient.GET('/api/v1/rooms/{roomId}/messages', { params: { path: { roomId }, query: param }, signal }))
    .data!;
}

/**
 * A room's conversation, oldest first. The newest page is polled; older pages load on demand
 * (scrolling up). With `aroundId` (a search hit) the conversation opens at that message and
 * newer pages load on demand until they meet the polled newest page.
 */
export function useConversation(roomId: number, aroundId: number | null) {
  const latest = useQuery({
    queryKey: inboxKeys.latestMessages(roomId),
    queryFn: ({ signal }) => fetchMessages(roomId, {}, signal),
    refetchInterval: POLL_MS,
  });

  // Where the paged history starts: the jumped-to message, or (once the user scrolls up) the
  // older end of the newest page. Captured once, so the page keys stay stable while polling.
  const [olderStart, setOlderStart] = useState<{ roomId: number; cursor: string } | null>(null);
  const start: PageParam | null =
    aroundId !== null
      ? { around: aroundId }
      : olderStart && olderStart.roomId === roomId
        ? { cursor: olderStart.cursor }
        : null;

  const pages = useInfiniteQuery({
    queryKey: inboxKeys.messagePages(roomId, start ? JSON.stringify(start) : ''),
    queryFn: ({ pageParam, signal }) => fetchMessages(roomId, pageParam, signal),
    enabled: start !== null,
    initialPageParam: start ?? { cursor: '' },
    getNextPageParam: (last: MessagePage): PageParam | undefined =>
      last.nextCursor ? { cursor: last.nextCursor } : undefined,
    getPreviousPageParam: (first: MessagePage): PageParam | undefined =>
      first.previousCursor ? { cursor: first.previousCursor } : undefined,
  });

  const latestItems = latest.data?.items;
  const pageList = pages.data?.pages;
  const { messages, connected } = useMemo(() => {
    const latestIds = new Set((latestItems ?? []).map((message) => message.id));
    const firstPage = pageList?.[0];
    // The paged history meets the newest page when it reaches the newest end or overlaps it.
    const isConnected =
      !pageList ||
      !firstPage ||
      firstPage.previousCursor === null ||
      firstPage.items.some((message) => latestIds.has(message.id));
    const byId = new Map<number, Message>();
    for (const page of pageList ?? []) for (const message of page.items) byId.set(message.id, message);
    if (isConnected) for (const message of latestItems ?? []) byId.set(message.id, message);
    const sorted = [...byId.values()].sort(
      (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id,
    );
    return { messages: sorted, connected: isConnected };
  }, [latestItems, pageList]);

  const hasOlder = pages.data ? pages.hasNextPage : Boolean(latest.data?.nextCursor);
  const loadOlder = () => {
    if (pages.data) {
      if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
    } else if (latest.data?.nextCursor && start === null) {
      setOlderStart({ roomId, cursor: latest.data.nextCursor });
    }
  };
  const loadNewer = () => {
    if (pages.hasPreviousPage && !pages.isFetchingPreviousPage) void pages.fetchPreviousPage();
  };

  return {
    messages,
    isLoading: latest.isPending || (start !== null && pages.isPending),
    error: latest.error ?? pages.error,
    hasOlder,
    isLoadingOlder: pages.isFetchingNextPage || (start !== null && pages.isPending && aroundId === null),
    loadOlder,
    /** False while a jumped-to page has not reached the newest messages yet. */
    connected,
    isLoadingNewer: pages.isFetchingPreviousPage,
    loadNewer,
    refetch: () => {
      void latest.refetch();
      if (pages.data) void pages.refetch();
    },
  };
}
