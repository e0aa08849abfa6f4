import { RequireAuth, useLogout } from '@/features/auth';
import { AppShell, WelcomePanel } from '@/features/shell';

/** The protected home: the shell around the welcome panel (the inbox list comes later). */
export function AppRoot() {
  const logout = useLogout('/login');
  return (
    <RequireAuth loginPath="/login">
      {(user) => (
        <AppShell user={user} onLogout={logout}>
          <WelcomePanel user={user} />
        </AppShell>
      )}
    </RequireAuth>
  );
}
