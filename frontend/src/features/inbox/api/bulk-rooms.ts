import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { BulkRoomsRequest, BulkRoomsResult } from '@/lib/api/types';
import { useInboxCache } from './cache';

export async function postBulkRooms(body: BulkRoomsRequest): Promise<BulkRoomsResult> {
  return bodyOf(await apiClient.POST('/api/v1/rooms/bulk', { body }));
}

/** One change (resolve, assign, tag, untag) to the ticked rooms; lists, counts and the open room refetch. */
export function useBulkRooms() {
  const cache = useInboxCache();
  return useMutation({ mutationFn: postBulkRooms, onSuccess: () => cache.roomChanged() });
}

export async function postUndoBulkRooms(batchId: string) {
  return bodyOf(await apiClient.POST('/api/v1/rooms/bulk/{batchId}/undo', { params: { path: { batchId } } }));
}

export function useUndoBulkRooms() {
  const cache = useInboxCache();
  return useMutation({ mutationFn: postUndoBulkRooms, onSuccess: () => cache.roomChanged() });
}
