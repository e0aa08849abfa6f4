import type { components } from '@/lib/api/schema';

/**
 * What `GET /api/v1/events` carries: each event's name with its data, the data as openapi.yaml documents it
 * (`LiveEvent` and one schema per event).
 */
type Schemas = components['schemas'];
export type ReferenceKind = Schemas['LiveReferenceChanged']['kind'];
export type GoodbyeReason = Schemas['LiveGoodbye']['reason'];

interface EventOf<N extends string, D> {
  event: N;
  data: D;
  /** The event's place in the company's log; absent on ephemeral events. */
  id?: string;
}

export type LiveEvent =
  | EventOf<'ready', Schemas['LiveReady']>
  | EventOf<'resync', Schemas['LiveResync']>
  | EventOf<'goodbye', Schemas['LiveGoodbye']>
  | EventOf<'room.changed', Schemas['LiveRoomChanged']>
  | EventOf<'message.created', Schemas['LiveMessageEvent']>
  | EventOf<'message.changed', Schemas['LiveMessageEvent']>
  | EventOf<'rooms.bulk-resolved', Schemas['LiveBulkResolved']>
  | EventOf<'rooms.bulk-reopened', Schemas['LiveBulkReopened']>
  | EventOf<'rooms.bulk-changed', Schemas['LiveBulkChanged']>
  | EventOf<'reference.changed', Schemas['LiveReferenceChanged']>
  | EventOf<'contact.changed', Schemas['LiveContactChanged']>
  | EventOf<'presence', Schemas['RoomPresence']>
  | EventOf<'mention.created', Schemas['LiveMentionCreated']>;

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
  'rooms.bulk-changed',
  'reference.changed',
  'contact.changed',
  'presence',
  'mention.created',
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
