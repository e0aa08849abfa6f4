import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveState } from '@/lib/live/connection';
import { Spinner } from '@/components/spinner/Spinner';
import styles from './LiveStatus.module.css';

/** Short outages (a token renewal, a quick reconnect) pass unannounced. */
const SHOW_AFTER_MS = 1_000;

/**
 * "Reconnecting…" while the live stream is down for more than a second; nothing otherwise. A polite
 * live region, so a screen reader hears it without being interrupted.
 */
export function LiveStatus() {
  const { t } = useTranslation('common');
  const { status, since } = useLiveState();
  const down = status === 'connecting' || status === 'reconnecting';
  // The outage (by its start) that has lasted long enough to show.
  const [shownSince, setShownSince] = useState<number | null>(null);
  useEffect(() => {
    if (!down) return undefined;
    const timer = window.setTimeout(() => setShownSince(since), Math.max(0, since + SHOW_AFTER_MS - Date.now()));
    return () => window.clearTimeout(timer);
  }, [down, since]);
  const shown = down && shownSince === since;

  return (
    // A live region without the status role: pages keep their one status message for tests and readers.
    <span className={styles.region} aria-live="polite">
      {shown && (
        <span className={styles.reconnecting}>
          <Spinner size={12} /> {t('live.reconnecting')}
        </span>
      )}
    </span>
  );
}
