import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { CannedReplyPage } from '@/lib/api/types';

/**
 * Query keys of canned replies, shared by the composer's suggestions and the management page: a
 * write or a `reference.changed` (canned-replies) invalidates `all`, which refreshes both.
 */
export const cannedReplyKeys = {
  all: ['canned-replies'] as const,
  /** The composer's suggestions for what follows `/`. */
  suggestions: (q: string) => ['canned-replies', 'suggestions', q] as const,
  /** The management page's pages for a search. */
  pages: (q: string) => ['canned-replies', 'pages', q] as const,
};

export async function getCannedReplies(
  query: { q?: string; limit?: number; cursor?: string },
  signal?: AbortSignal,
): Promise<CannedReplyPage> {
  const { q, limit, cursor } = query;
  return bodyOf(
    await apiClient.GET('/api/v1/canned-replies', {
      params: { query: { ...(q ? { q } : {}), ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

const SUGGESTIONS = 8;

/** The replies offered for `/query` while the suggestion list is open (the previous ones stay while the next load). */
export function useCannedSuggestions(q: string, enabled: boolean) {
  return useQuery({
    queryKey: cannedReplyKeys.suggestions(q),
    queryFn: ({ signal }) => getCannedReplies({ q, limit: SUGGESTIONS }, signal),
    enabled,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}
