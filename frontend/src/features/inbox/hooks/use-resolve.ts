import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '@/lib/api/describe-error';
import type { CurrentUser, Room } from '@/lib/api/types';
import { useInboxCache } from '../api/cache';
import { changedRoomOf, useReopenRoom, useResolveRoom } from '../api/room-writes';
import { useNotices } from '../components/Notices';
import { canActOn } from '../lib/permissions';
import { roomChange } from '../lib/room-change';

// Long enough to read the reason and decide; the room itself already shows what changed.
const STALE_NOTICE_MS = 30_000;
// How long a resolve offers Undo: enough to notice a slip (a wrong room, `e` pressed by mistake).
const UNDO_MS = 10_000;

/**
 * Resolve (with Undo for a few seconds after) and Reopen as the agent sees the room. When the room changed since (412 room-changed) nothing is
 * resolved: the screen takes the current room, and a notice says what changed and offers to
 * resolve anyway, against the room as it is shown by then.
 */
export function useResolve(user: CurrentUser) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const cache = useInboxCache();
  const { mutate, isPending } = useResolveRoom();
  const { mutate: mutateReopen, isPending: isReopening } = useReopenRoom();

  const reopen = useCallback(
    (resolved: Room) =>
      mutateReopen(resolved, {
        onSuccess: () => notices.show({ tone: 'success', message: t('room.reopenedNotice', { name: resolved.contact.name }) }),
        onError: (error) => notices.show({ tone: 'error', message: describeApiError(error, tc) }),
      }),
    [mutateReopen, notices, t, tc],
  );

  const resolve = useCallback(
    function resolve(seen: Room, quietRetry = true) {
      mutate(seen, {
        onSuccess: (resolved) =>
          notices.show({
            tone: 'success',
            message: t('room.resolvedNotice', { name: seen.contact.name }),
            until: Date.now() + UNDO_MS,
            // the room as the resolve answered it: Undo is refused (412) if anything happened since
            action: { label: t('room.undoResolve'), onClick: () => reopen(cache.shownRoom(resolved.id) ?? resolved) },
          }),
        onError: (error) => {
          const current = changedRoomOf(error);
          if (!current) return void notices.show({ tone: 'error', message: describeApiError(error, tc) });
          const change = roomChange(seen, current);
          // Only bookkeeping moved (say, the room was just marked read): what the agent saw still holds.
          if (change.kind === 'nothing-visible' && quietRetry) return resolve(current, false);
          if (change.kind === 'resolved') return void notices.show({ tone: 'info', message: t('stale.alreadyResolved') });
          const shown = () => cache.shownRoom(current.id) ?? current;
          notices.show({
            tone: 'error',
            message:
              change.kind === 'customer-wrote'
                ? change.unread === 0
                  ? t('stale.customerWrote')
                  : t(change.unread === 1 ? 'stale.customerWroteOne' : 'stale.customerWroteMany', { n: change.unread })
                : t('stale.changed'),
            until: Date.now() + STALE_NOTICE_MS,
            action: canActOn(user, current) ? { label: t('stale.resolveAnyway'), onClick: () => resolve(shown()) } : undefined,
          });
        },
      });
    },
    [mutate, notices, cache, t, tc, user, reopen],
  );

  return { resolve, isPending, reopen, isReopening };
}

/** Resolve and Reopen of the open room, as the room header offers them. */
export type RoomStatusActions = ReturnType<typeof useResolve>;
