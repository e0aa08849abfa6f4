import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { Spinner } from '@/components/spinner/Spinner';
import { ApiError, NetworkError } from '@/lib/api/errors';
import type { CurrentUser } from '@/lib/api/types';
import { useMe } from '../api/get-me';
import { useSession } from '../hooks/use-session';
import { useSessionExpiry } from '../hooks/use-session-expiry';
import styles from './RequireAuth.module.css';

interface RequireAuthProps {
  loginPath?: string;
  children: (user: CurrentUser) => ReactNode;
}

/**
 * Renders its children with the signed-in user, or sends the visitor to the login page.
 * A 401 from /me clears the session (API client), which re-renders this into a redirect.
 */
export function RequireAuth({ loginPath = '/login', children }: RequireAuthProps) {
  const { t } = useTranslation('common');
  const session = useSession();
  const me = useMe({ enabled: session !== null });
  useSessionExpiry(session);

  if (!session) return <Navigate to={loginPath} replace />;
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
  return (
    <div className={styles.status} role="status">
      <Spinner />
      <span>{t('loading')}</span>
    </div>
  );
}
