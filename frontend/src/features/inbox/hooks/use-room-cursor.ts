import { useState } from 'react';
import type { Room } from '@/lib/api/types';

/**
 * The keyboard cursor over the room list (j/k). It rests on the open room; a move puts it on
 * another room, which it follows while the list moves under it (a refresh), until the list's
 * query or the open room changes.
 */
export function useRoomCursor(rooms: Room[], listKey: string, openRoomId: number | null) {
  const [moved, setMoved] = useState<{ context: string; roomId: number } | null>(null);
  const context = `${listKey}|${openRoomId}`;
  const roomId = moved?.context === context ? moved.roomId : openRoomId;
  const activeIndex = roomId === null ? -1 : rooms.findIndex((room) => room.id === roomId);

  const move = (step: number) => {
    const index = activeIndex < 0 ? 0 : Math.min(rooms.length - 1, Math.max(0, activeIndex + step));
    const room = rooms[index];
    if (room) setMoved({ context, roomId: room.id });
  };

  return { activeIndex, activeRoom: rooms[activeIndex] as Room | undefined, move };
}
