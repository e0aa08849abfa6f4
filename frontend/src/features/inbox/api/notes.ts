import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Message, MentionPage, NoteRequest } from '@/lib/api/types';
import { useInboxCache } from './cache';
import { inboxKeys } from './keys';

export async function postNote(roomId: number, note: NoteRequest): Promise<Message> {
  return bodyOf(await apiClient.POST('/api/v1/rooms/{roomId}/notes', { params: { path: { roomId } }, body: note }));
}

/** A private note: shown in the conversation at once; it changes nothing of the room, so nothing else is refetched. */
export function useWriteNote(roomId: number) {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (note: NoteRequest) => postNote(roomId, note),
    onSuccess: cache.messageArrived,
  });
}

export async function getMentions(signal?: AbortSignal): Promise<MentionPage> {
  return bodyOf(await apiClient.GET('/api/v1/mentions', { params: { query: { limit: 20 } }, signal }));
}

/** The newest mentions of the signed-in user with their unread count (the bell). */
export function useMentions() {
  return useQuery({ queryKey: inboxKeys.mentions(), queryFn: ({ signal }) => getMentions(signal) });
}

export function useMarkMentionRead() {
  const queryClient = useQueryClient();
  return useMutation({
    // 204: refusals are thrown by the client's middleware
    mutationFn: async (mentionId: number) => {
      await apiClient.POST('/api/v1/mentions/{mentionId}/read', { params: { path: { mentionId } } });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKeys.mentions() }),
  });
}

export function useMarkAllMentionsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await apiClient.POST('/api/v1/mentions/read');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKeys.mentions() }),
  });
}
