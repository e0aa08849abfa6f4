import { useTranslation } from 'react-i18next';
import type { Room } from '@/lib/api/types';
import { useNow } from '../hooks/use-now';
import { formatExact } from '../lib/format-time';
import { durationParts, remainingMs, sessionStateAt } from '../lib/session-window';
import styles from './SessionBadge.module.css';

export function useDuration() {
  const { t } = useTranslation('inbox');
  return (ms: number) => {
    const { unit, a, b } = durationParts(ms);
    return t(`duration.${unit}`, { a, b });
  };
}

interface SessionBadgeProps {
  room: Pick<Room, 'windowExpiresAt' | 'expiringThresholdMinutes' | 'status'>;
  size?: 'sm' | 'md';
}

/**
 * The session state as a coloured level with the time left, counting down live (every second
 * in the last hour, else every half minute). Expired rooms that are resolved are grey.
 */
export function SessionBadge({ room, size = 'sm' }: SessionBadgeProps) {
  const { t, i18n } = useTranslation('inbox');
  const duration = useDuration();
  const coarseNow = useNow(30_000);
  const remainingCoarse = remainingMs(room, coarseNow);
  const fine = remainingCoarse !== null && remainingCoarse < 2 * 3600_000 && remainingCoarse > -60_000;
  const fineNow = useNow(fine ? 1000 : 30_000);
  const now = fine ? fineNow : coarseNow;
  const state = sessionStateAt(room, now);
  const remaining = remainingMs(room, now);
  const muted = state === 'EXPIRED' && room.status === 'RESOLVED';
  const title = room.windowExpiresAt
    ? t(state === 'EXPIRED' ? 'session.closedAt' : 'session.closesAt', {
        time: formatExact(room.windowExpiresAt, i18n.language),
      })
    : t('session.noWindow');

  return (
    <span
      className={[styles.badge, styles[state], muted && styles.muted, styles[size]].filter(Boolean).join(' ')}
      title={title}
      data-session={state}
    >
      <span className={styles.level} aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span className={styles.label}>{t(`session.${state}`)}</span>
      {remaining !== null && remaining > 0 && (
        <span className={styles.left}>
          <span aria-hidden="true">·</span> {t('session.left', { time: duration(remaining) })}
        </span>
      )}
    </span>
  );
}
