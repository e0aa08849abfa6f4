import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { Message, MessagePage } from '@/lib/api/types';
import { inboxKeys } from './keys';
import { useRoomChanged } from './rooms';

/** Appends a sent message to the polled newest page, so it shows before the next poll. */
function useMessageSent() {
  const queryClient = useQueryClient();
  return (message: Message) => {
    queryClient.setQueryData<MessagePage>(inboxKeys.latestMessages(message.roomId), (page) =>
      page && !page.items.some((item) => item.id === message.id)
        ? { ...page, items: [message, ...page.items] }
        : page,
    );
    void queryClient.invalidateQueries({ queryKey: inboxKeys.messages(message.roomId) });
  };
}

export interface ReplySend {
  text: string;
  /** One per intended message, reused when the same draft is retried. */
  idempotencyKey: string;
}

export function useReply(roomId: number) {
  const roomChanged = useRoomChanged();
  const messageSent = useMessageSent();
  return useMutation({
    mutationFn: async ({ text, idempotencyKey }: ReplySend) =>
      (
        await apiClient.POST('/api/v1/rooms/{roomId}/messages', {
          params: { path: { roomId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { text },
        })
      ).data!,
    onSuccess: (message) => {
      messageSent(message);
      roomChanged();
    },
    onError: () => roomChanged(),
  });
}

export interface TemplateSend {
  templateId: number;
  parameters: string[];
  idempotencyKey: string;
}

export function useSendTemplate(roomId: number) {
  const roomChanged = useRoomChanged();
  const messageSent = useMessageSent();
  return useMutation({
    mutationFn: async ({ templateId, parameters, idempotencyKey }: TemplateSend) =>
      (
        await apiClient.POST('/api/v1/rooms/{roomId}/template-messages', {
          params: { path: { roomId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { templateId, parameters },
        })
      ).data!,
    onSuccess: (message) => {
      messageSent(message);
      roomChanged();
    },
  });
}

export function useMarkRead() {
  const roomChanged = useRoomChanged();
  return useMutation({
    mutationFn: async (roomId: number) =>
      (await apiClient.POST('/api/v1/rooms/{roomId}/read', { params: { path: { roomId } } })).data!,
    onSuccess: (room) => roomChanged(room),
  });
}

/** What "resolve all expired" would resolve, per channel (a dry run; nothing changes). */
export function useResolveExpiredPreview(includeUnassigned: boolean) {
  return useQuery({
    queryKey: inboxKeys.resolveExpiredPreview(includeUnassigned),
    queryFn: async () =>
      (await apiClient.POST('/api/v1/rooms/resolve-expired', { body: { dryRun: true, includeUnassigned } })).data!,
    gcTime: 0,
  });
}

export function useResolveExpired() {
  const roomChanged = useRoomChanged();
  return useMutation({
    mutationFn: async (body: { includeUnassigned: boolean; channelIds?: number[] }) =>
      (await apiClient.POST('/api/v1/rooms/resolve-expired', { body: { ...body, dryRun: false } })).data!,
    onSuccess: () => roomChanged(),
  });
}

export function useUndoResolveExpired() {
  const roomChanged = useRoomChanged();
  return useMutation({
    mutationFn: async (batchId: string) =>
      (await apiClient.POST('/api/v1/rooms/resolve-expired/{batchId}/undo', { params: { path: { batchId } } })).data!,
    onSuccess: () => roomChanged(),
  });
}
