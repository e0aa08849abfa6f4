import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../hooks/use-session';

/** The login page is for signed-out visitors only. */
export function RedirectIfSignedIn({ to = '/', children }: { to?: string; children: ReactNode }) {
  const session = useSession();
  return session ? <Navigate to={to} replace /> : children;
}
