import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Brand } from '@/components/brand/Brand';
import { LanguageSwitch } from '@/components/language-switch/LanguageSwitch';
import type { CurrentUser } from '@/lib/api/types';
import { UserMenu } from './UserMenu';
import styles from './ShellHeader.module.css';

interface ShellHeaderProps {
  user: CurrentUser;
  onLogout: () => Promise<void> | void;
  onChangePassword: () => void;
}

export function ShellHeader({ user, onLogout, onChangePassword }: ShellHeaderProps) {
  const { t } = useTranslation('shell');
  return (
    <header className={styles.header}>
      <div className={styles.left}>
        <Link to="/" className={styles.home} aria-label={t('homeLink')}>
          <Brand />
        </Link>
        <nav aria-label={t('nav.label')} className={styles.nav}>
          <NavLink to="/" end className={({ isActive }) => [styles.navLink, isActive && styles.active].filter(Boolean).join(' ')}>
            {t('nav.inbox')}
          </NavLink>
          {user.role === 'supervisor' && (
            <NavLink to="/team" className={({ isActive }) => [styles.navLink, isActive && styles.active].filter(Boolean).join(' ')}>
              {t('nav.team')}
            </NavLink>
          )}
        </nav>
      </div>
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
        <UserMenu user={user} onLogout={onLogout} onChangePassword={onChangePassword} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
