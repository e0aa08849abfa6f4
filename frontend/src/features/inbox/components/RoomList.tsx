import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/spinner/Spinner';
import type { CurrentUser, Room } from '@/lib/api/types';
import { viewersOf, type PresenceState } from '../api/presence';
import type { RoomSelection } from '../hooks/use-room-selection';
import { RoomRow } from './RoomRow';
import styles from './RoomList.module.css';

// A first guess per row until it is measured; rows are measured as they render.
const ESTIMATED_ROW_PX = 96;
// jsdom (and a not-yet-laid-out element) measure 0: assume a screenful so something renders.
const FALLBACK_VIEWPORT_PX = 800;
// Load the next page when the last rendered row is this close to the end of the loaded rooms.
const LOAD_AHEAD_ROWS = 10;

interface RoomListProps {
  listRef?: Ref<HTMLDivElement>;
  rooms: Room[];
  user: CurrentUser;
  openRoomId: number | null;
  activeIndex: number;
  hrefFor: (roomId: number) => string;
  onOpen: (roomId: number) => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** Who else views which room. */
  presence?: PresenceState;
  /** The rooms ticked for a bulk change: a checkbox on each row. */
  selection?: RoomSelection;
}

/**
 * The virtualized room list (TanStack Virtual, measured rows). Loads the next cursor page as the
 * end comes into view, and keeps the rows the agent is looking at in place when a refresh
 * inserts rooms above them.
 */
export function RoomList({
  listRef,
  rooms,
  user,
  openRoomId,
  activeIndex,
  hrefFor,
  onOpen,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  presence,
  selection,
}: RoomListProps) {
  const { t } = useTranslation('inbox');
  const scrollRef = useRef<HTMLDivElement>(null);
  // No React Compiler here; the virtualizer re-renders this list itself when it scrolls or measures.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rooms.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => rooms[index]?.id ?? index,
    overscan: 6,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: FALLBACK_VIEWPORT_PX })),
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastRendered >= rooms.length - LOAD_AHEAD_ROWS) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastRendered, rooms.length, fetchNextPage]);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  // Scroll anchoring: when polling moves rooms above the first visible one, follow that room.
  // At the very top nothing is anchored, so rooms that arrive there are seen.
  const anchor = useRef<{ roomId: number; offset: number } | null>(null);
  const rememberAnchor = () => {
    const scrollTop = scrollRef.current?.scrollTop ?? 0;
    const first = virtualizer.getVirtualItemForOffset(scrollTop);
    anchor.current = first ? { roomId: Number(first.key), offset: scrollTop - first.start } : null;
  };
  useLayoutEffect(() => {
    const scrollTop = scrollRef.current?.scrollTop ?? 0;
    const previous = anchor.current;
    if (previous && scrollTop > 0) {
      const item = virtualizer.measurementsCache[rooms.findIndex((room) => room.id === previous.roomId)];
      if (item && item.start + previous.offset !== scrollTop) virtualizer.scrollToOffset(item.start + previous.offset);
    }
    rememberAnchor();
    // Only a new list moves the anchor; scrolling records it (onScroll).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rooms]);

  return (
    <div ref={scrollRef} className={styles.scroller} onScroll={rememberAnchor}>
      <div
        ref={listRef}
        role="list"
        tabIndex={-1}
        aria-label={t('listLabel')}
        className={[styles.list, selection && selection.selectedIds.length > 0 && styles.selecting].filter(Boolean).join(' ')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const room = rooms[item.index];
          if (!room) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={hasNextPage ? -1 : rooms.length}
              aria-posinset={item.index + 1}
              className={styles.item}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {selection && (
                <input
                  type="checkbox"
                  className={styles.check}
                  checked={selection.isSelected(room.id)}
                  aria-label={t('select.row', { name: room.contact.name })}
                  // a click's shift key ticks the range from the last room ticked
                  onChange={(event) => selection.toggle(room.id, (event.nativeEvent as MouseEvent).shiftKey === true)}
                />
              )}
              <RoomRow
                room={room}
                user={user}
                href={hrefFor(room.id)}
                open={room.id === openRoomId}
                active={item.index === activeIndex}
                onOpen={onOpen}
                viewers={viewersOf(presence, room.id)}
              />
            </div>
          );
        })}
      </div>
      {isFetchingNextPage && (
        <p className={styles.footer} role="status">
          <Spinner size={14} /> {t('list.loadingMore')}
        </p>
      )}
      {!hasNextPage && rooms.length > 12 && <p className={styles.footer}>{t('list.end')}</p>}
    </div>
  );
}
