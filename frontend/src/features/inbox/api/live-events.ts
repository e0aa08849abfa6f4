import type { QueryClient } from '@tanstack/react-query';
import type { Message, Room } from '@/lib/api/types';
import type { LiveEvent, ReferenceKind } from '@/lib/live/events';
import { trailingThrottle } from '@/lib/live/throttle';
import { inboxCache } from './cache';
import { putContact } from './contact-queries';
import { inboxKeys } from './keys';
import { applyPresence, notePresenceUpdate, type PresenceState } from './presence';

export interface InboxLiveOptions {
  /** The signed-in user, left out of presence. */
  selfId: number;
  /**
   * A customer's new message, with its room as the stream reported it right after the message
   * (a message is followed by its room's change), or as last known when that does not come.
   */
  onCustomerMessage?: (message: Message, room: Room | undefined) => void;
  /** How often at most lists and counts are refetched after room events. */
  refreshIntervalMs?: number;
}

// How long a customer message waits for its room's event before the room as last known is used.
const ROOM_WAIT_MS = 2_000;

/**
 * What live events do to the inbox's cache. Rooms and messages are patched where they are shown
 * (nothing refetched, so scroll position, cursor and drafts stay); lists and counts follow with a
 * throttled refetch so rooms enter and leave tabs and filters; bulk changes and reference lists
 * are refetched. Reloading everything after `ready`/`resync` is the app's (every feature's data).
 */
export function inboxLiveHandler(queryClient: QueryClient, options: InboxLiveOptions) {
  const { selfId, onCustomerMessage, refreshIntervalMs = 1000 } = options;
  const cache = inboxCache(queryClient);
  const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  const refreshLists = trailingThrottle(() => invalidate(inboxKeys.rooms()), refreshIntervalMs);
  const waiting = new Map<number, { message: Message; timer: number }>();

  function settle(roomId: number, room: Room | undefined) {
    const entry = waiting.get(roomId);
    if (!entry) return;
    window.clearTimeout(entry.timer);
    waiting.delete(roomId);
    onCustomerMessage?.(entry.message, room);
  }

  function customerWrote(message: Message) {
    if (!onCustomerMessage) return;
    const previous = waiting.get(message.roomId);
    if (previous) window.clearTimeout(previous.timer);
    const timer = window.setTimeout(() => settle(message.roomId, cache.knownRoom(message.roomId)), ROOM_WAIT_MS);
    waiting.set(message.roomId, { message, timer });
  }

  function referenceChanged(kind: ReferenceKind) {
    if (kind === 'users') invalidate(inboxKeys.agents());
    if (kind === 'tags') invalidate(inboxKeys.tags());
    if (kind === 'channels') {
      invalidate(inboxKeys.channels());
      invalidate(inboxKeys.allTemplates());
    }
    if (kind === 'templates') invalidate(inboxKeys.allTemplates());
    // Rooms carry tag, channel and agent names and the company's expiring threshold (not templates or canned replies).
    if (kind === 'users' || kind === 'tags' || kind === 'channels' || kind === 'settings') {
      invalidate(inboxKeys.roomDetails());
      refreshLists.schedule();
    }
  }

  function handle(event: LiveEvent) {
    switch (event.event) {
      case 'room.changed':
        cache.roomArrived(event.data.room);
        settle(event.data.room.id, event.data.room);
        refreshLists.schedule();
        return;
      case 'message.created':
        cache.messageArrived(event.data.message);
        if (event.data.message.direction === 'INBOUND') customerWrote(event.data.message);
        return;
      case 'message.changed':
        cache.messageUpdated(event.data.message);
        return;
      case 'rooms.bulk-resolved':
      case 'rooms.bulk-reopened':
      case 'rooms.bulk-changed':
        // One event for many rooms: refetch lists, counts, the open room and its notes.
        invalidate(inboxKeys.rooms());
        invalidate(inboxKeys.roomDetails());
        invalidate(['inbox', 'messages']);
        return;
      case 'reference.changed':
        referenceChanged(event.data.kind);
        return;
      case 'contact.changed':
        // Only where a panel shows it; a new name also comes as room.changed of the contact's rooms.
        if (queryClient.getQueryData(inboxKeys.contact(event.data.contact.id))) putContact(queryClient, event.data.contact);
        return;
      case 'presence':
        notePresenceUpdate(event.data);
        queryClient.setQueryData<PresenceState>(inboxKeys.presence(selfId), (state) =>
          state ? applyPresence(state, event.data, selfId) : state,
        );
        return;
      default:
        return;
    }
  }

  return {
    handle,
    dispose() {
      refreshLists.cancel();
      for (const { timer } of waiting.values()) window.clearTimeout(timer);
      waiting.clear();
    },
  };
}
