import { useTranslation } from 'react-i18next';
import { Notice, useNotice } from '@/components/notice/Notice';
import type { CurrentUser } from '@/lib/api/types';
import { ApiKeysSection } from './ApiKeysSection';
import { UsersSection } from './UsersSection';
import styles from './TeamPage.module.css';

/** The supervisor's page for the company's users and API keys. */
export function TeamPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('team');
  const { notice, onNotice } = useNotice();

  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <h1>{t('title')}</h1>
        <p className={styles.muted}>{t('intro', { company: user.tenant.name })}</p>
      </header>
      <Notice notice={notice} />
      <UsersSection me={user} onNotice={onNotice} />
      <ApiKeysSection onNotice={onNotice} />
    </div>
  );
}
