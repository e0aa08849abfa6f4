import { useTranslation } from 'react-i18next';
import { describeApiError } from '@/lib/api/describe-error';
import type { BulkRoomsResult } from '@/lib/api/types';
import { useUndoBulkRooms } from '../api/bulk-rooms';
import { useNotices } from '../components/Notices';

/** What the bulk change did to what: the assignee's or the tag's name. */
export interface BulkOutcome {
  result: BulkRoomsResult;
  name?: string;
}

/** After a bulk change: how many rooms it changed (and skipped), with Undo until the API's deadline. */
export function useBulkNotice() {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const undo = useUndoBulkRooms();

  return ({ result, name = '' }: BulkOutcome) => {
    const count = result.changedRoomIds.length;
    const message = {
      RESOLVE: t('select.resolved', { count }),
      ASSIGN: t('select.assigned', { count, name }),
      TAG: t('select.tagged', { count, tag: name }),
      UNTAG: t('select.untagged', { count, tag: name }),
    }[result.action];
    const undoable = count > 0;
    notices.show({
      tone: 'success',
      message,
      detail: result.skipped.length > 0 ? t('select.skipped', { count: result.skipped.length }) : undefined,
      until: undoable ? Date.parse(result.undoUntil) : undefined,
      action: undoable
        ? {
            label: t('select.undo'),
            onClick: () =>
              undo.mutate(result.batchId, {
                onSuccess: (undone) => notices.show({ tone: 'success', message: t('select.undone', { count: undone.restoredCount }) }),
                onError: (error) => notices.show({ tone: 'error', message: describeApiError(error, tc) }),
              }),
          }
        : undefined,
    });
  };
}
