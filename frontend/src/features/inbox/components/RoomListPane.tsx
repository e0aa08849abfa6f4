import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import type { CurrentUser, RoomCounts } from '@/lib/api/types';
import type { PresenceState } from '../api/presence';
import type { useRoomList } from '../api/room-list-query';
import type { BulkOutcome } from '../hooks/use-bulk-notice';
import type { InboxViewApi } from '../hooks/use-inbox-view';
import type { RoomSelection } from '../hooks/use-room-selection';
import { hasFilters, toSearchParams } from '../lib/inbox-url';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { InboxTabs } from './InboxTabs';
import { ListToolbar } from './ListToolbar';
import { RoomList } from './RoomList';
import styles from './RoomListPane.module.css';

interface RoomListPaneProps {
  inbox: InboxViewApi;
  list: ReturnType<typeof useRoomList>;
  counts: RoomCounts | undefined;
  user: CurrentUser;
  activeIndex: number;
  onResolveAll: () => void;
  onHelp: () => void;
  presence?: PresenceState;
  selection: RoomSelection;
  onBulkDone: (outcome: BulkOutcome) => void;
}

/** The rooms of the current view: tabs with counts, filters, order, and the list (or why it is empty). */
export function RoomListPane({
  inbox,
  list,
  counts,
  user,
  activeIndex,
  onResolveAll,
  onHelp,
  presence,
  selection,
  onBulkDone,
}: RoomListPaneProps) {
  const { t } = useTranslation('inbox');
  const { view } = inbox;
  const { rooms } = list;
  const contactSearch = view.q !== '' && view.searchMode === 'contacts';

  const hrefFor = useCallback(
    (roomId: number) => `?${toSearchParams({ ...view, roomId, messageId: null }).toString()}`,
    [view],
  );
  // A new key when the applied filters change, so the bar's unapplied choices start over.
  const filtersKey = JSON.stringify([view.sessions, view.agentIds, view.tagIds, view.channelIds]);

  return (
    <>
      <InboxTabs tab={view.tab} counts={counts?.tabs} onChange={inbox.setTab} />
      <FilterBar
        key={filtersKey}
        applied={view}
        sessionCounts={counts?.sessions}
        onApply={inbox.applyFilters}
        onClear={inbox.clearFilters}
      />
      {selection.selectedIds.length > 0 ? (
        <BulkBar selection={selection} user={user} onDone={onBulkDone} />
      ) : (
        <ListToolbar sort={view.sort} onSort={inbox.setSort} onResolveAll={onResolveAll} onHelp={onHelp} />
      )}
      {view.q && <p className={styles.searchInfo}>{t('search.contactsFor', { q: view.q })}</p>}
      {list.isPending ? (
        <Loading size={16} />
      ) : list.isError && rooms.length === 0 ? (
        <LoadFailed error={list.error} onAction={() => void list.refetch()} />
      ) : rooms.length === 0 ? (
        <p className={styles.empty}>
          {contactSearch
            ? t('list.emptyContacts', { q: view.q })
            : hasFilters(view)
              ? t('list.emptyFiltered')
              : t('list.empty')}
        </p>
      ) : (
        <RoomList
          rooms={rooms}
          user={user}
          openRoomId={view.roomId}
          activeIndex={activeIndex}
          hrefFor={hrefFor}
          onOpen={inbox.openRoom}
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          fetchNextPage={() => void list.fetchNextPage()}
          presence={presence}
          selection={selection}
        />
      )}
    </>
  );
}
