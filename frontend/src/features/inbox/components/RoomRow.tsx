import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '@/components/avatar/Avatar';
import type { PresenceViewer } from '@/lib/api/live-paths';
import type { CurrentUser, Room } from '@/lib/api/types';
import { useNow } from '../hooks/use-now';
import { formatExact, formatRelative } from '../lib/format-time';
import { ChannelIcon } from './ChannelIcon';
import { useTypingText, Viewers } from './Presence';
import { ResolvedCheck } from './ResolvedCheck';
import { SessionBadge } from './SessionBadge';
import styles from './RoomRow.module.css';

interface RoomRowProps {
  room: Room;
  user: CurrentUser;
  href: string;
  open: boolean;
  /** The keyboard cursor (j/k) is on this row. */
  active: boolean;
  onOpen: (roomId: number) => void;
  /** Colleagues viewing the room now (never the user). */
  viewers?: readonly PresenceViewer[];
}

const MAX_TAGS = 2;
const NOBODY: readonly PresenceViewer[] = [];

/** One room in the list: who, where, when, what was said last, and how long the window has. */
export const RoomRow = memo(function RoomRow({ room, user, href, open, active, onOpen, viewers = NOBODY }: RoomRowProps) {
  const { t, i18n } = useTranslation('inbox');
  const typingText = useTypingText(viewers);
  const now = useNow(30_000);
  const unread = room.unreadCount > 0;
  const resolved = room.status === 'RESOLVED';
  const assigneeName = room.assignee
    ? room.assignee.id === user.id
      ? t('row.you')
      : !room.assignee.active
        ? t('row.inactive', { name: room.assignee.name })
        : room.assignee.name
    : null;
  const last = room.lastMessage;
  // Who wrote an outgoing message: "You" only for one's own, a colleague by name.
  const senderPrefix =
    last?.direction !== 'OUTBOUND' || !last.sender
      ? ''
      : last.sender.id === user.id
        ? t('row.youPrefix')
        : t('row.senderPrefix', { name: last.sender.name });
  const preview = last ? senderPrefix + last.preview : t('row.noMessages');

  return (
    <Link
      to={href}
      className={[styles.row, open && styles.open, active && styles.active, unread && styles.unread]
        .filter(Boolean)
        .join(' ')}
      aria-current={open ? 'true' : undefined}
      data-room-id={room.id}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(room.id);
      }}
    >
      <Avatar name={room.contact.name} src={room.contact.avatarUrl} size={36} />
      <span className={styles.body}>
        <span className={styles.line}>
          <span className={styles.name}>{room.contact.name}</span>
          {resolved && <ResolvedCheck label={t('row.resolved')} size={14} />}
          {viewers.length > 0 && (
            <span className={styles.viewers}>
              <Viewers viewers={viewers} size={18} />
            </span>
          )}
          <time className={styles.time} dateTime={room.lastActivityAt} title={formatExact(room.lastActivityAt, i18n.language)}>
            {formatRelative(room.lastActivityAt, now, t, i18n.language)}
          </time>
        </span>
        <span className={[styles.line, styles.meta].join(' ')}>
          <ChannelIcon kind={room.channel.kind} size={13} />
          <span className={styles.channel}>{room.channel.name}</span>
          <span aria-hidden="true">·</span>
          <span className={assigneeName ? styles.assignee : styles.unassigned}>
            {assigneeName ?? t('row.unassigned')}
          </span>
        </span>
        <span className={styles.line}>
          {typingText ? (
            <span className={[styles.preview, styles.typing].join(' ')}>{typingText}</span>
          ) : (
            <span className={styles.preview}>{preview}</span>
          )}
          {unread && (
            <span className={styles.badge} aria-label={t('row.unread', { n: room.unreadCount })}>
              {room.unreadCount > 99 ? '99+' : room.unreadCount}
            </span>
          )}
        </span>
        <span className={styles.line}>
          <SessionBadge room={room} />
          {room.tags.slice(0, MAX_TAGS).map((tag) => (
            <span key={tag.id} className={styles.tag} style={{ ['--tag' as string]: tag.color }}>
              {tag.name}
            </span>
          ))}
          {room.tags.length > MAX_TAGS && (
            <span className={styles.moreTags} title={room.tags.slice(MAX_TAGS).map((tag) => tag.name).join(', ')}>
              {t('row.moreTags', { n: room.tags.length - MAX_TAGS })}
            </span>
          )}
        </span>
      </span>
    </Link>
  );
});
