import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import { teamKeys } from '@/lib/api/query-keys';
import type { ApiKey, CreatedApiKey } from './types';

export async function getApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  return bodyOf(await apiClient.GET('/api/v1/api-keys', { signal })).items;
}

export function useApiKeys() {
  return useQuery({ queryKey: teamKeys.apiKeys(), queryFn: ({ signal }) => getApiKeys(signal) });
}

export async function postApiKey(name: string): Promise<CreatedApiKey> {
  return bodyOf(await apiClient.POST('/api/v1/api-keys', { body: { name } }));
}

/** Creates a key; the answer carries the secret, which is never shown again. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiKeys() }),
  });
}

/** Revokes a key (204, no body; a refusal is thrown by the client). */
export async function deleteApiKey(id: number): Promise<void> {
  await apiClient.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiKeys() }),
  });
}
