import type { RoomQuery } from '../lib/inbox-url';

/** Query keys of the inbox; invalidating a prefix refreshes everything under it. */
export const inboxKeys = {
  all: ['inbox'] as const,
  rooms: ['inbox', 'rooms'] as const,
  roomList: (query: RoomQuery) => ['inbox', 'rooms', 'list', query] as const,
  counts: (query: Omit<RoomQuery, 'status' | 'sort'>) => ['inbox', 'rooms', 'counts', query] as const,
  room: (roomId: number) => ['inbox', 'room', roomId] as const,
  messages: (roomId: number) => ['inbox', 'messages', roomId] as const,
  latestMessages: (roomId: number) => ['inbox', 'messages', roomId, 'latest'] as const,
  messagePages: (roomId: number, start: string) => ['inbox', 'messages', roomId, 'pages', start] as const,
  search: (q: string) => ['inbox', 'search', q] as const,
  resolveExpiredPreview: (includeUnassigned: boolean) => ['inbox', 'resolve-expired', includeUnassigned] as const,
  agents: ['inbox', 'ref', 'agents'] as const,
  tags: ['inbox', 'ref', 'tags'] as const,
  channels: ['inbox', 'ref', 'channels'] as const,
  templates: (channelId: number) => ['inbox', 'ref', 'templates', channelId] as const,
};

/** How often the list, counts and the open room refresh themselves. */
export const POLL_MS = 5000;
