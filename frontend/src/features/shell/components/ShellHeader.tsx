import { Building2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Brand } from '@/components/brand/Brand';
import { LanguageSwitch } from '@/components/language-switch/LanguageSwitch';
import { LiveStatus } from '@/components/live-status/LiveStatus';
import type { CurrentUser } from '@/lib/api/types';
import { UserMenu } from './UserMenu';
import styles from './ShellHeader.module.css';

interface ShellHeaderProps {
  user: CurrentUser;
  onLogout: () => Promise<void> | void;
  onChangePassword: () => void;
  accountSettings?: ReactNode;
}

const navLinkClass = ({ isActive }: { isActive: boolean }) => [styles.navLink, isActive && styles.active].filter(Boolean).join(' ');

export function ShellHeader({ user, onLogout, onChangePassword, accountSettings }: ShellHeaderProps) {
  const { t } = useTranslation('shell');
  return (
    <header className={styles.header}>
      <div className={styles.left}>
        <Link to="/" className={styles.home} aria-label={t('homeLink')}>
          <Brand />
        </Link>
        <nav aria-label={t('nav.label')} className={styles.nav}>
          <NavLink to="/" end className={navLinkClass}>
            {t('nav.inbox')}
          </NavLink>
          <NavLink to="/canned-replies" className={navLinkClass}>
            {t('nav.canned')}
          </NavLink>
          {user.role === 'supervisor' && (
            <>
              <NavLink to="/team" className={navLinkClass}>
                {t('nav.team')}
              </NavLink>
              <NavLink to="/channels" className={navLinkClass}>
                {t('nav.channels')}
              </NavLink>
            </>
          )}
        </nav>
      </div>
      <div className={styles.right}>
        <LiveStatus />
        <span className={styles.company}>
          <Building2 size={16} strokeWidth={1.8} aria-hidden="true" />
          <span className="visually-hidden">{t('company')}: </span>
          <span className={styles.companyName}>{user.tenant.name}</span>
        </span>
        <span className={styles.divider} aria-hidden="true" />
        <UserMenu user={user} onLogout={onLogout} onChangePassword={onChangePassword} settings={accountSettings} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
