import type { ReactNode } from 'react';
import type { CurrentUser } from '@/lib/api/types';
import { ShellHeader } from './ShellHeader';
import styles from './AppShell.module.css';

interface AppShellProps {
  user: CurrentUser;
  onLogout: () => Promise<void> | void;
  onChangePassword: () => void;
  children: ReactNode;
  /** More settings in the account menu (the app passes the inbox's notification switches). */
  accountSettings?: ReactNode;
  /** Shown in the header before the live status (the app passes the inbox's mention bell). */
  notifications?: ReactNode;
  /** The screen fits any width (a settings page); otherwise the shell keeps the inbox's minimum width. */
  fluid?: boolean;
}

/** The signed-in frame: header bar on top, the current screen below. */
export function AppShell({ user, onLogout, onChangePassword, children, fluid = false, accountSettings, notifications }: AppShellProps) {
  return (
    <div className={fluid ? [styles.shell, styles.fluid].join(' ') : styles.shell}>
      <ShellHeader
        user={user}
        onLogout={onLogout}
        onChangePassword={onChangePassword}
        accountSettings={accountSettings}
        notifications={notifications}
      />
      <main className={styles.main}>{children}</main>
    </div>
  );
}
