import { FileText, Forward, Reply } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus, Message } from '@/lib/api/types';
import { formatClock, formatExact } from '../lib/format-time';
import { DeliveryIcon, FailureNotice } from './DeliveryStatus';
import { MessageBody } from './MessageBody';
import { NoteItem } from './NoteItem';
import styles from './MessageItem.module.css';

/** A system note in the reader's language, from event, actor and target (never from body). */
export function useSystemText() {
  const { t } = useTranslation('inbox');
  return (message: Message): string => {
    const event = message.system?.event;
    const actor = message.sender?.name;
    const target = message.system?.target?.name;
    switch (event) {
      case 'ASSIGNED':
        if (!actor) return t('message.system.ASSIGNED_noActor', { target: target ?? '' });
        if (!target || message.system?.target?.id === message.sender?.id)
          return t('message.system.ASSIGNED_self', { actor });
        return t('message.system.ASSIGNED', { actor, target });
      case 'UNASSIGNED':
        return actor ? t('message.system.UNASSIGNED', { actor }) : t('message.system.UNASSIGNED_noActor');
      case 'RESOLVED':
        return actor ? t('message.system.RESOLVED', { actor }) : t('message.system.RESOLVED_noActor');
      case 'REOPENED':
        if (actor) return t('message.system.REOPENED_actor', { actor });
        return target ? t('message.system.REOPENED_target', { target }) : t('message.system.REOPENED');
      case 'HANDED_OVER': {
        const names = { actor: actor ?? '', target: target ?? '' };
        const note = message.system?.note;
        return note ? t('message.system.HANDED_OVER_note', { ...names, note }) : t('message.system.HANDED_OVER', names);
      }
      default:
        return message.body;
    }
  };
}

interface MessageItemProps {
  message: Message;
  highlighted: boolean;
  language: string;
  canAct: boolean;
  /** The message this one replies to, when it is loaded on the page. */
  quoted?: Message;
}

/** One message: customer on the left, agents on the right, system notes centred, private notes on the right on amber. */
export const MessageItem = memo(function MessageItem({ message, highlighted, language, canAct, quoted }: MessageItemProps) {
  const { t } = useTranslation('inbox');
  const systemText = useSystemText();
  const time = (
    <time dateTime={message.createdAt} title={formatExact(message.createdAt, language)}>
      {formatClock(message.createdAt, language)}
    </time>
  );

  if (message.direction === 'SYSTEM') {
    return (
      <li className={styles.system} data-message-id={message.id} data-event={message.system?.event}>
        <span className={styles.systemPill}>
          {message.system?.event === 'RESOLVED' && (
            <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="7" fill="var(--color-resolved)" />
              <path d="M4.8 8.2l2.1 2.1 4.3-4.5" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          )}
          <span>{systemText(message)}</span>
          <span className={styles.systemTime}>{time}</span>
        </span>
      </li>
    );
  }

  if (message.direction === 'INTERNAL') return <NoteItem message={message} highlighted={highlighted} time={time} />;

  const outbound = message.direction === 'OUTBOUND';
  const template = message.kind === 'TEMPLATE';
  const failed = outbound && message.deliveryStatus === 'FAILED';
  return (
    <li
      className={[styles.row, outbound ? styles.outbound : styles.inbound].join(' ')}
      data-message-id={message.id}
      data-highlighted={highlighted ? 'true' : undefined}
      aria-current={highlighted ? 'true' : undefined}
    >
      <div className={[styles.bubble, template && styles.template, highlighted && styles.highlighted].filter(Boolean).join(' ')}>
        {highlighted && <span className="visually-hidden">{t('message.searchHit')}: </span>}
        {template && (
          <span className={styles.templateBadge}>
            <FileText size={12} strokeWidth={2.1} aria-hidden="true" />
            {t('message.template')}
          </span>
        )}
        {message.forwarded && (
          <span className={styles.forwarded}>
            <Forward size={12} strokeWidth={2} aria-hidden="true" />
            {t('message.forwarded')}
          </span>
        )}
        {message.replyTo && (
          <blockquote className={styles.quote}>
            <span className={styles.quoteLabel}>
              <Reply size={12} strokeWidth={2} aria-hidden="true" />
              {t('message.replyTo')}
            </span>
            {quoted?.body && <span className={styles.quoteText}>{quoted.body}</span>}
          </blockquote>
        )}
        <MessageBody message={message} />
        <span className={styles.meta}>
          {outbound && message.sender && <span className={styles.sender}>{message.sender.name}</span>}
          {time}
          {outbound && message.deliveryStatus && <DeliveryIcon status={message.deliveryStatus as DeliveryStatus} />}
        </span>
        {failed && <FailureNotice message={message} canAct={canAct} />}
        {message.reaction && (
          <span className={styles.reaction} role="img" aria-label={t('message.reaction', { emoji: message.reaction })}>
            {message.reaction}
          </span>
        )}
      </div>
    </li>
  );
});
