import { useTranslation } from 'react-i18next';
import styles from './NoRoomOpen.module.css';

/** Where the open room goes, while none is open: how to pick one, and the keys for it. */
export function NoRoomOpen() {
  const { t } = useTranslation('inbox');
  return (
    <section className={styles.placeholder} aria-label={t('room.panelLabel')}>
      {/* an illustration, not an icon: drawn here */}
      <svg width="56" height="56" viewBox="0 0 40 40" aria-hidden="true">
        <rect x="4" y="8" width="32" height="24" rx="5" fill="#eef0ff" stroke="#c7d2fe" />
        <path d="M4.5 22h8l2.5 4h10l2.5-4h8" fill="none" stroke="#818cf8" strokeWidth="1.5" />
        <path d="M12 14h16M12 18h10" stroke="#a5b4fc" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <h2>{t('room.pickTitle')}</h2>
      <p>{t('room.pickText')}</p>
      <p className={styles.keys}>
        <kbd>j</kbd> <kbd>k</kbd> <kbd>Enter</kbd> <kbd>e</kbd> <kbd>/</kbd> <kbd>?</kbd>
      </p>
    </section>
  );
}
