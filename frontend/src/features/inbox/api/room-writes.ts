import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import type { Room } from '@/lib/api/types';
import { inboxKeys } from './keys';
import { useRoomChanged } from './rooms';

/**
 * The ETag of a room as the screen shows it (`"v12"`). Sent as If-Match, it makes a write apply
 * only to that version: a room that changed meanwhile (the customer wrote again, someone else
 * took it) is answered 412 room-changed and nothing is written.
 */
export function roomTag(room: Pick<Room, 'version'>): string {
  return `"v${room.version}"`;
}

/** The room as it is now, when a write was refused because the screen was out of date. */
export function changedRoomOf(error: unknown): Room | undefined {
  if (!(error instanceof ApiError) || error.status !== 412 || error.code !== 'room-changed') return undefined;
  return error.problem?.room;
}

/**
 * After a refused or failed write: show the room the API sent back (or refetch it), and its
 * messages, since what changed is often a new customer message.
 */
function useWriteFailed() {
  const roomChanged = useRoomChanged();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown, roomId: number) => {
      roomChanged(changedRoomOf(error));
      void queryClient.invalidateQueries({ queryKey: inboxKeys.messages(roomId) });
    },
    [roomChanged, queryClient],
  );
}

/** Resolves the room as `seen` on screen; refused (412) when it has changed since. */
export function useResolveRoom() {
  const roomChanged = useRoomChanged();
  const writeFailed = useWriteFailed();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (seen: Room) =>
      (
        await apiClient.POST('/api/v1/rooms/{roomId}/resolve', {
          params: { path: { roomId: seen.id }, header: { 'If-Match': roomTag(seen) } },
        })
      ).data!,
    onSuccess: (room) => {
      roomChanged(room);
      void queryClient.invalidateQueries({ queryKey: inboxKeys.messages(room.id) });
    },
    onError: (error, seen) => writeFailed(error, seen.id),
  });
}

export function useAssignRoom(roomId: number) {
  const roomChanged = useRoomChanged();
  const writeFailed = useWriteFailed();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ agentId, seen }: { agentId: number | null; seen: Room }) =>
      (
        await apiClient.PUT('/api/v1/rooms/{roomId}/assignee', {
          params: { path: { roomId }, header: { 'If-Match': roomTag(seen) } },
          body: { agentId },
        })
      ).data!,
    onSuccess: (room) => {
      roomChanged(room);
      void queryClient.invalidateQueries({ queryKey: inboxKeys.messages(room.id) });
    },
    onError: (error) => writeFailed(error, roomId),
  });
}

export function useTagRoom(roomId: number) {
  const roomChanged = useRoomChanged();
  const writeFailed = useWriteFailed();
  return useMutation({
    mutationFn: async ({ tagId, add, seen }: { tagId: number; add: boolean; seen: Room }) => {
      const init = { params: { path: { roomId, tagId }, header: { 'If-Match': roomTag(seen) } } };
      return (
        add
          ? await apiClient.PUT('/api/v1/rooms/{roomId}/tags/{tagId}', init)
          : await apiClient.DELETE('/api/v1/rooms/{roomId}/tags/{tagId}', init)
      ).data!;
    },
    onSuccess: (room) => roomChanged(room),
    onError: (error) => writeFailed(error, roomId),
  });
}
