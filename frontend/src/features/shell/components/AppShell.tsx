import type { ReactNode } from 'react';
import type { CurrentUser } from '@/lib/api/types';
import { ShellHeader } from './ShellHeader';
import styles from './AppShell.module.css';

interface AppShellProps {
  user: CurrentUser;
  onLogout: () => Promise<void> | void;
  onChangePassword: () => void;
  children: ReactNode;
}

/** The signed-in frame: header bar on top, the current screen below. */
export function AppShell({ user, onLogout, onChangePassword, children }: AppShellProps) {
  return (
    <div className={styles.shell}>
      <ShellHeader user={user} onLogout={onLogout} onChangePassword={onChangePassword} />
      <main className={styles.main}>{children}</main>
    </div>
  );
}
