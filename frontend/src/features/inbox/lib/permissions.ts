import type { CurrentUser, Room } from '@/lib/api/types';

/**
 * Who may write to a room (README, Decisions): supervisors any room; agents unassigned rooms
 * and their own (a resolved room by the assignee it keeps). Reading is open to everyone.
 */
export function canActOn(user: CurrentUser, room: Pick<Room, 'assignee'>): boolean {
  if (user.role === 'supervisor') return true;
  return room.assignee === null || room.assignee.id === user.id;
}
