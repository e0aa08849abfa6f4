import { useTranslation } from 'react-i18next';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import { ApiError } from '@/lib/api/errors';
import { useRoom } from '../api/room-query';
import { OpenRoom, type OpenRoomProps } from './OpenRoom';
import styles from './RoomPanel.module.css';

type RoomPanelProps = Omit<OpenRoomProps, 'room'> & { roomId: number };

/** The open room's place: loading, why it cannot be shown, or the room itself. */
export function RoomPanel({ roomId, messageId, user, statusActions, onClose }: RoomPanelProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const room = useRoom(roomId);
  const notFound = room.error instanceof ApiError && room.error.status === 404;

  return (
    // One stable landmark while its content moves from loading to the room.
    <section className={styles.panel} aria-label={t('room.panelLabel')} aria-busy={room.isPending || undefined}>
      {room.data ? (
        <OpenRoom
          key={roomId}
          room={room.data}
          messageId={messageId}
          user={user}
          statusActions={statusActions}
          onClose={onClose}
        />
      ) : room.isError ? (
        <LoadFailed
          className={styles.status}
          error={room.error}
          message={notFound ? t('room.notFound') : undefined}
          onAction={notFound ? onClose : () => void room.refetch()}
          actionLabel={notFound ? tc('close') : undefined}
        />
      ) : (
        <Loading className={styles.status} />
      )}
    </section>
  );
}
