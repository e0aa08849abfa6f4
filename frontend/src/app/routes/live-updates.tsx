import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getMeQueryOptions } from '@/features/auth';
import { useInboxLive } from '@/features/inbox';
import { channelKeys, teamKeys } from '@/lib/api/query-keys';
import type { CurrentUser } from '@/lib/api/types';
import { cannedReplyKeys } from '@/lib/canned-replies/api';
import { useLiveEvents, useLiveStream } from '@/lib/live/connection';
import { requiresReload, type LiveEvent } from '@/lib/live/events';

/**
 * A fresh stream (`ready` without resume) or a gap the server's log cannot fill (`resync`): refetch
 * whatever is shown, and mark everything else stale. Files never change; the signed-in user is
 * refreshed by `reference.changed` (users, settings), not on every reconnect.
 */
export function reloadAfterGap(queryClient: QueryClient) {
  const me = JSON.stringify(getMeQueryOptions().queryKey);
  void queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'media' && JSON.stringify(query.queryKey) !== me,
  });
}

/** Other features' reference lists named by a `reference.changed` event (the inbox handles its own). */
function referenceChanged(queryClient: QueryClient, event: LiveEvent) {
  if (event.event !== 'reference.changed') return;
  const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  const { kind } = event.data;
  if (kind === 'users') {
    invalidate(teamKeys.users());
    // The signed-in user may be the one renamed or given another role.
    invalidate(getMeQueryOptions().queryKey);
  }
  if (kind === 'channels') invalidate(channelKeys.connections());
  if (kind === 'settings') invalidate(getMeQueryOptions().queryKey);
  // The management page's lists and the composer's suggestions.
  if (kind === 'canned-replies') invalidate(cannedReplyKeys.all);
}

/**
 * The page's live updates while someone is signed in: one event stream for the tab, and what its
 * events do to every feature's data.
 */
export function LiveUpdates({ user }: { user: CurrentUser }) {
  const queryClient = useQueryClient();
  useLiveStream();
  useInboxLive(user);
  useLiveEvents(
    useCallback(
      (event: LiveEvent) => {
        if (requiresReload(event)) reloadAfterGap(queryClient);
        else referenceChanged(queryClient, event);
      },
      [queryClient],
    ),
  );
  return null;
}
