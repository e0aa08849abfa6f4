import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { RoomCounts } from '@/lib/api/types';
import type { RoomFilterQuery } from '../lib/inbox-url';
import { inboxKeys } from './keys';

export async function getRoomCounts(filters: RoomFilterQuery, signal?: AbortSignal): Promise<RoomCounts> {
  return bodyOf(await apiClient.GET('/api/v1/rooms/counts', { params: { query: filters }, signal }));
}

/** Rooms per tab and per session state, under the same filters as the list; live events refresh it. */
export function useRoomCounts(filters: RoomFilterQuery) {
  return useQuery({
    queryKey: inboxKeys.counts(filters),
    queryFn: ({ signal }) => getRoomCounts(filters, signal),
    placeholderData: keepPreviousData,
  });
}
