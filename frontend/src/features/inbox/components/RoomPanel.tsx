import { Check, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Avatar } from '@/components/avatar/Avatar';
import { Button } from '@/components/button/Button';
import { CloseButton } from '@/components/close-button/CloseButton';
import { Spinner } from '@/components/spinner/Spinner';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError } from '@/lib/api/errors';
import type { CurrentUser, Room } from '@/lib/api/types';
import { useMarkRead } from '../api/mark-read-mutation';
import { useConversation } from '../api/conversation-query';
import { useAgents, useTags } from '../api/reference-queries';
import { useRoom } from '../api/room-query';
import { useAssignRoom, useTagRoom } from '../api/room-writes';
import { formatExact } from '../lib/format-time';
import { canActOn } from '../lib/permissions';
import { ChannelIcon } from './ChannelIcon';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import { useNotices } from './Notices';
import { ResolvedCheck } from './ResolvedCheck';
import { SessionBadge } from './SessionBadge';
import { TemplateDialog } from './TemplateDialog';
import styles from './RoomPanel.module.css';

interface RoomPanelProps {
  roomId: number;
  messageId: number | null;
  user: CurrentUser;
  onResolve: (room: Room) => void;
  resolving: boolean;
  onClose: () => void;
}

/** The open room: who and where, its window, actions, the conversation and the composer. */
export function RoomPanel({ roomId, messageId, user, onResolve, resolving, onClose }: RoomPanelProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const room = useRoom(roomId);

  const notFound = room.error instanceof ApiError && room.error.status === 404;
  return (
    // One stable landmark while its content moves from loading to the room.
    <section className={styles.panel} aria-label={t('room.panelLabel')} aria-busy={room.isPending || undefined}>
      {room.isPending ? (
        <p className={styles.status} role="status">
          <Spinner /> {tc('loading')}
        </p>
      ) : room.isError && !room.data ? (
        <div className={styles.status}>
          <Alert
            action={
              <Button size="sm" variant="secondary" onClick={notFound ? onClose : () => void room.refetch()}>
                {notFound ? tc('close') : tc('retry')}
              </Button>
            }
          >
            {notFound ? t('room.notFound') : describeApiError(room.error, tc)}
          </Alert>
        </div>
      ) : (
        <OpenRoom
          key={roomId}
          room={room.data!}
          messageId={messageId}
          user={user}
          onResolve={onResolve}
          resolving={resolving}
          onClose={onClose}
        />
      )}
    </section>
  );
}

function OpenRoom({
  room,
  messageId,
  user,
  onResolve,
  resolving,
  onClose,
}: Omit<RoomPanelProps, 'roomId'> & { room: Room }) {
  const { t, i18n } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const conversation = useConversation(room.id, messageId);
  const [templateOpen, setTemplateOpen] = useState(false);
  const canAct = canActOn(user, room);
  const markRead = useMarkRead();

  // Opening a room reads it; so does a new customer message arriving while it is open
  // (once per last activity, so a stale answer cannot make it ask again and again).
  const marked = useRef<string | null>(null);
  const { mutate: markRoomRead } = markRead;
  useEffect(() => {
    const key = `${room.id}@${room.lastActivityAt}`;
    if (room.unreadCount > 0 && marked.current !== key) {
      marked.current = key;
      markRoomRead(room.id);
    }
  }, [room.id, room.lastActivityAt, room.unreadCount, markRoomRead]);

  const reportError = (error: unknown) => notices.show({ tone: 'error', message: describeApiError(error, tc) });

  return (
    <>
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
          </p>
        </div>
        <div className={styles.state}>
          <SessionBadge room={room} size="md" />
        </div>
        <div className={styles.actions}>
          {room.status === 'RESOLVED' ? (
            <span className={styles.resolvedAt}>
              {room.resolvedAt ? t('room.resolvedAt', { time: formatExact(room.resolvedAt, i18n.language) }) : t('room.resolved')}
            </span>
          ) : (
            canAct && (
              <Button size="sm" onClick={() => onResolve(room)} loading={resolving} disabled={resolving} icon={<Check size={14} strokeWidth={2.7} aria-hidden="true" />}>
                {t('room.resolve')}
              </Button>
            )
          )}
          <CloseButton label={t('room.close')} onClick={onClose} />
        </div>
      </header>
      <div className={styles.toolbar}>
        <AssigneeControl room={room} user={user} onError={reportError} />
        <TagsControl room={room} canAct={canAct} onError={reportError} />
      </div>
      {conversation.error && !conversation.messages.length ? (
        <div className={styles.status}>
          <Alert
            action={
              <Button size="sm" variant="secondary" onClick={conversation.refetch}>
                {tc('retry')}
              </Button>
            }
          >
            {describeApiError(conversation.error, tc)}
          </Alert>
        </div>
      ) : conversation.isLoading ? (
        <p className={styles.status} role="status">
          <Spinner /> {tc('loading')}
        </p>
      ) : (
        <MessageList
          roomId={room.id}
          messages={conversation.messages}
          highlightId={messageId}
          hasOlder={conversation.hasOlder}
          isLoadingOlder={conversation.isLoadingOlder}
          loadOlder={conversation.loadOlder}
          connected={conversation.connected}
          isLoadingNewer={conversation.isLoadingNewer}
          loadNewer={conversation.loadNewer}
        />
      )}
      {!canAct && room.assignee && <p className={styles.readOnly}>{t('room.readOnly', { name: room.assignee.name })}</p>}
      <Composer room={room} canAct={canAct} onSendTemplate={() => setTemplateOpen(true)} />
      {templateOpen && (
        <TemplateDialog
          roomId={room.id}
          channelId={room.channel.id}
          onClose={() => setTemplateOpen(false)}
          onSent={() => {
            setTemplateOpen(false);
            notices.show({ tone: 'success', message: t('template.sent') });
          }}
        />
      )}
    </>
  );
}

function AssigneeControl({ room, user, onError }: { room: Room; user: CurrentUser; onError: (error: unknown) => void }) {
  const { t } = useTranslation('inbox');
  const assign = useAssignRoom(room.id);
  const agents = useAgents();
  const mutate = (agentId: number | null) => assign.mutate({ agentId, seen: room }, { onError });

  if (user.role === 'supervisor') {
    return (
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
    </div>
  );
}

function TagsControl({ room, canAct, onError }: { room: Room; canAct: boolean; onError: (error: unknown) => void }) {
  const { t } = useTranslation('inbox');
  const tags = useTags();
  const tag = useTagRoom(room.id);
  const available = (tags.data ?? []).filter((item) => !room.tags.some((own) => own.id === item.id));

  return (
    <div className={styles.tags} role="group" aria-label={t('room.tags')}>
      {room.tags.map((item) => (
        <span key={item.id} className={styles.tag} style={{ ['--tag' as string]: item.color }}>
          {item.name}
          {canAct && (
            <button
              type="button"
              aria-label={t('room.removeTag', { name: item.name })}
              disabled={tag.isPending}
              onClick={() => tag.mutate({ tagId: item.id, add: false, seen: room }, { onError })}
            >
              <X size={10} strokeWidth={3} aria-hidden="true" />
            </button>
          )}
        </span>
      ))}
      {canAct && available.length > 0 && (
        <select
          className={styles.addTag}
          aria-label={t('room.addTag')}
          value=""
          disabled={tag.isPending}
          onChange={(event) => {
            if (event.target.value) tag.mutate({ tagId: Number(event.target.value), add: true, seen: room }, { onError });
          }}
        >
          <option value="">+ {t('room.addTag')}</option>
          {available.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

