import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { bodyOf } from '@/lib/api/fetchers';
import type { Message } from '@/lib/api/types';
import { useInboxCache } from './cache';

export interface ReplySend {
  text: string;
  /** One per intended message, reused when the same draft is retried. */
  idempotencyKey: string;
  /**
   * The newest message the agent's screen shows: when the room has a newer one from the customer
   * or a colleague, the API refuses (409 newer-messages) and stores nothing.
   */
  seenMessageId?: number | null;
}

export async function postReply(roomId: number, { text, idempotencyKey, seenMessageId }: ReplySend): Promise<Message> {
  return bodyOf(
    await apiClient.POST('/api/v1/rooms/{roomId}/messages', {
      params: { path: { roomId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: seenMessageId == null ? { text } : { text, seenMessageId },
    }),
  );
}

/**
 * The messages that made a reply stale (409 newer-messages: oldest first, at most 20), or
 * undefined for any other outcome.
 */
export function newerMessagesOf(error: unknown): Message[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'newer-messages') return undefined;
  return error.problem?.messages ?? [];
}

export function useReply(roomId: number) {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (send: ReplySend) => postReply(roomId, send),
    onSuccess: cache.messageSent,
    // A refused reply often means the room changed (window closed, someone else took it).
    onError: () => cache.roomChanged(),
  });
}

export interface TemplateSend {
  templateId: number;
  parameters: string[];
  idempotencyKey: string;
}

export async function postTemplateMessage(roomId: number, { templateId, parameters, idempotencyKey }: TemplateSend): Promise<Message> {
  return bodyOf(
    await apiClient.POST('/api/v1/rooms/{roomId}/template-messages', {
      params: { path: { roomId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { templateId, parameters },
    }),
  );
}

export function useSendTemplate(roomId: number) {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (send: TemplateSend) => postTemplateMessage(roomId, send),
    onSuccess: cache.messageSent,
  });
}
