import { Building2, Inbox, MessageSquareText, Plug, Users, type LucideIcon } from 'lucide-react';
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
  notifications?: ReactNode;
}

const navLinkClass = ({ isActive }: { isActive: boolean }) => [styles.navLink, isActive && styles.active].filter(Boolean).join(' ');

/** A link of the main navigation: icon and label; on a phone the icon alone, the label still its name. */
function ShellLink({ to, end, icon: Icon, label }: { to: string; end?: boolean; icon: LucideIcon; label: string }) {
  return (
    <NavLink to={to} end={end} className={navLinkClass} title={label}>
      <Icon size={16} strokeWidth={1.8} aria-hidden="true" />
      <span className={styles.navLabel}>{label}</span>
    </NavLink>
  );
}

export function ShellHeader({ user, onLogout, onChangePassword, accountSettings, notifications }: ShellHeaderProps) {
  const { t } = useTranslation('shell');
  return (
    <header className={styles.header}>
      <div className={styles.left}>
        <Link to="/" className={styles.home} aria-label={t('homeLink')}>
          <Brand />
        </Link>
        <nav aria-label={t('nav.label')} className={styles.nav}>
          <ShellLink to="/" end icon={Inbox} label={t('nav.inbox')} />
          <ShellLink to="/canned-replies" icon={MessageSquareText} label={t('nav.canned')} />
          {user.role === 'supervisor' && (
            <>
              <ShellLink to="/team" icon={Users} label={t('nav.team')} />
              <ShellLink to="/channels" icon={Plug} label={t('nav.channels')} />
            </>
          )}
        </nav>
      </div>
      <div className={styles.right}>
        {notifications}
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
