import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import { channelKeys } from '@/lib/api/query-keys';
import type { Channel, ConnectChannel } from './types';

export async function getConnections(signal?: AbortSignal): Promise<Channel[]> {
  return bodyOf(await apiClient.GET('/api/v1/channels/connections', { signal })).items;
}

export function useConnections() {
  return useQuery({ queryKey: channelKeys.connections(), queryFn: ({ signal }) => getConnections(signal) });
}

/**
 * A write that answers the channel as it is now: it replaces the listed one, then the list is refetched. It also
 * marks every other cached query stale: the inbox's channel list and template lists load fresh when next shown.
 */
function useChannelWrite<V, R extends Channel | void>(write: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result: R) => {
      const saved = result as Channel | undefined;
      if (saved) {
        queryClient.setQueryData<Channel[]>(channelKeys.connections(), (list) =>
          list?.some((item) => item.id === saved.id) ? list.map((item) => (item.id === saved.id ? saved : item)) : [...(list ?? []), saved],
        );
      }
      return queryClient.invalidateQueries();
    },
  });
}

export function useConnectChannel() {
  return useChannelWrite(async (body: ConnectChannel) => bodyOf(await apiClient.POST('/api/v1/channels', { body })));
}

export function useReplaceToken() {
  return useChannelWrite(async ({ id, accessToken }: { id: number; accessToken: string }) =>
    bodyOf(await apiClient.PUT('/api/v1/channels/{channelId}/access-token', { params: { path: { channelId: id } }, body: { accessToken } })),
  );
}

export function useSetWabaId() {
  return useChannelWrite(async ({ id, wabaId }: { id: number; wabaId: string }) =>
    bodyOf(await apiClient.PUT('/api/v1/channels/{channelId}/waba-id', { params: { path: { channelId: id } }, body: { wabaId } })),
  );
}

export function useDisconnect() {
  return useChannelWrite(async (id: number) => {
    await apiClient.DELETE('/api/v1/channels/{channelId}', { params: { path: { channelId: id } } });
  });
}

export function useSyncTemplates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      bodyOf(await apiClient.POST('/api/v1/channels/{channelId}/template-sync', { params: { path: { channelId: id } } })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
