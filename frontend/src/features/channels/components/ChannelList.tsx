import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { ConfirmDialog } from '@/components/confirm-dialog/ConfirmDialog';
import settings from '@/components/settings-page/SettingsSection.module.css';
import { Spinner } from '@/components/spinner/Spinner';
import { useConnections, useDisconnect, useSyncTemplates } from '../api/channels';
import type { Channel, TemplateSyncResult } from '../api/types';
import { describeChannelError } from '../lib/channel-error';
import { ChannelFieldDialog, type ChannelFieldEdit } from './ChannelFieldDialog';
import { ChannelRow } from './ChannelRow';
import styles from './ChannelsPage.module.css';

type OnNotice = (message: string, tone?: 'success' | 'error') => void;

/** The company's channels with their actions; each action reports its outcome through onNotice. */
export function ChannelList({ onNotice }: { onNotice: OnNotice }) {
  const { t } = useTranslation(['channels', 'common']);
  const channels = useConnections();
  const disconnect = useDisconnect();
  const sync = useSyncTemplates();
  const [editing, setEditing] = useState<{ channel: Channel; edit: ChannelFieldEdit } | null>(null);
  const [disconnecting, setDisconnecting] = useState<Channel | null>(null);

  function synced(channel: Channel, result: TemplateSyncResult) {
    const done = t('channels:sync.done', { name: channel.name, ...result });
    const skipped = result.skipped.length === 0 ? '' : ` ${t('channels:sync.skipped', { names: result.skipped.map((s) => s.name).join(', ') })}`;
    onNotice(done + skipped);
  }

  return (
    <section className={settings.section} aria-labelledby="channels-list">
      <h2 id="channels-list">{t('channels:list.title')}</h2>
      {channels.isPending && <Spinner />}
      {channels.isError && (
        <Alert action={<Button size="sm" variant="secondary" onClick={() => void channels.refetch()}>{t('common:retry')}</Button>}>
          {describeChannelError(channels.error, t)}
        </Alert>
      )}
      {channels.isSuccess && channels.data.length === 0 && <p className={styles.muted}>{t('channels:list.empty')}</p>}
      {channels.isSuccess && channels.data.length > 0 && (
        <ul className={styles.list}>
          {channels.data.map((channel) => (
            <ChannelRow
              key={channel.id}
              channel={channel}
              syncing={sync.isPending && sync.variables === channel.id}
              onSync={() =>
                sync.mutate(channel.id, {
                  onSuccess: (result) => synced(channel, result),
                  onError: (error) => onNotice(describeChannelError(error, t), 'error'),
                })
              }
              onEdit={(edit) => setEditing({ channel, edit })}
              onDisconnect={() => setDisconnecting(channel)}
            />
          ))}
        </ul>
      )}
      {editing && (
        <ChannelFieldDialog
          channel={editing.channel}
          edit={editing.edit}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onNotice(t(`channels:${editing.edit}.done`, { name: saved.name }));
          }}
        />
      )}
      {disconnecting && (
        <ConfirmDialog
          title={t('channels:disconnect.title', { name: disconnecting.name })}
          body={t('channels:disconnect.body')}
          confirmLabel={t('channels:list.disconnect')}
          pending={disconnect.isPending}
          error={disconnect.isError ? describeChannelError(disconnect.error, t) : undefined}
          onConfirm={() =>
            disconnect.mutate(disconnecting.id, {
              onSuccess: () => {
                setDisconnecting(null);
                onNotice(t('channels:disconnect.done', { name: disconnecting.name }));
              },
            })
          }
          onClose={() => {
            disconnect.reset();
            setDisconnecting(null);
          }}
        />
      )}
    </section>
  );
}
