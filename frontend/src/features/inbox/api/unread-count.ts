import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { UnreadCount } from '@/lib/api/live-paths';
import { inboxKeys } from './keys';

export async function getUnreadCount(signal?: AbortSignal): Promise<UnreadCount> {
  return bodyOf(await apiClient.GET('/api/v1/rooms/unread-count', { signal }));
}

/**
 * Rooms with unread messages that are the agent's or unassigned, not resolved. Refreshed with the
 * lists (throttled) after room events and reloaded after a stream (re)start or resync.
 */
export function useUnreadCount() {
  return useQuery({ queryKey: inboxKeys.unreadCount(), queryFn: ({ signal }) => getUnreadCount(signal), retry: false });
}

/** "(3) Inbox", "(99+) Inbox", or the page's own title when nothing waits. */
export function tabTitle(base: string, unread: UnreadCount | undefined): string {
  if (!unread || unread.count <= 0) return base;
  return `(${unread.capped ? '99+' : unread.count}) ${base}`;
}

// The title index.html gives the page, before any count was put in front of it.
const BASE_TITLE = typeof document !== 'undefined' ? document.title || 'Inbox' : 'Inbox';

/** Keeps the tab title's unread count current while mounted; the plain title comes back after. */
export function useUnreadTabTitle() {
  const { data } = useUnreadCount();
  useEffect(() => {
    document.title = tabTitle(BASE_TITLE, data);
  }, [data]);
  useEffect(
    () => () => {
      document.title = BASE_TITLE;
    },
    [],
  );
}
