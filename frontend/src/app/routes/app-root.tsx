import { RequireAuth, useLogout } from '@/features/auth';
import { InboxPage } from '@/features/inbox';
import { AppShell } from '@/features/shell';

/** The protected home: the shell around the inbox. */
export function AppRoot() {
  const logout = useLogout('/login');
  return (
    <RequireAuth loginPath="/login">
      {(user) => (
        <AppShell user={user} onLogout={logout}>
          <InboxPage user={user} />
        </AppShell>
      )}
    </RequireAuth>
  );
}
