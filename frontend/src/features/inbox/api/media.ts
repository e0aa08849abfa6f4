import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { Message } from '@/lib/api/types';
import { useInboxCache } from './cache';

/** A message's file, fetched with the session's token (an <img src> could not send it). */
export async function fetchMedia(messageId: number): Promise<Blob> {
  return bodyOf(
    await apiClient.GET('/api/v1/messages/{messageId}/media', {
      params: { path: { messageId } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

/**
 * The file of a message as an object URL, while the component using it is mounted: the URL is
 * revoked on unmount or when another file replaces it. Files never change, so one fetch is kept.
 */
export function useMediaUrl(messageId: number, enabled = true) {
  const query = useQuery({
    queryKey: ['media', messageId],
    queryFn: () => fetchMedia(messageId),
    enabled,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
  const [url, setUrl] = useState<string | null>(null);
  const blob = query.data;
  useEffect(() => {
    if (!blob) return undefined;
    const objectUrl = URL.createObjectURL(blob);
    // The URL is an external resource owned by this effect: made here and revoked by its cleanup,
    // so a remount (StrictMode, a list that re-renders) always gets a live one.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [blob]);
  return { url, error: query.error, isError: query.isError, retry: () => void query.refetch(), isFetching: query.isFetching };
}

export interface AttachmentSend {
  file: File;
  caption?: string;
  /** One per intended message, reused when the same attachment is retried. */
  idempotencyKey: string;
  /** The newest message shown (the stale-reply check, as for a text reply). */
  seenMessageId?: number | null;
}

export async function postAttachment(
  roomId: number,
  { file, caption, idempotencyKey, seenMessageId }: AttachmentSend,
): Promise<Message> {
  return bodyOf(
    await apiClient.POST('/api/v1/rooms/{roomId}/attachments', {
      params: { path: { roomId }, header: { 'Idempotency-Key': idempotencyKey } },
      // The contract types a binary part as string; the form carries the File itself.
      body: { file: file as unknown as string, ...(caption ? { caption } : {}) },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        if (caption) form.append('caption', caption);
        if (seenMessageId != null) form.append('seenMessageId', String(seenMessageId));
        return form;
      },
    }),
  );
}

export function useSendAttachment(roomId: number) {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (send: AttachmentSend) => postAttachment(roomId, send),
    onSuccess: cache.messageSent,
    onError: () => cache.roomChanged(),
  });
}
