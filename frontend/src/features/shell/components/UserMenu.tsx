import { ChevronDown } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover } from '@/components/popover/Popover';
import type { CurrentUser } from '@/lib/api/types';
import { RoleBadge } from './RoleBadge';
import styles from './UserMenu.module.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.charAt(0) ?? '').join('').toUpperCase();
}

interface UserMenuProps {
  user: CurrentUser;
  onChangePassword: () => void;
  onLogout: () => Promise<void> | void;
  /** More account settings, shown above the actions (e.g. notifications). */
  settings?: ReactNode;
}

/** Who is signed in; opens the account actions (change password, sign out). */
export function UserMenu({ user, onChangePassword, onLogout, settings }: UserMenuProps) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  return (
    <section className={styles.root} aria-label={t('account')}>
      <Popover
        open={open}
        onOpenChange={setOpen}
        align="end"
        className={styles.menu}
        label={t('account')}
        focusOnOpen
        trigger={
          <button type="button" className={styles.trigger}>
            <span className={styles.avatar} aria-hidden="true">
              {initials(user.name)}
            </span>
            <span className={styles.name}>{user.name}</span>
            <RoleBadge role={user.role} />
            <ChevronDown size={12} strokeWidth={2.4} aria-hidden="true" className={styles.chevron} />
          </button>
        }
      >
        <p className={styles.username}>{user.username}</p>
        {settings}
        <button
          type="button"
          className={styles.item}
          onClick={() => {
            setOpen(false);
            onChangePassword();
          }}
        >
          {t('changePassword')}
        </button>
        <button
          type="button"
          className={styles.item}
          disabled={signingOut}
          aria-busy={signingOut || undefined}
          onClick={() => {
            setSigningOut(true);
            void Promise.resolve(onLogout()).finally(() => setSigningOut(false));
          }}
        >
          {signingOut ? t('loggingOut') : t('logout')}
        </button>
      </Popover>
    </section>
  );
}
