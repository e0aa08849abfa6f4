import type { Message, Room, RoomCounts, Template } from '@/lib/api/types';
import { demoUser, json } from './mock-api';

const HOUR = 3600_000;

let nextId = 100;

/** A room as the API sends it; open window (20 h left) unless overridden. */
export function makeRoom(overrides: Partial<Room> = {}): Room {
  const id = overrides.id ?? nextId++;
  return {
    id,
    contact: { id, name: 'Siti Rahmawati', avatarUrl: null, phone: '+6281234567890' },
    channel: { id: 1, kind: 'WHATSAPP', name: 'WhatsApp Toko Nusantara' },
    status: 'UNASSIGNED',
    assignee: null,
    tags: [],
    lastMessage: { preview: 'Halo kak, pesanan saya belum sampai', direction: 'INBOUND', createdAt: new Date(Date.now() - 5 * 60_000).toISOString() },
    lastActivityAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    unreadCount: 0,
    sessionState: 'OPEN',
    windowExpiresAt: new Date(Date.now() + 20 * HOUR).toISOString(),
    expiringThresholdMinutes: 240,
    resolvedAt: null,
    version: 1,
    adReferral: null,
    ...overrides,
  } as Room;
}

export function expiredRoom(overrides: Partial<Room> = {}): Room {
  return makeRoom({ sessionState: 'EXPIRED', windowExpiresAt: new Date(Date.now() - 2 * HOUR).toISOString(), ...overrides });
}

export function makeMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: nextId++,
    roomId: 1,
    direction: 'INBOUND',
    kind: 'TEXT',
    body: 'Halo kak',
    sender: null,
    templateId: null,
    deliveryStatus: null,
    system: null,
    createdAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    content: null,
    replyTo: null,
    forwarded: false,
    reaction: null,
    failure: null,
    ...overrides,
  } as Message;
}

export const counts: RoomCounts = {
  tabs: { all: 9, mine: 2, unassigned: 4, assigned: 5, resolved: 3 },
  sessions: { open: 7, expiring: 2, expired: 3 },
  expiringThresholdMinutes: 240,
};

export const templates: Template[] = [
  {
    id: 1,
    channelId: 1,
    name: 'order_shipped',
    language: 'id',
    category: 'UTILITY',
    body: 'Halo {{1}}, pesanan {{2}} sudah kami kirim. Lacak paket Anda dengan nomor resi {{3}}.',
    placeholderCount: 3,
    status: 'APPROVED',
  },
  {
    id: 4,
    channelId: 1,
    name: 'feedback_request',
    language: 'id',
    category: 'MARKETING',
    body: 'Terima kasih sudah menghubungi Toko Nusantara!',
    placeholderCount: 0,
    status: 'APPROVED',
  },
] as Template[];

/** Handlers for everything the inbox loads, with `rooms` in the list and each room by id. */
export function inboxHandlers(rooms: Room[], messages: Record<number, Message[]> = {}) {
  const handlers: Record<string, (request: Request) => Response | Promise<Response>> = {
    'GET /api/v1/me': () => json(demoUser),
    'GET /api/v1/rooms': () => json({ items: rooms, nextCursor: null }),
    'GET /api/v1/rooms/counts': () => json(counts),
    'GET /api/v1/agents': () =>
      json({
        items: [
          { id: 1, name: 'Budi Santoso', username: 'agent1@nusantara.test', role: 'agent' },
          { id: 3, name: 'Dewi Lestari', username: 'agent2@nusantara.test', role: 'agent' },
        ],
      }),
    'GET /api/v1/tags': () =>
      json({
        items: [
          { id: 1, name: 'Pengiriman', color: '#2563eb' },
          { id: 4, name: 'Komplain', color: '#dc2626' },
        ],
      }),
    'GET /api/v1/channels': () =>
      json({
        items: [
          { id: 1, kind: 'WHATSAPP', name: 'WhatsApp Toko Nusantara', windowMinutes: 1440 },
          { id: 5, kind: 'EMAIL', name: 'cs@tokonusantara.test', windowMinutes: null },
        ],
      }),
    'GET /api/v1/templates': () => json({ items: templates }),
    'GET /api/v1/rooms/unread-count': () => json({ count: 0, capped: false }),
    'GET /api/v1/presence': () => json({ rooms: [] }),
  };
  for (const room of rooms) {
    handlers[`GET /api/v1/rooms/${room.id}`] = () => json(room);
    handlers[`GET /api/v1/rooms/${room.id}/messages`] = () =>
      json({ items: [...(messages[room.id] ?? [])].reverse(), nextCursor: null, previousCursor: null });
    handlers[`POST /api/v1/rooms/${room.id}/read`] = () => json({ ...room, unreadCount: 0 });
    handlers[`PUT /api/v1/rooms/${room.id}/presence`] = () => new Response(null, { status: 204 });
    handlers[`DELETE /api/v1/rooms/${room.id}/presence`] = () => new Response(null, { status: 204 });
  }
  return handlers;
}
