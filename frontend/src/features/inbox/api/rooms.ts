import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiClient } from '@/lib/api/client';
import type { Room, RoomPage } from '@/lib/api/types';
import type { RoomQuery } from '../lib/inbox-url';
import { inboxKeys, POLL_MS } from './keys';

const PAGE_SIZE = 50;

/**
 * The room list, one keyset page at a time. It refreshes itself every few seconds; with many
 * pages loaded the refresh slows down, since every loaded page is fetched again.
 */
export function useRoomList(query: RoomQuery) {
  return useInfiniteQuery({
    queryKey: inboxKeys.roomList(query),
    queryFn: async ({ pageParam, signal }) =>
      (
        await apiClient.GET('/api/v1/rooms', {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam ?? undefined } },
          signal,
        })
      ).data!,
    initialPageParam: null as string | null,
    getNextPageParam: (last: RoomPage) => last.nextCursor ?? undefined,
    refetchInterval: (q) => POLL_MS * Math.max(1, Math.ceil((q.state.data?.pages.length ?? 1) / 4)),
    placeholderData: keepPreviousData,
  });
}

export function useRoomCounts(query: RoomQuery) {
  const { status: _status, sort: _sort, ...filters } = query;
  return useQuery({
    queryKey: inboxKeys.counts(filters),
    queryFn: async ({ signal }) =>
      (await apiClient.GET('/api/v1/rooms/counts', { params: { query: filters }, signal })).data!,
    refetchInterval: POLL_MS,
    placeholderData: keepPreviousData,
  });
}

export function useRoom(roomId: number | null) {
  return useQuery({
    queryKey: inboxKeys.room(roomId ?? 0),
    queryFn: async ({ signal }) =>
      (await apiClient.GET('/api/v1/rooms/{roomId}', { params: { path: { roomId: roomId! } }, signal })).data!,
    enabled: roomId !== null,
    refetchInterval: POLL_MS,
  });
}

/**
 * After a write: put the fresh room in its own cache and in every loaded list page, then let
 * the lists and counts refetch (the room may have left the current tab).
 */
export function useRoomChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (room?: Room) => {
      if (room) {
        queryClient.setQueryData(inboxKeys.room(room.id), room);
        queryClient.setQueriesData<{ pages: RoomPage[]; pageParams: unknown[] }>(
          { queryKey: [...inboxKeys.rooms, 'list'] },
          (data) =>
            data && {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((item) => (item.id === room.id ? room : item)),
              })),
            },
        );
      }
      void queryClient.invalidateQueries({ queryKey: inboxKeys.rooms });
      // The open room too: a reply or template may have assigned or reopened it.
      void queryClient.invalidateQueries({ queryKey: ['inbox', 'room'] });
    },
    [queryClient],
  );
}
