import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import type { CurrentUser, Room } from '@/lib/api/types';
import { useAgents } from '../api/reference-queries';
import { useAssignRoom } from '../api/room-writes';
import { canActOn } from '../lib/permissions';
import { HandoverDialog } from './HandoverDialog';
import { useNotices } from './Notices';
import styles from './RoomPanel.module.css';

/**
 * Who has the room: a supervisor picks anyone; an agent takes an unassigned room or gives theirs back.
 * Whoever may act on an open room may also hand it over to a colleague with a note.
 */
export function AssigneeControl({ room, user, onError }: { room: Room; user: CurrentUser; onError: (error: unknown) => void }) {
  const { t } = useTranslation('inbox');
  const [handingOver, setHandingOver] = useState(false);
  const notices = useNotices();
  // The dialog stays mounted until it closes itself: the hand-over's answer makes the room another's (no button).
  const handOver = (
    <>
      {room.status !== 'RESOLVED' && canActOn(user, room) && (
        <Button size="sm" variant="secondary" onClick={() => setHandingOver(true)}>
          {t('handover.button')}
        </Button>
      )}
      {handingOver && (
        <HandoverDialog
          room={room}
          user={user}
          onClose={() => setHandingOver(false)}
          onDone={(name) => notices.show({ tone: 'success', message: t('handover.done', { name }) })}
        />
      )}
    </>
  );
  return (
    <Assignee room={room} user={user} onError={onError}>
      {handOver}
    </Assignee>
  );
}

function Assignee({
  room,
  user,
  onError,
  children,
}: {
  room: Room;
  user: CurrentUser;
  onError: (error: unknown) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('inbox');
  const assign = useAssignRoom(room.id);
  const agents = useAgents();
  const mutate = (agentId: number | null) => assign.mutate({ agentId, seen: room }, { onError });

  if (user.role === 'supervisor') {
    return (
      <div className={styles.assignee}>
        <label className={styles.assignee}>
          <span className={styles.fieldLabel}>{t('room.assignee')}</span>
          <select
            value={room.assignee ? String(room.assignee.id) : ''}
            disabled={assign.isPending}
            onChange={(event) => mutate(event.target.value ? Number(event.target.value) : null)}
          >
            <option value="">{t('room.unassigned')}</option>
            {room.assignee && !agents.data?.some((agent) => agent.id === room.assignee?.id) && (
              <option value={room.assignee.id}>
                {!room.assignee.active ? t('row.inactive', { name: room.assignee.name }) : room.assignee.name}
              </option>
            )}
            {(agents.data ?? []).map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name}
              </option>
            ))}
          </select>
        </label>
        {children}
      </div>
    );
  }

  const mine = room.assignee?.id === user.id;
  return (
    <div className={styles.assignee}>
      <span className={styles.fieldLabel}>{t('room.assignee')}</span>
      <span className={styles.assigneeName}>
        {room.assignee
          ? mine
            ? `${room.assignee.name} (${t('row.you')})`
            : !room.assignee.active
              ? t('row.inactive', { name: room.assignee.name })
              : room.assignee.name
          : t('room.unassigned')}
      </span>
      {!room.assignee && (
        <Button size="sm" variant="secondary" onClick={() => mutate(user.id)} loading={assign.isPending} disabled={assign.isPending}>
          {t('room.takeIt')}
        </Button>
      )}
      {mine && room.status !== 'RESOLVED' && (
        <Button size="sm" variant="ghost" onClick={() => mutate(null)} loading={assign.isPending} disabled={assign.isPending}>
          {t('room.unassign')}
        </Button>
      )}
      {children}
    </div>
  );
}
