import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { CannedReply, CannedReplyScope } from '@/lib/api/types';
import { cannedReplyKeys, getCannedReplies } from '@/lib/canned-replies/api';

const PAGE_SIZE = 50;

/** The replies the signed-in user may use, matching the search, one page after another. */
export function useCannedReplyPages(q: string) {
  return useInfiniteQuery({
    queryKey: cannedReplyKeys.pages(q),
    queryFn: ({ pageParam, signal }) => getCannedReplies({ q, limit: PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export interface NewCannedReply {
  shortcut: string;
  body: string;
  scope: CannedReplyScope;
}

export async function postCannedReply(body: NewCannedReply): Promise<CannedReply> {
  return bodyOf(await apiClient.POST('/api/v1/canned-replies', { body }));
}

export async function patchCannedReply({ id, change }: { id: number; change: { shortcut?: string; body?: string } }): Promise<CannedReply> {
  return bodyOf(await apiClient.PATCH('/api/v1/canned-replies/{id}', { params: { path: { id } }, body: change }));
}

export async function deleteCannedReply(id: number): Promise<void> {
  await apiClient.DELETE('/api/v1/canned-replies/{id}', { params: { path: { id } } });
}

/** Every write refreshes the page's lists and the composer's suggestions. */
function useCannedWrite<A, R>(write: (argument: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cannedReplyKeys.all }),
  });
}

export const useCreateCannedReply = () => useCannedWrite(postCannedReply);
export const useUpdateCannedReply = () => useCannedWrite(patchCannedReply);
export const useDeleteCannedReply = () => useCannedWrite(deleteCannedReply);
