import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { ApiError, NetworkError } from '@/lib/api/errors';
import type { CurrentUser } from '@/lib/api/types';
import { useMe } from '../api/get-me';
import { useAuthStatus } from '../hooks/use-session';
import { useSessionRenewal } from '../hooks/use-session-renewal';
import { SessionLoading } from './SessionLoading';
import styles from './RequireAuth.module.css';

interface RequireAuthProps {
  loginPath?: string;
  children: (user: CurrentUser) => ReactNode;
}

/**
 * Renders its children with the signed-in user, or sends the visitor to the login page.
 * When the server ends the session the API client clears it, which re-renders this into a
 * redirect; nothing the signed-out user saw stays in the cache.
 */
export function RequireAuth({ loginPath = '/login', children }: RequireAuthProps) {
  const { t } = useTranslation('common');
  const queryClient = useQueryClient();
  const { status, session } = useAuthStatus();
  const me = useMe({ enabled: status === 'signed-in' });
  useSessionRenewal(status === 'signed-in' ? session : null);
  useEffect(() => {
    if (status === 'signed-out') queryClient.clear();
  }, [status, queryClient]);

  if (status === 'restoring') return <SessionLoading />;
  if (status === 'signed-out') return <Navigate to={loginPath} replace />;
  if (me.isSuccess) return children(me.data);

  const unauthorized = me.error instanceof ApiError && me.error.status === 401;
  if (me.isError && !unauthorized) {
    return (
      <div className={styles.status}>
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void me.refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {me.error instanceof NetworkError ? t('errors.network') : t('errors.generic')}
        </Alert>
      </div>
    );
  }
  return <SessionLoading />;
}
