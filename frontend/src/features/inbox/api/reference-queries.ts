import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Agent, Channel, Tag, Template } from '@/lib/api/types';
import { inboxKeys } from './keys';

// Reference data changes rarely: cached for the session, refreshed every few minutes.
const REFERENCE_STALE_MS = 5 * 60_000;

export async function getAgents(signal?: AbortSignal): Promise<Agent[]> {
  return bodyOf(await apiClient.GET('/api/v1/agents', { signal })).items;
}

export function useAgents() {
  return useQuery({ queryKey: inboxKeys.agents(), queryFn: ({ signal }) => getAgents(signal), staleTime: REFERENCE_STALE_MS });
}

export async function getTags(signal?: AbortSignal): Promise<Tag[]> {
  return bodyOf(await apiClient.GET('/api/v1/tags', { signal })).items;
}

export function useTags() {
  return useQuery({ queryKey: inboxKeys.tags(), queryFn: ({ signal }) => getTags(signal), staleTime: REFERENCE_STALE_MS });
}

export async function getChannels(signal?: AbortSignal): Promise<Channel[]> {
  return bodyOf(await apiClient.GET('/api/v1/channels', { signal })).items;
}

export function useChannels() {
  return useQuery({ queryKey: inboxKeys.channels(), queryFn: ({ signal }) => getChannels(signal), staleTime: REFERENCE_STALE_MS });
}

/** Approved templates of one channel: the only ones that may be sent. */
export async function getApprovedTemplates(channelId: number, signal?: AbortSignal): Promise<Template[]> {
  const page = bodyOf(
    await apiClient.GET('/api/v1/templates', { params: { query: { channelId, status: 'approved' } }, signal }),
  );
  return page.items.filter((template) => template.status === 'APPROVED');
}

export function useApprovedTemplates(channelId: number) {
  return useQuery({
    queryKey: inboxKeys.templates(channelId),
    queryFn: ({ signal }) => getApprovedTemplates(channelId, signal),
    staleTime: REFERENCE_STALE_MS,
  });
}
