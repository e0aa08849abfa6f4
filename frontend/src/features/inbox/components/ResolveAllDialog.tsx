import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { Spinner } from '@/components/spinner/Spinner';
import { describeApiError } from '@/lib/api/describe-error';
import type { CurrentUser, ResolveExpiredResult } from '@/lib/api/types';
import { useResolveExpired, useResolveExpiredPreview } from '../api/resolve-expired';
import { useChannels } from '../api/reference-queries';
import { ChannelIcon } from './ChannelIcon';
import styles from './ResolveAllDialog.module.css';

/**
 * Resolve all expired rooms: a dry run first shows how many per channel; the agent picks the
 * channels and whether unassigned rooms count; afterwards a notice offers Undo while allowed.
 */
interface ResolveAllDialogProps {
  user: CurrentUser;
  onClose: () => void;
  /** Called after resolving (the dialog is gone by then); the page offers Undo. */
  onResolved: (result: ResolveExpiredResult) => void;
}

export function ResolveAllDialog({ user, onClose, onResolved }: ResolveAllDialogProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const [includeUnassigned, setIncludeUnassigned] = useState(true);
  // Channels the user unticked; everything else (including channels appearing later) is in.
  const [excluded, setExcluded] = useState<number[]>([]);
  const preview = useResolveExpiredPreview(includeUnassigned);
  const channels = useChannels();
  const resolve = useResolveExpired();

  const byChannel = preview.data?.byChannel ?? [];
  const selected = byChannel.filter((entry) => !excluded.includes(entry.channelId));
  const total = selected.reduce((sum, entry) => sum + entry.count, 0);
  const channelOf = (id: number) => channels.data?.find((channel) => channel.id === id);

  function confirm() {
    const channelIds = excluded.length > 0 ? selected.map((entry) => entry.channelId) : undefined;
    resolve.mutate(
      { includeUnassigned, channelIds },
      {
        onSuccess: (result) => {
          onClose();
          onResolved(result);
        },
      },
    );
  }

  return (
    <Dialog
      title={t('resolveAll.title')}
      onClose={onClose}
      busy={resolve.isPending}
      footer={
        <DialogActions
          busy={resolve.isPending}
          onCancel={onClose}
          onConfirm={confirm}
          disabled={!preview.isSuccess || total === 0}
          confirmLabel={t('resolveAll.confirm', { count: total })}
        />
      }
    >
      <div className={styles.content}>
        <p className={styles.intro}>{t('resolveAll.intro')}</p>
        <p className={styles.scope}>{t(user.role === 'supervisor' ? 'resolveAll.scopeSupervisor' : 'resolveAll.scopeAgent')}</p>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={includeUnassigned}
            onChange={(event) => setIncludeUnassigned(event.target.checked)}
          />
          {t('resolveAll.includeUnassigned')}
        </label>
        <fieldset className={styles.channels}>
          <legend>{t('resolveAll.channels')}</legend>
          {preview.isPending && (
            <p className={styles.loading} role="status">
              <Spinner size={14} /> {tc('loading')}
            </p>
          )}
          {preview.isError && <Alert>{describeApiError(preview.error, tc)}</Alert>}
          {preview.isSuccess && byChannel.length === 0 && <p className={styles.none}>{t('resolveAll.none')}</p>}
          {byChannel.map((entry) => {
            const channel = channelOf(entry.channelId);
            return (
              <label key={entry.channelId} className={styles.channel}>
                <input
                  type="checkbox"
                  checked={!excluded.includes(entry.channelId)}
                  onChange={(event) =>
                    setExcluded((list) =>
                      event.target.checked ? list.filter((id) => id !== entry.channelId) : [...list, entry.channelId],
                    )
                  }
                />
                {channel && <ChannelIcon kind={channel.kind} />}
                <span className={styles.channelName}>{channel?.name ?? `#${entry.channelId}`}</span>
                <span className={styles.channelCount}>{entry.count}</span>
              </label>
            );
          })}
        </fieldset>
        {preview.isSuccess && (
          <p className={styles.total} data-testid="resolve-all-total" aria-live="polite">
            <span>{t('resolveAll.total')}</span>
            <strong>{t('resolveAll.rooms', { count: total })}</strong>
          </p>
        )}
        {resolve.isError && <Alert>{describeApiError(resolve.error, tc)}</Alert>}
      </div>
    </Dialog>
  );
}
