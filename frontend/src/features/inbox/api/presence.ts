import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { PresenceViewer, RoomPresence } from '@/lib/api/live-paths';
import { inboxKeys } from './keys';

/** Who else is viewing each room (rooms nobody else views are absent), by room id. */
export type PresenceState = Readonly<Record<number, readonly PresenceViewer[]>>;

const NOBODY: readonly PresenceViewer[] = [];

/** The viewers of one room without `selfId`; an unchanged list keeps its identity (rows are memoized). */
export function applyPresence(state: PresenceState, update: RoomPresence, selfId: number): PresenceState {
  const viewers = update.viewers.filter((viewer) => viewer.id !== selfId);
  const current = state[update.roomId] ?? NOBODY;
  const same =
    current.length === viewers.length &&
    current.every((viewer, index) => {
      const next = viewers[index]!;
      return viewer.id === next.id && viewer.name === next.name && viewer.typing === next.typing;
    });
  if (same) return state;
  const next = { ...state };
  if (viewers.length === 0) delete next[update.roomId];
  else next[update.roomId] = viewers;
  return next;
}

export function presenceOf(rooms: readonly RoomPresence[], selfId: number): PresenceState {
  return rooms.reduce<PresenceState>((state, room) => applyPresence(state, room, selfId), {});
}

export function viewersOf(state: PresenceState | undefined, roomId: number): readonly PresenceViewer[] {
  return state?.[roomId] ?? NOBODY;
}

// Presence events that arrived while the full list was loading win over it: the list may have
// been read before them.
const recentUpdates = new Map<number, { update: RoomPresence; at: number }>();
const RECENT_MS = 60_000;

/** Records a presence event; the caller applies it to the cache. */
export function notePresenceUpdate(update: RoomPresence, now = Date.now()) {
  recentUpdates.set(update.roomId, { update, at: now });
  for (const [roomId, entry] of recentUpdates) if (now - entry.at > RECENT_MS) recentUpdates.delete(roomId);
}

export async function getPresence(selfId: number, signal?: AbortSignal): Promise<PresenceState> {
  const started = Date.now();
  const { rooms } = bodyOf(await apiClient.GET('/api/v1/presence', { signal }));
  let state = presenceOf(rooms, selfId);
  for (const { update, at } of recentUpdates.values()) if (at >= started) state = applyPresence(state, update, selfId);
  return state;
}

/**
 * Everyone else viewing rooms now. Loaded once and kept current by presence events; a stream
 * (re)start or resync reloads it with everything else. Rows read it, so it never refetches on mount.
 */
export function usePresence(selfId: number) {
  return useQuery({
    queryKey: inboxKeys.presence(selfId),
    queryFn: ({ signal }) => getPresence(selfId, signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** This agent is viewing (and maybe typing in) the room; counts for 25 s (typing: 6 s). */
export async function putPresence(roomId: number, typing: boolean): Promise<void> {
  await apiClient.PUT('/api/v1/rooms/{roomId}/presence', { params: { path: { roomId } }, body: { typing } });
}

/** This agent left the room; `keepalive` lets it outlive the page (unload). */
export async function deletePresence(roomId: number, keepalive = false): Promise<void> {
  await apiClient.DELETE('/api/v1/rooms/{roomId}/presence', { params: { path: { roomId } }, keepalive });
}
