import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/api/types';
import { usePresence } from '../api/presence';
import { useRoomCounts } from '../api/room-counts-query';
import { useRoomList } from '../api/room-list-query';
import { useRoom } from '../api/room-query';
import { useContactPanel } from '../hooks/use-contact-panel';
import { useInboxView } from '../hooks/use-inbox-view';
import { useResolve } from '../hooks/use-resolve';
import { useResolvedAllNotice } from '../hooks/use-resolved-all-notice';
import { useBulkNotice } from '../hooks/use-bulk-notice';
import { useHandedOverNotice } from '../hooks/use-handed-over-notice';
import { useRoomCursor } from '../hooks/use-room-cursor';
import { useRoomSelection } from '../hooks/use-room-selection';
import { useShortcuts } from '../hooks/use-shortcuts';
import { roomFilterQuery, roomQuery } from '../lib/inbox-url';
import { canActOn } from '../lib/permissions';
import { ContactPanel } from './ContactPanel';
import { NoRoomOpen } from './NoRoomOpen';
import { NoticesProvider } from './Notices';
import { ResolveAllDialog } from './ResolveAllDialog';
import { RoomListPane } from './RoomListPane';
import { RoomPanel } from './RoomPanel';
import { SearchBar } from './SearchBar';
import { SearchResults } from './SearchResults';
import { ShortcutsHelp } from './ShortcutsHelp';
import styles from './InboxPage.module.css';

/** The agent's inbox: room list with tabs, filters and search on the left, the open room on the right. */
export function InboxPage({ user }: { user: CurrentUser }) {
  return (
    <NoticesProvider>
      <Inbox user={user} />
    </NoticesProvider>
  );
}

function Inbox({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('inbox');
  const inbox = useInboxView();
  const { view } = inbox;
  const query = useMemo(() => roomQuery(view), [view]);
  const list = useRoomList(query);
  const counts = useRoomCounts(roomFilterQuery(query));
  const openRoom = useRoom(view.roomId);
  const presence = usePresence(user.id);
  const statusActions = useResolve(user);
  const onResolvedAll = useResolvedAllNotice();
  const onBulkDone = useBulkNotice();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [resolveAllOpen, setResolveAllOpen] = useState(false);
  const contactPanel = useContactPanel(user.id);
  const messageSearch = view.q !== '' && view.searchMode === 'messages';
  const cursor = useRoomCursor(list.rooms, JSON.stringify(query), view.roomId);
  const selection = useRoomSelection(list.rooms, JSON.stringify(query));
  useHandedOverNotice(user, inbox.openRoom);

  useShortcuts({
    next: () => !messageSearch && cursor.move(1),
    previous: () => !messageSearch && cursor.move(-1),
    open: () => cursor.activeRoom && inbox.openRoom(cursor.activeRoom.id),
    resolve: () => {
      const room = openRoom.data ?? cursor.activeRoom;
      if (room && room.status !== 'RESOLVED' && canActOn(user, room) && !statusActions.isPending) statusActions.resolve(room);
    },
    toggleSelect: () => {
      if (messageSearch) return;
      // the row with the focus, else the keyboard cursor's
      const focused = document.activeElement?.closest<HTMLElement>('[data-room-id]');
      const roomId = focused ? Number(focused.dataset.roomId) : cursor.activeRoom?.id;
      if (roomId !== undefined) selection.toggle(roomId);
    },
    focusSearch: () => searchRef.current?.focus(),
    help: () => setHelpOpen(true),
    close: () => {
      if (view.roomId === null) return;
      inbox.closeRoom();
      listRef.current?.focus();
    },
  });

  return (
    // Below 768 px the list and the room are two screens; the URL's room decides which one shows.
    <div className={styles.inbox} data-screen={view.roomId !== null ? 'room' : 'list'}>
      <aside className={styles.sidebar} aria-label={t('title')}>
        <h1 className="visually-hidden">{t('title')}</h1>
        <SearchBar
          q={view.q}
          mode={view.searchMode}
          onSearch={inbox.search}
          onClear={inbox.clearSearch}
          onLeave={() => listRef.current?.focus()}
          inputRef={searchRef}
        />
        {messageSearch ? (
          <SearchResults q={view.q} openMessageId={view.messageId} onOpen={inbox.openRoom} />
        ) : (
          <RoomListPane
            inbox={inbox}
            list={list}
            listRef={listRef}
            counts={counts.data}
            user={user}
            activeIndex={cursor.activeIndex}
            onResolveAll={() => setResolveAllOpen(true)}
            onHelp={() => setHelpOpen(true)}
            presence={presence.data}
            selection={selection}
            onBulkDone={onBulkDone}
          />
        )}
      </aside>
      {view.roomId !== null ? (
        <RoomPanel
          roomId={view.roomId}
          messageId={view.messageId}
          user={user}
          statusActions={statusActions}
          onClose={inbox.closeRoom}
          contactOpen={contactPanel.open}
          onToggleContact={contactPanel.toggle}
        />
      ) : (
        <NoRoomOpen />
      )}
      {contactPanel.open && openRoom.data && (
        <ContactPanel
          key={openRoom.data.contact.id}
          contactId={openRoom.data.contact.id}
          roomId={openRoom.data.id}
          onOpenRoom={inbox.openRoom}
          onClose={contactPanel.close}
        />
      )}
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      {resolveAllOpen && (
        <ResolveAllDialog user={user} onClose={() => setResolveAllOpen(false)} onResolved={onResolvedAll} />
      )}
    </div>
  );
}
