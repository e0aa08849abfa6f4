import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { ResolveExpiredResult } from '@/lib/api/types';
import { useInboxCache } from './cache';
import { inboxKeys } from './keys';

interface ResolveExpired {
  includeUnassigned: boolean;
  channelIds?: number[];
  dryRun: boolean;
}

export async function postResolveExpired(body: ResolveExpired): Promise<ResolveExpiredResult> {
  return bodyOf(await apiClient.POST('/api/v1/rooms/resolve-expired', { body }));
}

/** What "resolve all expired" would resolve, per channel (a dry run; nothing changes). */
export function useResolveExpiredPreview(includeUnassigned: boolean) {
  return useQuery({
    queryKey: inboxKeys.resolveExpiredPreview(includeUnassigned),
    queryFn: () => postResolveExpired({ includeUnassigned, dryRun: true }),
    gcTime: 0,
  });
}

export function useResolveExpired() {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (body: Omit<ResolveExpired, 'dryRun'>) => postResolveExpired({ ...body, dryRun: false }),
    onSuccess: () => cache.roomChanged(),
  });
}

export async function postUndoResolveExpired(batchId: string) {
  return bodyOf(await apiClient.POST('/api/v1/rooms/resolve-expired/{batchId}/undo', { params: { path: { batchId } } }));
}

export function useUndoResolveExpired() {
  const cache = useInboxCache();
  return useMutation({ mutationFn: postUndoResolveExpired, onSuccess: () => cache.roomChanged() });
}
