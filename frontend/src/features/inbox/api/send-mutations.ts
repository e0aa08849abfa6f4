import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Message } from '@/lib/api/types';
import { useInboxCache } from './cache';

export interface ReplySend {
  text: string;
  /** One per intended message, reused when the same draft is retried. */
  idempotencyKey: string;
}

export async function postReply(roomId: number, { text, idempotencyKey }: ReplySend): Promise<Message> {
  return bodyOf(
    await apiClient.POST('/api/v1/rooms/{roomId}/messages', {
      params: { path: { roomId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { text },
    }),
  );
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
