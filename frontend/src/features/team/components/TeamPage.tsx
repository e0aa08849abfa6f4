import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/api/types';
import { ApiKeysSection } from './ApiKeysSection';
import { UsersSection } from './UsersSection';
import styles from './TeamPage.module.css';

interface Notice {
  tone: 'success' | 'error';
  message: string;
}

/** The supervisor's page for the company's users and API keys. */
export function TeamPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('team');
  const [notice, setNotice] = useState<Notice | null>(null);
  const onNotice = useCallback((message: string, tone: Notice['tone'] = 'success') => setNotice({ message, tone }), []);

  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <h1>{t('title')}</h1>
        <p className={styles.muted}>{t('intro', { company: user.tenant.name })}</p>
      </header>
      {/* One live region for the outcome of every action on this page. */}
      <div role={notice?.tone === 'error' ? 'alert' : 'status'} className={notice ? [styles.notice, styles[notice.tone]].join(' ') : undefined}>
        {notice?.message}
      </div>
      <UsersSection me={user} onNotice={onNotice} />
      <ApiKeysSection onNotice={onNotice} />
    </div>
  );
}
