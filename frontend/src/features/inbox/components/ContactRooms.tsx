import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import type { Room } from '@/lib/api/types';
import { useContactRooms } from '../api/contact-queries';
import { useNow } from '../hooks/use-now';
import { formatRelative } from '../lib/format-time';
import { ChannelIcon } from './ChannelIcon';
import styles from './ContactPanel.module.css';

interface ContactRoomsProps {
  contactId: number;
  /** The room the panel is beside: not listed again. */
  currentRoomId: number;
  onOpenRoom: (roomId: number) => void;
}

/** The same person's other rooms (on any channel) still being worked, then their past (resolved) conversations. */
export function ContactRooms({ contactId, currentRoomId, onOpenRoom }: ContactRoomsProps) {
  const { t } = useTranslation('inbox');
  const rooms = useContactRooms(contactId);
  const others = rooms.rooms.filter((room) => room.id !== currentRoomId);
  if (rooms.isPending) return <Loading className={styles.status} />;
  if (rooms.isError) return <LoadFailed className={styles.status} error={rooms.error} onAction={() => void rooms.refetch()} />;
  return (
    <>
      <RoomGroup
        title={t('contact.otherRooms')}
        empty={t('contact.noOtherRooms')}
        rooms={others.filter((room) => room.status !== 'RESOLVED')}
        onOpenRoom={onOpenRoom}
      />
      <RoomGroup
        title={t('contact.pastRooms')}
        empty={t('contact.noPastRooms')}
        rooms={others.filter((room) => room.status === 'RESOLVED')}
        onOpenRoom={onOpenRoom}
      />
      {rooms.hasNextPage && (
        <Button variant="ghost" size="sm" loading={rooms.isFetchingNextPage} onClick={() => void rooms.fetchNextPage()}>
          {t('contact.moreRooms')}
        </Button>
      )}
    </>
  );
}

interface RoomGroupProps {
  title: string;
  empty: string;
  rooms: Room[];
  onOpenRoom: (roomId: number) => void;
}

function RoomGroup({ title, empty, rooms, onOpenRoom }: RoomGroupProps) {
  const { t, i18n } = useTranslation('inbox');
  const now = useNow(60_000);
  return (
    <section className={styles.section} aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      {rooms.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul className={styles.rooms}>
          {rooms.map((room) => (
            <li key={room.id}>
              <button type="button" className={styles.room} onClick={() => onOpenRoom(room.id)}>
                <span className={styles.roomWhere}>
                  <ChannelIcon kind={room.channel.kind} />
                  <span className={styles.roomChannel}>{room.channel.name}</span>
                  <span className={styles.roomTime}>
                    {formatRelative(room.lastMessage?.createdAt ?? room.lastActivityAt, now, t, i18n.language)}
                  </span>
                </span>
                {room.lastMessage && <span className={styles.roomPreview}>{room.lastMessage.preview}</span>}
                <span className={styles.roomStatus}>
                  {t(`contact.status.${room.status}`, { name: room.assignee?.name ?? '' })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
