import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Room } from '@/lib/api/types';
import { useInboxCache } from './cache';

export async function postMarkRead(roomId: number): Promise<Room> {
  return bodyOf(await apiClient.POST('/api/v1/rooms/{roomId}/read', { params: { path: { roomId } } }));
}

export function useMarkRead() {
  const cache = useInboxCache();
  return useMutation({ mutationFn: postMarkRead, onSuccess: (room) => cache.roomChanged(room) });
}
