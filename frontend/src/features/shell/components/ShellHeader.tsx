import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '@/components/brand/Brand';
import { Button } from '@/components/button/Button';
import { LanguageSwitch } from '@/components/language-switch/LanguageSwitch';
import type { CurrentUser } from '@/lib/api/types';
import { RoleBadge } from './RoleBadge';
import styles from './ShellHeader.module.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.charAt(0) ?? '').join('').toUpperCase();
}

export function ShellHeader({ user, onLogout }: { user: CurrentUser; onLogout: () => void }) {
  const { t } = useTranslation('shell');
  return (
    <header className={styles.header}>
      <Link to="/" className={styles.home} aria-label={t('homeLink')}>
        <Brand />
      </Link>
      <div className={styles.right}>
        <span className={styles.company}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M2.5 14V3.5A1.5 1.5 0 0 1 4 2h5a1.5 1.5 0 0 1 1.5 1.5V6H12a1.5 1.5 0 0 1 1.5 1.5V14M1.5 14h13M5 5h2.5M5 8h2.5M5 11h2.5M10.5 9H11M10.5 11.5H11"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.2"
              strokeLinecap="round"
            />
          </svg>
          <span className="visually-hidden">{t('company')}: </span>
          <span className={styles.companyName}>{user.tenant.name}</span>
        </span>
        <span className={styles.divider} aria-hidden="true" />
        <section className={styles.user} aria-label={t('account')}>
          <span className={styles.avatar} aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className={styles.name}>{user.name}</span>
          <RoleBadge role={user.role} />
        </section>
        <LanguageSwitch />
        <Button variant="secondary" size="sm" onClick={onLogout} icon={<LogoutIcon />}>
          {t('logout')}
        </Button>
      </div>
    </header>
  );
}

function LogoutIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M6 2.5H4A1.5 1.5 0 0 0 2.5 4v8A1.5 1.5 0 0 0 4 13.5h2M10.5 11l3-3-3-3M13.5 8H6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
