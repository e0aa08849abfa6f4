import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { describeApiError } from '@/lib/api/describe-error';
import type { DeliveryFailureReason, DeliveryStatus, Message } from '@/lib/api/types';
import { useRetryMessage } from '../api/retry-mutation';
import styles from './MessageItem.module.css';

/** Clock (queued), one tick (sent), two (delivered), two coloured (read), red mark (failed). */
export function DeliveryIcon({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation('inbox');
  const label = t(`message.delivery.${status}`);
  const common = { width: 16, height: 12, viewBox: '0 0 16 12', role: 'img' as const, 'aria-label': label };
  return (
    <span className={[styles.delivery, styles[status]].join(' ')} title={label} data-delivery={status}>
      {(status === 'PENDING' || status === 'QUEUED') && (
        <svg {...common}>
          <circle cx="8" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
          <path d="M8 3.5V6l1.6 1" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
        </svg>
      )}
      {status === 'SENT' && (
        <svg {...common}>
          <path d="M3 6.5l2.5 2.5L11 3.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      )}
      {(status === 'DELIVERED' || status === 'READ') && (
        <svg {...common}>
          <path d="M1 6.5l2.5 2.5L9 3.5M6.5 8.5l.5.5 5.5-5.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      )}
      {status === 'FAILED' && (
        <svg {...common}>
          <circle cx="8" cy="6" r="5" fill="currentColor" />
          <path d="M8 3.5v3" stroke="#fff" strokeWidth="1.4" strokeLinecap="round" />
          <circle cx="8" cy="8.4" r=".8" fill="#fff" />
        </svg>
      )}
    </span>
  );
}

/**
 * Reasons where the request left and its outcome is unknown (README: delivery failure reasons):
 * the customer may already have the message, so a retry may deliver it twice.
 */
const AMBIGUOUS: ReadonlySet<DeliveryFailureReason> = new Set<DeliveryFailureReason>([
  'AMBIGUOUS_TIMEOUT',
  'AMBIGUOUS_CONNECTION_LOST',
  'AMBIGUOUS_RESPONSE',
  'RELAY_INTERRUPTED',
  'RELAY_ERROR',
]);

export function isAmbiguousFailure(reason: DeliveryFailureReason): boolean {
  return AMBIGUOUS.has(reason);
}

/**
 * Why a message failed, in the reader's language, the provider's words below, and a retry for
 * those who may write to the room (everyone else still sees why).
 */
export function FailureNotice({ message, canAct }: { message: Message; canAct: boolean }) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const retry = useRetryMessage();
  const [confirming, setConfirming] = useState(false);
  const failure = message.failure;
  const reason: DeliveryFailureReason = failure?.reason ?? 'PROVIDER_ERROR';
  const ambiguous = isAmbiguousFailure(reason);
  const provider = [failure?.code != null && t('message.providerCode', { code: failure.code }), failure?.title, failure?.detail]
    .filter(Boolean)
    .join(' · ');

  const send = () => {
    setConfirming(false);
    retry.mutate(message);
  };

  return (
    <div className={styles.failure}>
      <p className={styles.failureReason}>{t(`message.failure.${reason}`)}</p>
      {provider && <p className={styles.failureDetail}>{provider}</p>}
      {!canAct ? null : confirming ? (
        <div role="group" aria-label={t('message.retry')} className={styles.failureActions}>
          <p className={styles.failureConfirm}>{t('message.retryConfirm')}</p>
          <Button size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            {tc('cancel')}
          </Button>
          <Button size="sm" onClick={send}>
            {t('message.retryConfirmYes')}
          </Button>
        </div>
      ) : (
        <div className={styles.failureActions}>
          <Button
            size="sm"
            variant="secondary"
            loading={retry.isPending}
            disabled={retry.isPending}
            onClick={() => (ambiguous ? setConfirming(true) : send())}
          >
            {ambiguous ? t('message.retryAnyway') : t('message.retry')}
          </Button>
        </div>
      )}
      {retry.isError && (
        <p role="alert" className={styles.failureDetail}>
          {describeApiError(retry.error, tc)}
        </p>
      )}
    </div>
  );
}
