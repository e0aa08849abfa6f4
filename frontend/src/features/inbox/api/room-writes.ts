import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { bodyOf } from '@/lib/api/fetchers';
import type { Room } from '@/lib/api/types';
import { useInboxCache, type InboxCache } from './cache';

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
 * What every room write does to the cache. Done: show the fresh room and its messages (a
 * resolve or assignment writes a system message). Refused or failed: show the room the API sent
 * back (or refetch it), and its messages, since what changed is often a new customer message.
 */
function roomWriteEffects(cache: InboxCache, roomId: number) {
  return {
    onSuccess: (room: Room) => {
      cache.roomChanged(room);
      cache.refreshConversation(room.id);
    },
    onError: (error: unknown) => {
      cache.roomChanged(changedRoomOf(error));
      cache.refreshConversation(roomId);
    },
  };
}

export async function postResolveRoom(seen: Room): Promise<Room> {
  return bodyOf(
    await apiClient.POST('/api/v1/rooms/{roomId}/resolve', {
      params: { path: { roomId: seen.id }, header: { 'If-Match': roomTag(seen) } },
    }),
  );
}

/** Resolves the room as `seen` on screen; refused (412) when it has changed since. */
export function useResolveRoom() {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: postResolveRoom,
    onSuccess: (room) => roomWriteEffects(cache, room.id).onSuccess(room),
    onError: (error, seen) => roomWriteEffects(cache, seen.id).onError(error),
  });
}

export async function postReopenRoom(seen: Room): Promise<Room> {
  return bodyOf(
    await apiClient.POST('/api/v1/rooms/{roomId}/reopen', {
      params: { path: { roomId: seen.id }, header: { 'If-Match': roomTag(seen) } },
    }),
  );
}

/** Reopens the resolved room as `seen` on screen (Reopen, and Undo of a resolve). */
export function useReopenRoom() {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: postReopenRoom,
    onSuccess: (room) => roomWriteEffects(cache, room.id).onSuccess(room),
    onError: (error, seen) => roomWriteEffects(cache, seen.id).onError(error),
  });
}

export interface AssignRoom {
  agentId: number | null;
  seen: Room;
}

export async function putAssignee(roomId: number, { agentId, seen }: AssignRoom): Promise<Room> {
  return bodyOf(
    await apiClient.PUT('/api/v1/rooms/{roomId}/assignee', {
      params: { path: { roomId }, header: { 'If-Match': roomTag(seen) } },
      body: { agentId },
    }),
  );
}

// Assignments made from this tab, so the room's new assignee is not announced as "took it" to the
// supervisor who chose them.
const ownAssignments = new Map<number, { agentId: number | null; at: number }>();
const OWN_ASSIGNMENT_MS = 60_000;

/** Whether this tab itself just gave `roomId` to `agentId`. */
export function assignedHere(roomId: number, agentId: number | null, now = Date.now()): boolean {
  const own = ownAssignments.get(roomId);
  return own !== undefined && own.agentId === agentId && now - own.at < OWN_ASSIGNMENT_MS;
}

export function useAssignRoom(roomId: number) {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (assign: AssignRoom) => {
      ownAssignments.set(roomId, { agentId: assign.agentId, at: Date.now() });
      return putAssignee(roomId, assign);
    },
    ...roomWriteEffects(cache, roomId),
  });
}

export interface TagRoom {
  tagId: number;
  add: boolean;
  seen: Room;
}

export async function putRoomTag(roomId: number, { tagId, add, seen }: TagRoom): Promise<Room> {
  const init = { params: { path: { roomId, tagId }, header: { 'If-Match': roomTag(seen) } } };
  return bodyOf(
    add
      ? await apiClient.PUT('/api/v1/rooms/{roomId}/tags/{tagId}', init)
      : await apiClient.DELETE('/api/v1/rooms/{roomId}/tags/{tagId}', init),
  );
}

export function useTagRoom(roomId: number) {
  const cache = useInboxCache();
  const effects = roomWriteEffects(cache, roomId);
  // Tags write no system message: only the room changes.
  return useMutation({
    mutationFn: (tag: TagRoom) => putRoomTag(roomId, tag),
    onSuccess: (room) => cache.roomChanged(room),
    onError: effects.onError,
  });
}

export interface HandOverRoom {
  toUserId: number;
  note: string;
  seen: Room;
}

export async function postHandOver(roomId: number, { toUserId, note, seen }: HandOverRoom): Promise<Room> {
  return bodyOf(
    await apiClient.POST('/api/v1/rooms/{roomId}/handover', {
      params: { path: { roomId }, header: { 'If-Match': roomTag(seen) } },
      body: { toUserId, note: note.trim() === '' ? null : note },
    }),
  );
}

/** Passes the room as `seen` on screen to a colleague, with an optional note (a system note in the conversation). */
export function useHandOverRoom(roomId: number) {
  const cache = useInboxCache();
  return useMutation({
    mutationFn: (handOver: HandOverRoom) => {
      ownAssignments.set(roomId, { agentId: handOver.toUserId, at: Date.now() });
      return postHandOver(roomId, handOver);
    },
    ...roomWriteEffects(cache, roomId),
  });
}
