import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseButton } from '@/components/close-button/CloseButton';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import { describeApiError } from '@/lib/api/describe-error';
import type { CurrentUser, Room } from '@/lib/api/types';
import type { RoomStatusActions } from '../hooks/use-resolve';
import { useConversation } from '../api/conversation-query';
import { useMarkRead } from '../api/mark-read-mutation';
import { usePresence, viewersOf } from '../api/presence';
import { assignedHere } from '../api/room-writes';
import { useRoomPresence } from '../hooks/use-room-presence';
import { setOpenRoomId } from '../lib/open-room';
import { canActOn } from '../lib/permissions';
import { AssigneeControl } from './AssigneeControl';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import { useNotices } from './Notices';
import { RoomPresence } from './Presence';
import { RoomHeader } from './RoomHeader';
import { TagsControl } from './TagsControl';
import { TemplateDialog } from './TemplateDialog';
import styles from './RoomPanel.module.css';

export interface OpenRoomProps {
  room: Room;
  messageId: number | null;
  user: CurrentUser;
  statusActions: RoomStatusActions;
  onClose: () => void;
}

/** A loaded room: header, assignee and tags, the conversation and the composer. Reading it marks it read. */
export function OpenRoom({ room, messageId, user, statusActions, onClose }: OpenRoomProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const conversation = useConversation(room.id, messageId);
  const [templateOpen, setTemplateOpen] = useState(false);
  const canAct = canActOn(user, room);
  const { mutate: markRoomRead } = useMarkRead();
  const viewers = viewersOf(usePresence(user.id).data, room.id);
  const presence = useRoomPresence(room.id);
  const takenBy = useTakenBy(room, user);

  useEffect(() => {
    setOpenRoomId(room.id);
    return () => setOpenRoomId(null);
  }, [room.id]);

  // Opening a room reads it; so does a new customer message arriving while it is open
  // (once per last activity, so a stale answer cannot make it ask again and again).
  const marked = useRef<string | null>(null);
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
      <RoomHeader room={room} canAct={canAct} actions={statusActions} onClose={onClose} />
      <RoomPresence viewers={viewers} />
      <div className={styles.toolbar}>
        <AssigneeControl room={room} user={user} onError={reportError} />
        <TagsControl room={room} canAct={canAct} onError={reportError} />
      </div>
      {conversation.error && !conversation.messages.length ? (
        <LoadFailed className={styles.status} error={conversation.error} onAction={conversation.refetch} />
      ) : conversation.isLoading ? (
        <Loading className={styles.status} />
      ) : (
        <MessageList
          roomId={room.id}
          messages={conversation.messages}
          highlightId={messageId}
          canAct={canAct}
          hasOlder={conversation.hasOlder}
          isLoadingOlder={conversation.isLoadingOlder}
          loadOlder={conversation.loadOlder}
          connected={conversation.connected}
          isLoadingNewer={conversation.isLoadingNewer}
          loadNewer={conversation.loadNewer}
        />
      )}
      {takenBy.name && (
        <div className={styles.taken} role="status">
          <span>{t('room.takenBy', { name: takenBy.name })}</span>
          <CloseButton label={tc('close')} onClick={takenBy.dismiss} />
        </div>
      )}
      {!canAct && room.assignee && <p className={styles.readOnly}>{t('room.readOnly', { name: room.assignee.name })}</p>}
      <Composer
        room={room}
        canAct={canAct}
        onSendTemplate={() => setTemplateOpen(true)}
        agentName={user.name}
        newestMessageId={conversation.messages[conversation.messages.length - 1]?.id ?? null}
        onTyping={presence.typing}
        onStoppedTyping={presence.stoppedTyping}
      />
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

/**
 * Who took the room while it was open here (a colleague, not a choice made in this tab), until
 * dismissed; the draft stays as it was.
 */
function useTakenBy(room: Room, user: CurrentUser) {
  const assigneeId = room.assignee?.id ?? null;
  const [seenAssigneeId, setSeenAssigneeId] = useState(assigneeId);
  const [name, setName] = useState<string | null>(null);
  if (assigneeId !== seenAssigneeId) {
    // Adjusting state to a changed prop while rendering (React's documented pattern).
    setSeenAssigneeId(assigneeId);
    const taken = room.assignee !== null && room.assignee.id !== user.id && !assignedHere(room.id, room.assignee.id);
    setName(taken ? room.assignee!.name : null);
  }
  return { name, dismiss: () => setName(null) };
}
