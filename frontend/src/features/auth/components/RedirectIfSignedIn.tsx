import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useAuthStatus } from '../hooks/use-session';
import { SessionLoading } from './SessionLoading';

/** The login page is for signed-out visitors only (after the refresh cookie had its chance). */
export function RedirectIfSignedIn({ to = '/', children }: { to?: string; children: ReactNode }) {
  const { status } = useAuthStatus();
  if (status === 'restoring') return <SessionLoading />;
  return status === 'signed-in' ? <Navigate to={to} replace /> : children;
}
