import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { teamKeys } from './keys';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';

export function useApiKeys() {
  return useQuery({
    queryKey: teamKeys.apiKeys,
    queryFn: async ({ signal }) => {
      return bodyOf(await apiClient.GET('/api/v1/api-keys', { signal })).items;
    },
  });
}

/** Creates a key; the answer carries the secret, which is never shown again. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => {
      return bodyOf(await apiClient.POST('/api/v1/api-keys', { body: { name } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      await apiClient.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiKeys }),
  });
}
