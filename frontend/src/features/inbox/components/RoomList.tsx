import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/spinner/Spinner';
import type { CurrentUser, Room } from '@/lib/api/types';
import { useVirtualRows } from '../hooks/use-virtual-rows';
import { RoomRow } from './RoomRow';
import styles from './RoomList.module.css';

export const ROW_HEIGHT = 96;

interface RoomListProps {
  rooms: Room[];
  user: CurrentUser;
  openRoomId: number | null;
  activeIndex: number;
  hrefFor: (roomId: number) => string;
  onOpen: (roomId: number) => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
}

/**
 * The virtualized room list. Loads the next cursor page as the end comes into view, and keeps
 * the rows the agent is looking at in place when a refresh inserts rooms above them.
 */
export function RoomList({
  rooms,
  user,
  openRoomId,
  activeIndex,
  hrefFor,
  onOpen,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: RoomListProps) {
  const { t } = useTranslation('inbox');
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end, totalHeight, lastVisible, scrollToIndex } = useVirtualRows({
    count: rooms.length,
    rowHeight: ROW_HEIGHT,
    scrollRef,
  });

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= rooms.length - 10) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastVisible, rooms.length, fetchNextPage]);

  useEffect(() => {
    if (activeIndex >= 0) scrollToIndex(activeIndex);
  }, [activeIndex, scrollToIndex]);

  // Scroll anchoring: when polling moves rooms above the first visible one, shift by as much.
  const anchor = useRef<{ id: number; index: number } | null>(null);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const previous = anchor.current;
    if (previous && element.scrollTop > 0) {
      const index = rooms.findIndex((room) => room.id === previous.id);
      if (index >= 0 && index !== previous.index) element.scrollTop += (index - previous.index) * ROW_HEIGHT;
    }
    const firstIndex = Math.floor(element.scrollTop / ROW_HEIGHT);
    const first = rooms[firstIndex];
    anchor.current = first ? { id: first.id, index: firstIndex } : null;
  }, [rooms]);

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      onScroll={(event) => {
        const firstIndex = Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT);
        const first = rooms[firstIndex];
        anchor.current = first ? { id: first.id, index: firstIndex } : null;
      }}
    >
      <div role="list" aria-label={t('listLabel')} className={styles.list} style={{ height: totalHeight }}>
        {rooms.slice(start, end).map((room, offset) => {
          const index = start + offset;
          return (
            <div
              key={room.id}
              role="listitem"
              aria-setsize={hasNextPage ? -1 : rooms.length}
              aria-posinset={index + 1}
              className={styles.item}
              style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
            >
              <RoomRow
                room={room}
                user={user}
                href={hrefFor(room.id)}
                open={room.id === openRoomId}
                active={index === activeIndex}
                onOpen={onOpen}
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
