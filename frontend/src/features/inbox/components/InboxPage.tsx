import { ArrowDownUp, CheckCheck } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { Spinner } from '@/components/spinner/Spinner';
import { describeApiError } from '@/lib/api/describe-error';
import type { CurrentUser, ResolveExpiredResult } from '@/lib/api/types';
import { useUndoResolveExpired } from '../api/resolve-expired';
import { useRoomCounts } from '../api/room-counts-query';
import { useRoomList } from '../api/room-list-query';
import { useRoom } from '../api/room-query';
import { useInboxView } from '../hooks/use-inbox-view';
import { useResolve } from '../hooks/use-resolve';
import { useShortcuts } from '../hooks/use-shortcuts';
import { formatClock } from '../lib/format-time';
import { hasFilters, roomFilterQuery, roomQuery, SORTS, toSearchParams, type Sort } from '../lib/inbox-url';
import { canActOn } from '../lib/permissions';
import { FilterBar } from './FilterBar';
import { InboxTabs } from './InboxTabs';
import { NoticesProvider, useNotices } from './Notices';
import { ResolveAllDialog } from './ResolveAllDialog';
import { RoomList } from './RoomList';
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
  const { t, i18n } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const { view, ...nav } = useInboxView();
  const queryKey = JSON.stringify(roomQuery(view));
  // Memoised by value (the serialised query), so a re-render does not make a new query key.
  const query = useMemo(() => roomQuery(view), [queryKey]);
  const list = useRoomList(query);
  const counts = useRoomCounts(roomFilterQuery(query));
  const openRoom = useRoom(view.roomId);
  const { resolve: resolveRoom, isPending: resolving } = useResolve(user);
  const undo = useUndoResolveExpired();
  const searchRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [resolveAllOpen, setResolveAllOpen] = useState(false);
  const [cursor, setCursor] = useState<{ key: string; index: number }>({ key: queryKey, index: -1 });
  const activeIndex = cursor.key === queryKey ? cursor.index : -1;

  const { rooms } = list;

  const messageSearch = view.q !== '' && view.searchMode === 'messages';

  const hrefFor = useCallback(
    (roomId: number) => `?${toSearchParams({ ...view, roomId, messageId: null }).toString()}`,
    [view],
  );

  function onResolvedAll(result: ResolveExpiredResult) {
    const batchId = result.batchId;
    const undoable = batchId !== null && result.resolvedCount > 0 && result.undoUntil !== null;
    notices.show({
      tone: 'success',
      message: t('resolveAll.done', { n: result.resolvedCount }),
      detail: undoable ? t('resolveAll.undoUntil', { time: formatClock(result.undoUntil!, i18n.language) }) : undefined,
      until: undoable ? Date.parse(result.undoUntil!) : undefined,
      action: undoable
        ? {
            label: t('resolveAll.undo'),
            onClick: () =>
              undo.mutate(batchId!, {
                onSuccess: (undone) => notices.show({ tone: 'success', message: t('resolveAll.undone', { n: undone.reopenedCount }) }),
                onError: (error) => notices.show({ tone: 'error', message: describeApiError(error, tc) }),
              }),
          }
        : undefined,
    });
  }

  const move = (step: number) => {
    if (messageSearch || rooms.length === 0) return;
    const from = activeIndex >= 0 ? activeIndex : rooms.findIndex((room) => room.id === view.roomId);
    const index = from < 0 ? 0 : Math.min(rooms.length - 1, Math.max(0, from + step));
    setCursor({ key: queryKey, index });
  };

  useShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    open: () => {
      const room = rooms[activeIndex];
      if (room) nav.openRoom(room.id);
    },
    resolve: () => {
      const room = openRoom.data ?? rooms[activeIndex];
      if (room && room.status !== 'RESOLVED' && canActOn(user, room) && !resolving) resolveRoom(room);
    },
    focusSearch: () => searchRef.current?.focus(),
    help: () => setHelpOpen(true),
  });

  // Keep the keyboard cursor on the open room when it is opened by other means.
  const openIndex = rooms.findIndex((room) => room.id === view.roomId);
  useEffect(() => {
    if (openIndex >= 0) setCursor((current) => (current.key === queryKey && current.index === openIndex ? current : { key: queryKey, index: openIndex }));
  }, [openIndex, queryKey]);

  const filtersKey = JSON.stringify([view.sessions, view.agentIds, view.tagIds, view.channelIds]);
  const filtered = hasFilters(view) || (view.q !== '' && view.searchMode === 'contacts');

  return (
    <div className={styles.inbox}>
      <aside className={styles.sidebar} aria-label={t('title')}>
        <h1 className="visually-hidden">{t('title')}</h1>
        <SearchBar
          q={view.q}
          mode={view.searchMode}
          onSearch={nav.search}
          onClear={nav.clearSearch}
          inputRef={searchRef}
        />
        {messageSearch ? (
          <SearchResults q={view.q} openMessageId={view.messageId} onOpen={nav.openRoom} />
        ) : (
          <>
            <InboxTabs tab={view.tab} counts={counts.data?.tabs} onChange={nav.setTab} />
            <FilterBar
              key={filtersKey}
              applied={view}
              sessionCounts={counts.data?.sessions}
              onApply={nav.applyFilters}
              onClear={nav.clearFilters}
            />
            <div className={styles.toolbar}>
              <label className={styles.sort}>
                <ArrowDownUp size={14} strokeWidth={1.95} aria-hidden="true" />
                <span className="visually-hidden">{t('sort.label')}</span>
                <select value={view.sort} onChange={(event) => nav.setSort(event.target.value as Sort)}>
                  {SORTS.map((sort) => (
                    <option key={sort} value={sort}>
                      {t(`sort.${sort}`)}
                    </option>
                  ))}
                </select>
              </label>
              <span className={styles.spacer} />
              <button
                type="button"
                className={styles.resolveAll}
                aria-label={t('resolveAll.buttonLabel')}
                title={t('resolveAll.buttonLabel')}
                onClick={() => setResolveAllOpen(true)}
              >
                <CheckCheck size={14} strokeWidth={2.25} aria-hidden="true" />
                <span>{t('resolveAll.button')}</span>
              </button>
              <button
                type="button"
                className={styles.help}
                aria-label={t('shortcuts.open')}
                title={t('shortcuts.open')}
                onClick={() => setHelpOpen(true)}
              >
                ?
              </button>
            </div>
            {view.q && <p className={styles.searchInfo}>{t('search.contactsFor', { q: view.q })}</p>}
            {list.isPending ? (
              <p className={styles.status} role="status">
                <Spinner size={16} /> {tc('loading')}
              </p>
            ) : list.isError && rooms.length === 0 ? (
              <div className={styles.status}>
                <Alert
                  action={
                    <Button size="sm" variant="secondary" onClick={() => void list.refetch()}>
                      {tc('retry')}
                    </Button>
                  }
                >
                  {describeApiError(list.error, tc)}
                </Alert>
              </div>
            ) : rooms.length === 0 ? (
              <p className={styles.empty}>
                {view.q && view.searchMode === 'contacts'
                  ? t('list.emptyContacts', { q: view.q })
                  : filtered
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
                onOpen={nav.openRoom}
                hasNextPage={list.hasNextPage}
                isFetchingNextPage={list.isFetchingNextPage}
                fetchNextPage={() => void list.fetchNextPage()}
              />
            )}
          </>
        )}
      </aside>
      {view.roomId !== null ? (
        <RoomPanel
          roomId={view.roomId}
          messageId={view.messageId}
          user={user}
          onResolve={resolveRoom}
          resolving={resolving}
          onClose={nav.closeRoom}
        />
      ) : (
        <section className={styles.placeholder} aria-label={t('room.panelLabel')}>
          <svg width="56" height="56" viewBox="0 0 40 40" aria-hidden="true">
            <rect x="4" y="8" width="32" height="24" rx="5" fill="#eef0ff" stroke="#c7d2fe" />
            <path d="M4.5 22h8l2.5 4h10l2.5-4h8" fill="none" stroke="#818cf8" strokeWidth="1.5" />
            <path d="M12 14h16M12 18h10" stroke="#a5b4fc" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <h2>{t('room.pickTitle')}</h2>
          <p>{t('room.pickText')}</p>
          <p className={styles.keys}>
            <kbd>j</kbd> <kbd>k</kbd> <kbd>Enter</kbd> <kbd>e</kbd> <kbd>/</kbd> <kbd>?</kbd>
          </p>
        </section>
      )}
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      {resolveAllOpen && (
        <ResolveAllDialog user={user} onClose={() => setResolveAllOpen(false)} onResolved={onResolvedAll} />
      )}
    </div>
  );
}

