import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Room, RoomPage } from '@/lib/api/types';
import type { RoomQuery } from '../lib/inbox-url';
import { freshestRoom, type RoomListData } from './cache';
import { inboxKeys } from './keys';

const PAGE_SIZE = 50;

export async function getRoomPage(query: RoomQuery, cursor: string | null, signal?: AbortSignal): Promise<RoomPage> {
  const page = bodyOf(
    await apiClient.GET('/api/v1/rooms', {
      params: { query: { ...query, limit: PAGE_SIZE, cursor: cursor ?? undefined } },
      signal,
    }),
  );
  return { ...page, items: page.items.map(freshestRoom) };
}

/** Loaded rooms in order; a room that moved between pages while they loaded shows once. */
function roomsOf(data: Pick<RoomListData, 'pages'> | undefined): Room[] {
  const seen = new Set<number>();
  const rooms: Room[] = [];
  for (const page of data?.pages ?? [])
    for (const room of page.items)
      if (!seen.has(room.id)) {
        seen.add(room.id);
        rooms.push(room);
      }
  return rooms;
}

/**
 * The room list, one keyset page at a time. Live events patch its rooms in place and then
 * refresh it (every loaded page, from the first), so rooms enter and leave it.
 */
export function useRoomList(query: RoomQuery) {
  const list = useInfiniteQuery({
    queryKey: inboxKeys.roomList(query),
    queryFn: ({ pageParam, signal }) => getRoomPage(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rooms = useMemo(() => roomsOf(list.data), [list.data]);
  return { ...list, rooms };
}
