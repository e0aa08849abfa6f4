import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Message } from '@/lib/api/types';
import { messageWithEventsSince, useInboxCache } from './cache';

export async function postRetry(messageId: number): Promise<Message> {
  const requestedAt = Date.now();
  const answer = bodyOf(await apiClient.POST('/api/v1/messages/{messageId}/retry', { params: { path: { messageId } } }));
  // the relay may send it, and its SENT event arrive, before this answer (QUEUED) does
  return messageWithEventsSince(answer, requestedAt);
}

/** Queues a failed outbound message again; the API answers the message, now QUEUED. */
export function useRetryMessage() {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (message: Message) => postRetry(message.id),
    onSuccess: cache.messageChanged,
    // window-expired or a disconnected channel: the room shows the change after a refetch.
    onError: () => cache.roomChanged(),
  });
}
