import { useQueryClient } from '@tanstack/react-query';
import { AtSign, Bell, X } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Popover } from '@/components/popover/Popover';
import type { CurrentUser, Mention } from '@/lib/api/types';
import { useLiveEvents } from '@/lib/live/connection';
import type { LiveEvent } from '@/lib/live/events';
import { inboxKeys } from '../api/keys';
import { useMarkAllMentionsRead, useMarkMentionRead, useMentions } from '../api/notes';
import { formatExact } from '../lib/format-time';
import { beep, inOneTab, readNotificationSettings, showDesktopNotification } from '../lib/notifications';
import styles from './MentionBell.module.css';

const TOAST_MS = 8000;

function names(mention: Mention, team: string) {
  return { author: mention.author?.name ?? team, contact: mention.contactName };
}

/**
 * The bell in the header: how many mentions of the signed-in user are unread, their newest ones,
 * each opening the room at the note. A new mention shows a toast at once, and the desktop
 * notification and sound when the user turned them on.
 */
export function MentionBell({ user }: { user: CurrentUser }) {
  const { t, i18n } = useTranslation('inbox');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mentions = useMentions();
  const { mutate: markRead } = useMarkMentionRead();
  const markAll = useMarkAllMentionsRead();
  const [open, setOpen] = useState(false);
  const [toast, setToast] = useState<Mention | null>(null);
  const unread = mentions.data?.unreadCount ?? 0;
  const items = mentions.data?.items ?? [];
  const who = (mention: Mention) => names(mention, t('message.noteUnknownAuthor'));

  const openMention = useCallback(
    (mention: Mention) => {
      setOpen(false);
      setToast(null);
      if (!mention.readAt) markRead(mention.id);
      void navigate(`/?room=${mention.roomId}&msg=${mention.messageId}`);
    },
    [markRead, navigate],
  );

  useLiveEvents(
    useCallback(
      (event: LiveEvent) => {
        if (event.event !== 'mention.created' || event.data.userId !== user.id) return;
        const mention = event.data.mention;
        void queryClient.invalidateQueries({ queryKey: inboxKeys.mentions() });
        setToast(mention);
        const settings = readNotificationSettings(user.id);
        inOneTab(`inbox.mention.${mention.id}`, () => {
          if (settings.sound) beep();
          if (settings.desktop)
            showDesktopNotification(
              t('mentions.notifyTitle', names(mention, t('message.noteUnknownAuthor'))),
              mention.body,
              `inbox-mention-${mention.id}`,
              () => openMention(mention),
            );
        });
      },
      [queryClient, user.id, t, openMention],
    ),
  );

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);

  const label = unread > 0 ? `${t('mentions.button')}, ${t('mentions.unread', { count: unread })}` : t('mentions.button');
  return (
    <div className={styles.root}>
      <Popover
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          // the list shows what the toast said (and would sit under it)
          if (next) setToast(null);
        }}
        align="end"
        className={styles.panel}
        label={t('mentions.label')}
        trigger={
          <button type="button" className={styles.bell} aria-label={label} title={label}>
            <Bell size={18} strokeWidth={1.9} aria-hidden="true" />
            {unread > 0 && (
              <span className={styles.count} aria-hidden="true">
                {unread > 99 ? '99+' : unread}
              </span>
            )}
          </button>
        }
      >
        <section aria-label={t('mentions.label')}>
          <div className={styles.head}>
            <h2 className={styles.title}>{t('mentions.label')}</h2>
            {unread > 0 && (
              <button type="button" className={styles.link} onClick={() => markAll.mutate()}>
                {t('mentions.markAll')}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className={styles.empty}>{t('mentions.empty')}</p>
          ) : (
            <ul className={styles.list}>
              {items.map((mention) => (
                <li key={mention.id}>
                  <button
                    type="button"
                    className={[styles.item, !mention.readAt && styles.unread].filter(Boolean).join(' ')}
                    onClick={() => openMention(mention)}
                  >
                    <span className={styles.who}>
                      {!mention.readAt && <span className="visually-hidden">{t('mentions.unreadMark')}: </span>}
                      {t('mentions.item', who(mention))}
                    </span>
                    <span className={styles.body}>{mention.body}</span>
                    <time className={styles.time} dateTime={mention.createdAt}>
                      {formatExact(mention.createdAt, i18n.language)}
                    </time>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Popover>
      {toast && (
        <div className={styles.toast} role="status">
          <AtSign size={16} strokeWidth={2} aria-hidden="true" className={styles.toastIcon} />
          <p className={styles.toastText}>{t('mentions.toast', who(toast))}</p>
          <button type="button" className={styles.link} onClick={() => openMention(toast)}>
            {t('mentions.open')}
          </button>
          <button type="button" className={styles.close} aria-label={t('mentions.dismiss')} onClick={() => setToast(null)}>
            <X size={14} strokeWidth={2.4} aria-hidden="true" />
          </button>
        </div>
      )}
    </div>
  );
}
