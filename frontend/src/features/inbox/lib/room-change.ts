import type { Room } from '@/lib/api/types';

/** What happened to a room between the version on screen and the version the API has now. */
export type RoomChange =
  /** Nothing an agent would decide differently on (e.g. our own mark-read bumped the version). */
  | { kind: 'nothing-visible' }
  /** The customer wrote again; `unread` new unread messages (0 when someone already read them). */
  | { kind: 'customer-wrote'; unread: number }
  /** Someone else resolved it meanwhile. */
  | { kind: 'resolved' }
  /** Status, assignee or tags changed. */
  | { kind: 'other' };

function tagIds(room: Room): string {
  return room.tags
    .map((tag) => tag.id)
    .sort((a, b) => a - b)
    .join(',');
}

export function roomChange(seen: Room, current: Room): RoomChange {
  if (current.status === 'RESOLVED' && seen.status !== 'RESOLVED') return { kind: 'resolved' };
  const newer = Date.parse(current.lastActivityAt) > Date.parse(seen.lastActivityAt);
  const unread = Math.max(0, current.unreadCount - seen.unreadCount);
  if ((newer && current.lastMessage?.direction === 'INBOUND') || unread > 0) return { kind: 'customer-wrote', unread };
  if (current.status !== seen.status || current.assignee?.id !== seen.assignee?.id || tagIds(current) !== tagIds(seen) || newer)
    return { kind: 'other' };
  return { kind: 'nothing-visible' };
}
