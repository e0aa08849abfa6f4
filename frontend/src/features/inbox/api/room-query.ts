import { skipToken, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Room } from '@/lib/api/types';
import { freshestRoom } from './cache';
import { inboxKeys } from './keys';

export async function getRoom(roomId: number, signal?: AbortSignal): Promise<Room> {
  return freshestRoom(bodyOf(await apiClient.GET('/api/v1/rooms/{roomId}', { params: { path: { roomId } }, signal })));
}

/** The open room; live events keep it fresh. Nothing is fetched without one. */
export function useRoom(roomId: number | null) {
  return useQuery({
    queryKey: inboxKeys.room(roomId ?? 0),
    queryFn: roomId === null ? skipToken : ({ signal }) => getRoom(roomId, signal),
  });
}
