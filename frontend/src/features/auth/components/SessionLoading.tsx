import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/spinner/Spinner';
import styles from './RequireAuth.module.css';

/** Shown while the session is being restored or the user loaded. */
export function SessionLoading() {
  const { t } = useTranslation('common');
  return (
    <div className={styles.status} role="status">
      <Spinner />
      <span>{t('loading')}</span>
    </div>
  );
}
