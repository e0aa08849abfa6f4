import { useTranslation } from 'react-i18next';
import { describeApiError } from '@/lib/api/describe-error';
import type { ResolveExpiredResult } from '@/lib/api/types';
import { useUndoResolveExpired } from '../api/resolve-expired';
import { useNotices } from '../components/Notices';
import { formatClock } from '../lib/format-time';

/** After "resolve all expired": says how many, and offers Undo until the API's deadline. */
export function useResolvedAllNotice() {
  const { t, i18n } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const undo = useUndoResolveExpired();

  return (result: ResolveExpiredResult) => {
    const { batchId, undoUntil } = result;
    const undoable = batchId !== null && undoUntil !== null && result.resolvedCount > 0;
    notices.show({
      tone: 'success',
      message: t('resolveAll.done', { count: result.resolvedCount }),
      detail: undoable ? t('resolveAll.undoUntil', { time: formatClock(undoUntil, i18n.language) }) : undefined,
      until: undoable ? Date.parse(undoUntil) : undefined,
      action: undoable
        ? {
            label: t('resolveAll.undo'),
            onClick: () =>
              undo.mutate(batchId, {
                onSuccess: (undone) => notices.show({ tone: 'success', message: t('resolveAll.undone', { count: undone.reopenedCount }) }),
                onError: (error) => notices.show({ tone: 'error', message: describeApiError(error, tc) }),
              }),
          }
        : undefined,
    });
  };
}
