import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { inboxKeys } from './keys';

// Reference data changes rarely: cached for the session, refreshed every few minutes.
const REFERENCE_STALE_MS = 5 * 60_000;

export function useAgents() {
  return useQuery({
    queryKey: inboxKeys.agents,
    queryFn: async ({ signal }) => (await apiClient.GET('/api/v1/agents', { signal })).data!.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useTags() {
  return useQuery({
    queryKey: inboxKeys.tags,
    queryFn: async ({ signal }) => (await apiClient.GET('/api/v1/tags', { signal })).data!.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useChannels() {
  return useQuery({
    queryKey: inboxKeys.channels,
    queryFn: async ({ signal }) => (await apiClient.GET('/api/v1/channels', { signal })).data!.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

/** Approved templates of one channel: the only ones that may be sent. */
export function useApprovedTemplates(channelId: number) {
  return useQuery({
    queryKey: inboxKeys.templates(channelId),
    queryFn: async ({ signal }) =>
      (
        await apiClient.GET('/api/v1/templates', {
          params: { query: { channelId, status: 'approved' } },
          signal,
        })
      ).data!.items.filter((template) => template.status === 'APPROVED'),
    staleTime: REFERENCE_STALE_MS,
  });
}
