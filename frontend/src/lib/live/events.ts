import type { RoomPresence } from '@/lib/api/live-paths';
import type { Message, Room } from '@/lib/api/types';

/**
 * What `GET /api/v1/events` carries (/work/shared13/CONTRACT.md), typed by hand until openapi.yaml
 * documents the stream. Payloads reuse the generated Room and Message views.
 */
export type ReferenceKind = 'users' | 'tags' | 'channels' | 'templates' | 'settings';
export type GoodbyeReason = 'token-expired' | 'signed-out' | 'deactivated';

interface EventOf<N extends string, D> {
  event: N;
  data: D;
  /** The event's place in the company's log; absent on ephemeral events. */
  id?: string;
}

export type LiveEvent =
  | EventOf<'ready', { resumed: boolean }>
  | EventOf<'resync', Record<string, never>>
  | EventOf<'goodbye', { reason: GoodbyeReason }>
  | EventOf<'room.changed', { room: Room }>
  | EventOf<'message.created', { roomId: number; message: Message }>
  | EventOf<'message.changed', { roomId: number; message: Message }>
  | EventOf<'rooms.bulk-resolved', { batchId: string; count: number; by?: { id: number; name: string } }>
  | EventOf<'rooms.bulk-reopened', { batchId: string; count: number }>
  | EventOf<'reference.changed', { kind: ReferenceKind }>
  | EventOf<'presence', RoomPresence>;

export type LiveEventName = LiveEvent['event'];

const NAMES: ReadonlySet<string> = new Set<LiveEventName>([
  'ready',
  'resync',
  'goodbye',
  'room.changed',
  'message.created',
  'message.changed',
  'rooms.bulk-resolved',
  'rooms.bulk-reopened',
  'reference.changed',
  'presence',
]);

/**
 * One SSE message as an event, or null for one this client does not know (a newer server may send
 * more kinds) or whose data is not a JSON object.
 */
export function parseLiveEvent(message: { id?: string; event?: string; data: string }): LiveEvent | null {
  if (!message.event || !NAMES.has(message.event)) return null;
  let data: unknown;
  try {
    data = message.data ? JSON.parse(message.data) : {};
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  return { event: message.event, data, ...(message.id ? { id: message.id } : {}) } as LiveEvent;
}

/** True when the client must reload what it shows: a fresh start, or a gap the log cannot fill. */
export function requiresReload(event: LiveEvent): boolean {
  return (event.event === 'ready' && !event.data.resumed) || event.event === 'resync';
}
