import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
}

/** Who is signed in; opens the account actions (change password, sign out). */
export function UserMenu({ user, onChangePassword, onLogout }: UserMenuProps) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('[data-menu-item]')?.focus();
    const onPointerDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  return (
    <section
      ref={rootRef}
      className={styles.root}
      aria-label={t('account')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          rootRef.current?.querySelector<HTMLElement>('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className={styles.avatar} aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className={styles.name}>{user.name}</span>
        <RoleBadge role={user.role} />
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" className={styles.chevron}>
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
      {open && (
        <div id={menuId} className={styles.menu}>
          <p className={styles.username}>{user.username}</p>
          <button
            type="button"
            data-menu-item
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
            data-menu-item
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
        </div>
      )}
    </section>
  );
}
