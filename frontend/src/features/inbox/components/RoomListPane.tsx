import { useCallback, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import type { CurrentUser, RoomCounts } from '@/lib/api/types';
import type { PresenceState } from '../api/presence';
import type { useRoomList } from '../api/room-list-query';
import type { BulkOutcome } from '../hooks/use-bulk-notice';
import type { InboxViewApi } from '../hooks/use-inbox-view';
import type { RoomSelection } from '../hooks/use-room-selection';
import { filtersOf, hasFilters, toSearchParams } from '../lib/inbox-url';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { InboxTabs } from './InboxTabs';
import { ListToolbar } from './ListToolbar';
import { RoomList } from './RoomList';
import styles from './RoomListPane.module.css';

interface RoomListPaneProps {
  inbox: InboxViewApi;
  list: ReturnType<typeof useRoomList>;
  /** The list element, focusable, so Escape can hand focus back to it. */
  listRef: Ref<HTMLDivElement>;
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
  listRef,
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

  return (
    <>
      <InboxTabs tab={view.tab} counts={counts?.tabs} onChange={inbox.setTab} />
      {/* ticked rooms: the bulk actions take the toolbar's place until the selection is cleared */}
      {selection.selectedIds.length > 0 ? (
        <BulkBar selection={selection} user={user} onDone={onBulkDone} />
      ) : (
        <ListToolbar
          filter={
            <FilterBar
              applied={filtersOf(view)}
              sessionCounts={counts?.sessions}
              onApply={inbox.applyFilters}
              onClear={inbox.clearFilters}
            />
          }
          sort={view.sort}
          onSort={inbox.setSort}
          onResolveAll={onResolveAll}
          onHelp={onHelp}
        />
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
          listRef={listRef}
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
