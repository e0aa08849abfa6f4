import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/api/types';
import { RoleBadge } from './RoleBadge';
import styles from './WelcomePanel.module.css';

/** Placeholder home screen until the inbox list lands. */
export function WelcomePanel({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('shell');
  return (
    <section className={styles.panel} aria-labelledby="welcome-title">
      <div className={styles.intro}>
        <h1 id="welcome-title" className={styles.greeting}>
          {t('welcome.greeting', { name: user.name })}
        </h1>
        <p className={styles.lead}>
          {t(`welcome.intro.${user.role}`, { company: user.tenant.name })}
        </p>
      </div>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>{t('welcome.companyLabel')}</dt>
          <dd>{user.tenant.name}</dd>
        </div>
        <div className={styles.fact}>
          <dt>{t('welcome.roleLabel')}</dt>
          <dd>
            <RoleBadge role={user.role} />
          </dd>
        </div>
        <div className={styles.fact}>
          <dt>{t('welcome.usernameLabel')}</dt>
          <dd>{user.username}</dd>
        </div>
      </dl>
      <div className={styles.comingSoon}>
        <svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">
          <rect x="4" y="8" width="32" height="24" rx="5" fill="#eef0ff" stroke="#c7d2fe" />
          <path d="M4.5 22h8l2.5 4h10l2.5-4h8" fill="none" stroke="#818cf8" strokeWidth="1.5" />
          <path d="M12 14h16M12 18h10" stroke="#a5b4fc" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <div>
          <h2 className={styles.comingSoonTitle}>{t('welcome.comingSoonTitle')}</h2>
          <p className={styles.comingSoonText}>{t('welcome.comingSoon')}</p>
        </div>
      </div>
    </section>
  );
}
