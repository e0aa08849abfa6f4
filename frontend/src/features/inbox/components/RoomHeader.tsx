import { ArrowLeft, Check, Megaphone, RotateCcw, UserRound } from 'lucide-react';
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
  /** Whether the contact panel is shown beside the room, and its toggle. */
  contactOpen: boolean;
  onToggleContact: () => void;
}

/** Who and where, the session window, the contact panel's toggle, and resolve or reopen / close. */
export function RoomHeader({ room, canAct, actions, onClose, contactOpen, onToggleContact }: RoomHeaderProps) {
  const { t, i18n } = useTranslation('inbox');
  return (
    <header className={styles.header}>
      {/* Phones show the list and the room as two screens: this goes back to the list. */}
      <button type="button" className={styles.back} onClick={onClose}>
        <ArrowLeft size={16} strokeWidth={2.2} aria-hidden="true" />
        {t('room.back')}
      </button>
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
        <Button
          variant="secondary"
          size="sm"
          aria-pressed={contactOpen}
          onClick={onToggleContact}
          icon={<UserRound size={14} strokeWidth={2.2} aria-hidden="true" />}
        >
          {t('room.contactInfo')}
        </Button>
        {room.status === 'RESOLVED' ? (
          <>
            <span className={styles.resolvedAt} title={room.resolvedAt ? formatExact(room.resolvedAt, i18n.language) : undefined}>
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
        <span className={styles.close}>
          <CloseButton label={t('room.close')} onClick={onClose} />
        </span>
      </div>
    </header>
  );
}
