import { useState, type ReactNode } from 'react';
import { ChangePasswordDialog, RequireAuth, useLogout } from '@/features/auth';
import { MentionBell, NotificationSettings } from '@/features/inbox';
import { AppShell } from '@/features/shell';
import type { CurrentUser } from '@/lib/api/types';
import { LiveUpdates } from './live-updates';

/**
 * A protected screen: the shell (with the account menu and its dialogs) around `children`, kept live
 * by the event stream; `fluid` for a screen laid out for any width, down to a phone's.
 */
export function SignedIn({ children, fluid = false }: { children: (user: CurrentUser) => ReactNode; fluid?: boolean }) {
  const logout = useLogout('/login');
  const [passwordOpen, setPasswordOpen] = useState(false);
  return (
    <RequireAuth loginPath="/login">
      {(user) => (
        <AppShell
          user={user}
          onLogout={logout}
          onChangePassword={() => setPasswordOpen(true)}
          fluid={fluid}
          accountSettings={<NotificationSettings user={user} />}
          notifications={<MentionBell user={user} />}
        >
          <LiveUpdates user={user} />
          {children(user)}
          {passwordOpen && <ChangePasswordDialog onClose={() => setPasswordOpen(false)} />}
        </AppShell>
      )}
    </RequireAuth>
  );
}
