import { CircleCheck, CirclePause, KeyRound, RefreshCw, Unplug } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { formatDateTime } from '@/lib/format-date-time';
import type { Channel } from '../api/types';
import type { ChannelFieldEdit } from './ChannelFieldDialog';
import styles from './ChannelsPage.module.css';

interface ChannelRowProps {
  channel: Channel;
  syncing: boolean;
  onSync: () => void;
  onEdit: (edit: ChannelFieldEdit) => void;
  onDisconnect: () => void;
}

/** One channel: what it is, how it is connected, since when, and what a supervisor can do with it. */
export function ChannelRow({ channel, syncing, onSync, onEdit, onDisconnect }: ChannelRowProps) {
  const { t, i18n } = useTranslation('channels');
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const cloud = channel.provider === 'WHATSAPP_CLOUD';
  const live = cloud && channel.active;
  const icon = (Icon: typeof RefreshCw) => <Icon size={16} strokeWidth={1.8} aria-hidden="true" />;

  return (
    <li aria-label={channel.name} className={[styles.item, channel.active ? '' : styles.inactive].join(' ')}>
      <div className={styles.summary}>
        <div className={styles.nameLine}>
          <span className={styles.name}>{channel.name}</span>
          <span className={styles.badge}>{t(`kind.${channel.kind}`)}</span>
          <span className={styles.badge}>{cloud ? t('list.cloud') : t('list.sandbox')}</span>
        </div>
        <dl className={styles.facts}>
          {channel.phoneNumberId && (
            <div>
              <dt>{t('list.phoneNumberId')}</dt>
              <dd className={styles.mono}>{channel.phoneNumberId}</dd>
            </div>
          )}
          {live && (
            <div>
              <dt>{t('list.wabaId')}</dt>
              <dd className={channel.wabaId ? styles.mono : undefined}>{channel.wabaId ?? t('list.noWabaId')}</dd>
            </div>
          )}
        </dl>
        <p className={styles.muted}>
          <span className={channel.active ? styles.connected : styles.disconnected}>
            {channel.active ? icon(CircleCheck) : icon(CirclePause)}
            {channel.active ? t('list.connected') : t('list.disconnected')}
          </span>
          {' · '}
          {t('list.since', { date: date(channel.active ? channel.connectedAt : (channel.disconnectedAt ?? channel.connectedAt)) })}
          {live && (
            <>
              {' · '}
              {channel.templatesSyncedAt
                ? t('list.templatesSyncedAt', { date: date(channel.templatesSyncedAt) })
                : t('list.templatesNeverSynced')}
            </>
          )}
        </p>
      </div>
      {channel.active && (
        <div className={styles.actions} role="group" aria-label={t('list.actionsOf', { name: channel.name })}>
          {live &&
            (channel.wabaId ? (
              <Button size="sm" variant="secondary" icon={icon(RefreshCw)} loading={syncing} disabled={syncing} onClick={onSync}
                aria-label={t('list.syncNamed', { name: channel.name })}>
                {t('list.sync')}
              </Button>
            ) : (
              <Button size="sm" variant="secondary" onClick={() => onEdit('wabaId')} aria-label={t('list.setWabaIdNamed', { name: channel.name })}>
                {t('list.setWabaId')}
              </Button>
            ))}
          {live && (
            <Button size="sm" variant="secondary" icon={icon(KeyRound)} onClick={() => onEdit('replaceToken')}
              aria-label={t('list.replaceTokenNamed', { name: channel.name })}>
              {t('list.replaceToken')}
            </Button>
          )}
          <Button size="sm" variant="ghost" icon={icon(Unplug)} onClick={onDisconnect} aria-label={t('list.disconnectNamed', { name: channel.name })}>
            {t('list.disconnect')}
          </Button>
        </div>
      )}
    </li>
  );
}
