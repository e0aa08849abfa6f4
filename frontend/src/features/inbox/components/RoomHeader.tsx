import { Check, Megaphone, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '@/components/avatar/Avatar';
import { Button } from '@/components/button/Button';
import { CloseButton } from '@/components/close-button/CloseButton';
import type { Room } from '@/lib/api/types';
import type { RoomStatusActions } from '../hooks/use-resolve';
import { formatExact } from '../lib/format-time';
import { ChannelIcon } from './ChannelIcon';
import { ResolvedCheck } from './ResolvedCheck';
import { SessionBadge } from './SessionBadge';
import styles from './RoomPanel.module.css';

interface RoomHeaderProps {
  room: Room;
  canAct: boolean;
  actions: RoomStatusActions;
  onClose: () => void;
}

/** Who and where, the session window, and resolve or reopen / close. */
export function RoomHeader({ room, canAct, actions, onClose }: RoomHeaderProps) {
  const { t, i18n } = useTranslation('inbox');
  return (
    <header className={styles.header}>
      <Avatar name={room.contact.name} src={room.contact.avatarUrl} size={40} />
      <div className={styles.who}>
        <h2 className={styles.name}>
          {room.contact.name}
          {room.status === 'RESOLVED' && <ResolvedCheck label={t('room.resolved')} />}
        </h2>
        <p className={styles.where}>
          <ChannelIcon kind={room.channel.kind} />
          <span>{room.channel.name}</span>
          {room.contact.phone && (
            <>
              <span aria-hidden="true">·</span>
              <span className={styles.phone}>{room.contact.phone}</span>
            </>
          )}
          {room.adReferral?.headline && (
            <span className={styles.adReferral} title={room.adReferral.body ?? undefined}>
              <Megaphone size={12} strokeWidth={2} aria-hidden="true" />
              {t('room.adReferral', { headline: room.adReferral.headline })}
            </span>
          )}
        </p>
      </div>
      <div className={styles.state}>
        <SessionBadge room={room} size="md" />
      </div>
      <div className={styles.actions}>
        {room.status === 'RESOLVED' ? (
          <>
            <span className={styles.resolvedAt}>
              {room.resolvedAt ? t('room.resolvedAt', { time: formatExact(room.resolvedAt, i18n.language) }) : t('room.resolved')}
            </span>
            {canAct && (
              <Button size="sm" variant="secondary" onClick={() => actions.reopen(room)} loading={actions.isReopening}
                disabled={actions.isReopening} icon={<RotateCcw size={14} strokeWidth={2.4} aria-hidden="true" />}>
                {t('room.reopen')}
              </Button>
            )}
          </>
        ) : (
          canAct && (
            <Button size="sm" onClick={() => actions.resolve(room)} loading={actions.isPending} disabled={actions.isPending} icon={<Check size={14} strokeWidth={2.7} aria-hidden="true" />}>
              {t('room.resolve')}
            </Button>
          )
        )}
        <CloseButton label={t('room.close')} onClick={onClose} />
      </div>
    </header>
  );
}
