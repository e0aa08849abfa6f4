import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { MessageHitPage } from '@/lib/api/types';
import { inboxKeys } from './keys';

export function useMessageSearch(q: string) {
  return useInfiniteQuery({
    queryKey: inboxKeys.search(q),
    queryFn: async ({ pageParam, signal }) =>
      (
        await apiClient.GET('/api/v1/search/messages', {
          params: { query: { q, limit: 30, cursor: pageParam ?? undefined } },
          signal,
        })
      ).data!,
    initialPageParam: null as string | null,
    getNextPageParam: (last: MessageHitPage) => last.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
}
