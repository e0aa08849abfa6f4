import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { MessageHitPage } from '@/lib/api/types';
import { inboxKeys } from './keys';

const PAGE_SIZE = 30;

export async function getMessageHits(q: string, cursor: string | null, signal?: AbortSignal): Promise<MessageHitPage> {
  return bodyOf(
    await apiClient.GET('/api/v1/search/messages', {
      params: { query: { q, limit: PAGE_SIZE, cursor: cursor ?? undefined } },
      signal,
    }),
  );
}

/** Messages matching `q` across the rooms the user may see; nothing is asked for an empty `q`. */
export function useMessageSearch(q: string) {
  return useInfiniteQuery({
    queryKey: inboxKeys.search(q),
    queryFn: ({ pageParam, signal }) => getMessageHits(q, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
}
