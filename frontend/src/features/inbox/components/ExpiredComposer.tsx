import { Clock, FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import type { Room } from '@/lib/api/types';
import { formatExact } from '../lib/format-time';
import styles from './Composer.module.css';

interface ExpiredComposerProps {
  room: Room;
  canAct: boolean;
  onSendTemplate: () => void;
}

/** In place of the reply box once the window has closed: why, since when, and the template path. */
export function ExpiredComposer({ room, canAct, onSendTemplate }: ExpiredComposerProps) {
  const { t, i18n } = useTranslation('inbox');
  return (
    <section className={styles.expired} aria-labelledby={`expired-${room.id}`}>
      <Clock className={styles.expiredIcon} size={20} strokeWidth={1.8} aria-hidden="true" />
      <div className={styles.expiredText}>
        <h3 id={`expired-${room.id}`}>{t('composer.expiredTitle')}</h3>
        <p>{t('composer.expiredText')}</p>
        {room.windowExpiresAt && (
          <p className={styles.since}>{t('composer.expiredSince', { time: formatExact(room.windowExpiresAt, i18n.language) })}</p>
        )}
      </div>
      {canAct && (
        <Button onClick={onSendTemplate} icon={<FileText size={16} strokeWidth={1.95} aria-hidden="true" />}>
          {t('composer.sendTemplate')}
        </Button>
      )}
    </section>
  );
}
