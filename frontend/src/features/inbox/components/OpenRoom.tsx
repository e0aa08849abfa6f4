import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import { describeApiError } from '@/lib/api/describe-error';
import type { CurrentUser, Room } from '@/lib/api/types';
import { useConversation } from '../api/conversation-query';
import { useMarkRead } from '../api/mark-read-mutation';
import { canActOn } from '../lib/permissions';
import { AssigneeControl } from './AssigneeControl';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import { useNotices } from './Notices';
import { RoomHeader } from './RoomHeader';
import { TagsControl } from './TagsControl';
import { TemplateDialog } from './TemplateDialog';
import styles from './RoomPanel.module.css';

export interface OpenRoomProps {
  room: Room;
  messageId: number | null;
  user: CurrentUser;
  onResolve: (room: Room) => void;
  resolving: boolean;
  onClose: () => void;
}

/** A loaded room: header, assignee and tags, the conversation and the composer. Reading it marks it read. */
export function OpenRoom({ room, messageId, user, onResolve, resolving, onClose }: OpenRoomProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const conversation = useConversation(room.id, messageId);
  const [templateOpen, setTemplateOpen] = useState(false);
  const canAct = canActOn(user, room);
  const { mutate: markRoomRead } = useMarkRead();

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
      <RoomHeader room={room} canAct={canAct} onResolve={onResolve} resolving={resolving} onClose={onClose} />
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
