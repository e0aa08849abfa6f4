import { Lock } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@/lib/api/types';
import { noteParts } from '../lib/mentions';
import styles from './MessageItem.module.css';

interface NoteItemProps {
  message: Message;
  highlighted: boolean;
  time: ReactNode;
}

/** A private note: amber, with a lock, its author and the colleagues it mentions marked. */
export function NoteItem({ message, highlighted, time }: NoteItemProps) {
  const { t } = useTranslation('inbox');
  return (
    <li
      className={[styles.row, styles.outbound].join(' ')}
      data-message-id={message.id}
      data-note="true"
      data-highlighted={highlighted ? 'true' : undefined}
      aria-current={highlighted ? 'true' : undefined}
    >
      <div className={[styles.bubble, styles.note, highlighted && styles.highlighted].filter(Boolean).join(' ')}>
        <span className={styles.noteLabel}>
          <Lock size={12} strokeWidth={2.2} aria-hidden="true" />
          {t('message.note', { name: message.sender?.name ?? t('message.noteUnknownAuthor') })}
        </span>
        <p className={styles.noteText}>
          {noteParts(message.body, message.mentions).map((part, index) =>
            part.mention ? (
              <mark key={index} className={styles.mention}>
                {part.text}
              </mark>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
        <span className={[styles.meta, styles.noteMeta].join(' ')}>{time}</span>
      </div>
    </li>
  );
}
