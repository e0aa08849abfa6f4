import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '@/lib/api/describe-error';
import { Alert } from '../alert/Alert';
import { Button } from '../button/Button';
import { Spinner } from '../spinner/Spinner';
import styles from './LoadState.module.css';

/** "Loading…" with a spinner, announced politely; a class of the caller's places it elsewhere. */
export function Loading({ className = styles.status, size }: { className?: string; size?: number }) {
  const { t } = useTranslation('common');
  return (
    <p className={className} role="status">
      <Spinner size={size} /> {t('loading')}
    </p>
  );
}

interface LoadFailedProps {
  className?: string;
  error: unknown;
  /** Shown instead of the error's own description. */
  message?: ReactNode;
  /** Retry by default; another label for another way out (e.g. Close). */
  onAction: () => void;
  actionLabel?: string;
}

/** A load that failed: what went wrong, and one way on (retry, unless said otherwise). */
export function LoadFailed({ className = styles.status, error, message, onAction, actionLabel }: LoadFailedProps) {
  const { t } = useTranslation('common');
  return (
    <div className={className}>
      <Alert
        action={
          <Button size="sm" variant="secondary" onClick={onAction}>
            {actionLabel ?? t('retry')}
          </Button>
        }
      >
        {message ?? describeApiError(error, t)}
      </Alert>
    </div>
  );
}
