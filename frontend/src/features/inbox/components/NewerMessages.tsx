import { Send } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { CloseButton } from '@/components/close-button/CloseButton';
import type { Message, Room } from '@/lib/api/types';
import { formatExact } from '../lib/format-time';
import styles from './NewerMessages.module.css';

interface NewerMessagesProps {
  room: Room;
  /** What arrived since the screen last updated, oldest first (the 409 newer-messages answer). */
  messages: Message[];
  sending: boolean;
  onSendAnyway: () => void;
  onDismiss: () => void;
}

/**
 * The stale-reply warning ("traffic cop"): the reply was not sent because newer messages came in.
 * They show here, apart from the conversation, above the draft, which is kept; one click sends it
 * anyway, as a reply to what is now shown.
 */
export function NewerMessages({ room, messages, sending, onSendAnyway, onDismiss }: NewerMessagesProps) {
  const { t, i18n } = useTranslation('inbox');
  const sender = (message: Message) =>
    message.direction === 'INBOUND' ? room.contact.name : (message.sender?.name ?? t('stale.colleague'));
  return (
    <section className={styles.newer} aria-label={t('stale.newerLabel')}>
      <div className={styles.head}>
        <p className={styles.title} role="alert">
          {t('stale.newer', { count: messages.length })}
        </p>
        <CloseButton label={t('stale.dismiss')} onClick={onDismiss} />
      </div>
      <ol className={styles.list}>
        {messages.map((message) => (
          <li key={message.id} className={message.direction === 'INBOUND' ? styles.inbound : styles.outbound}>
            <span className={styles.meta}>
              <strong>{sender(message)}</strong>
              <time dateTime={message.createdAt}>{formatExact(message.createdAt, i18n.language)}</time>
            </span>
            <span className={styles.body}>{message.body || t('stale.attachment')}</span>
          </li>
        ))}
      </ol>
      <div className={styles.foot}>
        <span className={styles.hint}>{t('stale.newerHint')}</span>
        <Button size="sm" variant="secondary" onClick={onSendAnyway} loading={sending} disabled={sending} icon={<Send size={14} aria-hidden="true" />}>
          {t('stale.sendAnyway')}
        </Button>
      </div>
    </section>
  );
}
