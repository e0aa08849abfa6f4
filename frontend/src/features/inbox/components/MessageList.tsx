import { Fragment, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { Spinner } from '@/components/spinner/Spinner';
import type { Message } from '@/lib/api/types';
import { useNow } from '../hooks/use-now';
import { dayKey, formatDay } from '../lib/format-time';
import { MessageItem } from './MessageItem';
import styles from './MessageList.module.css';

interface MessageListProps {
  roomId: number;
  messages: Message[];
  highlightId: number | null;
  /** Whether the reader may write to the room (retry a failed message). */
  canAct: boolean;
  hasOlder: boolean;
  isLoadingOlder: boolean;
  loadOlder: () => void;
  connected: boolean;
  isLoadingNewer: boolean;
  loadNewer: () => void;
}

const NEAR_BOTTOM_PX = 120;
const NEAR_TOP_PX = 160;

/**
 * The conversation, grouped by day. Opens at the newest message (or the highlighted search
 * hit), follows new messages while the reader is at the bottom, keeps its place when older
 * messages are prepended, and loads older ones when scrolled to the top.
 */
export function MessageList({
  roomId,
  messages,
  highlightId,
  canAct,
  hasOlder,
  isLoadingOlder,
  loadOlder,
  connected,
  isLoadingNewer,
  loadNewer,
}: MessageListProps) {
  const { t, i18n } = useTranslation('inbox');
  const now = useNow(60_000);
  const scrollRef = useRef<HTMLDivElement>(null);
  const state = useRef({ roomId: -1, highlightId: null as number | null, firstId: 0, lastId: 0, height: 0, atBottom: true });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || messages.length === 0) return;
    const previous = state.current;
    const firstId = messages[0]!.id;
    const lastId = messages[messages.length - 1]!.id;
    if (previous.roomId !== roomId || previous.highlightId !== highlightId) {
      // A newly opened room (or a new jump): to the hit, else to the newest message.
      const target = highlightId !== null ? element.querySelector<HTMLElement>(`[data-message-id="${highlightId}"]`) : null;
      if (target) {
        element.scrollTop = Math.max(0, target.offsetTop - element.clientHeight / 2 + target.offsetHeight / 2);
      } else element.scrollTop = element.scrollHeight;
    } else if (firstId !== previous.firstId && lastId === previous.lastId) {
      // Older messages were prepended: stay on what was being read.
      element.scrollTop += element.scrollHeight - previous.height;
    } else if (lastId !== previous.lastId && previous.atBottom) {
      element.scrollTop = element.scrollHeight;
    }
    state.current = {
      roomId,
      highlightId,
      firstId,
      lastId,
      height: element.scrollHeight,
      atBottom: element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX,
    };
  }, [messages, roomId, highlightId]);

  function onScroll() {
    const element = scrollRef.current;
    if (!element) return;
    state.current.atBottom = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
    state.current.height = element.scrollHeight;
    if (element.scrollTop < NEAR_TOP_PX && hasOlder && !isLoadingOlder) loadOlder();
    if (state.current.atBottom && !connected && !isLoadingNewer) loadNewer();
  }

  const byId = useMemo(() => new Map(messages.map((message) => [message.id, message])), [messages]);
  const days = messages.map((message) => dayKey(message.createdAt));
  return (
    <div ref={scrollRef} className={styles.scroller} onScroll={onScroll}>
      <div className={styles.top}>
        {isLoadingOlder ? (
          <span className={styles.loading} role="status">
            <Spinner size={14} /> {t('room.loadingOlder')}
          </span>
        ) : hasOlder ? (
          <Button variant="ghost" size="sm" onClick={loadOlder}>
            {t('room.loadOlder')}
          </Button>
        ) : (
          messages.length > 0 && <span className={styles.beginning}>{t('room.beginning')}</span>
        )}
      </div>
      <ol className={styles.list} aria-label={t('room.messagesLabel')}>
        {messages.map((message, index) => {
          const separator = index === 0 || days[index] !== days[index - 1];
          return (
            <Fragment key={message.id}>
              {separator && (
                <li className={styles.day}>
                  <span>{formatDay(message.createdAt, now, t, i18n.language)}</span>
                </li>
              )}
              <MessageItem
                message={message}
                highlighted={message.id === highlightId}
                language={i18n.language}
                canAct={canAct}
                quoted={message.replyTo?.messageId != null ? byId.get(message.replyTo.messageId) : undefined}
              />
            </Fragment>
          );
        })}
      </ol>
      {!connected && (
        <div className={styles.newer}>
          <Button size="sm" variant="secondary" onClick={loadNewer} loading={isLoadingNewer}>
            {t('room.newer')}
          </Button>
        </div>
      )}
    </div>
  );
}
