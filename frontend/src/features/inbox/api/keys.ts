import type { RoomFilterQuery, RoomQuery } from '../lib/inbox-url';

/**
 * Query keys of the inbox, one factory per operation. Reads, prefetches, cache updates and
 * invalidations all go through these, so a prefix here refreshes everything under it.
 */
export const inboxKeys = {
  all: ['inbox'] as const,
  /** Lists and counts: everything a room change may move. */
  rooms: () => ['inbox', 'rooms'] as const,
  roomLists: () => ['inbox', 'rooms', 'list'] as const,
  roomList: (query: RoomQuery) => ['inbox', 'rooms', 'list', query] as const,
  counts: (filters: RoomFilterQuery) => ['inbox', 'rooms', 'counts', filters] as const,
  /** The tab title's count; under rooms(), so whatever refreshes the lists refreshes it too. */
  unreadCount: () => ['inbox', 'rooms', 'unread-count'] as const,
  /** The same person's rooms on every channel; under rooms(), so room events refresh it with the lists. */
  contactRooms: (contactId: number) => ['inbox', 'rooms', 'contact', contactId] as const,
  /** A contact as the contact panel shows it (notes, attributes, channels). */
  contact: (contactId: number) => ['inbox', 'contact', contactId] as const,
  roomDetails: () => ['inbox', 'room'] as const,
  room: (roomId: number) => ['inbox', 'room', roomId] as const,
  /** Every loaded view of one room's conversation. */
  conversations: (roomId: number) => ['inbox', 'messages', roomId] as const,
  /** The conversation from its newest end, or opened around a jumped-to message. */
  conversation: (roomId: number, aroundId: number | null) =>
    ['inbox', 'messages', roomId, aroundId === null ? 'newest' : { around: aroundId }] as const,
  /** Who is viewing which room, as seen by `selfId` (who is left out). */
  presence: (selfId: number) => ['inbox', 'presence', selfId] as const,
  /** The signed-in user's mentions (the bell); not under rooms(), a room event does not move them. */
  mentions: () => ['inbox', 'mentions'] as const,
  search: (q: string) => ['inbox', 'search', q] as const,
  resolveExpiredPreview: (includeUnassigned: boolean) => ['inbox', 'resolve-expired', includeUnassigned] as const,
  agents: () => ['inbox', 'ref', 'agents'] as const,
  tags: () => ['inbox', 'ref', 'tags'] as const,
  channels: () => ['inbox', 'ref', 'channels'] as const,
  allTemplates: () => ['inbox', 'ref', 'templates'] as const,
  templates: (channelId: number) => ['inbox', 'ref', 'templates', channelId] as const,
};
