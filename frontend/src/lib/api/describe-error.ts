import type { TFunction } from 'i18next';
import type idCommon from '@/i18n/locales/id/common.json';
import { ApiError, NetworkError } from './errors';
import type { ProblemCode } from './problem-codes';

type CodeMessage = keyof (typeof idCommon)['errors']['codes'];

/**
 * Problem codes with a sentence of their own in common.json (errors.codes.*). Keyed by the
 * contract's ProblemCode: a code the API does not send (or a typo such as `too-many-requests`)
 * does not compile, and neither does a message missing from the locale file.
 */
const MESSAGES: Partial<Record<ProblemCode, CodeMessage>> = {
  'window-expired': 'window-expired',
  'room-taken': 'room-taken',
  'room-changed': 'room-changed',
  'contact-changed': 'contact-changed',
  'newer-messages': 'newer-messages',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'validation-failed': 'validation-failed',
  'idempotency-key-reused': 'idempotency-key-reused',
  'idempotency-key-missing': 'idempotency-key-missing',
  'request-in-flight': 'request-in-flight',
  'invalid-cursor': 'invalid-cursor',
  unauthorized: 'unauthorized',
  'undo-expired': 'undo-expired',
  'handover-to-self': 'handover-to-self',
  'colleague-inactive': 'colleague-inactive',
  'too-many-attempts': 'too-many-attempts',
  'query-timeout': 'query-timeout',
  'database-unavailable': 'database-unavailable',
  'internal-error': 'internal-error',
  'message-not-retryable': 'message-not-retryable',
  'channel-disconnected': 'channel-disconnected',
  'no-media': 'no-media',
  'media-not-in-sandbox': 'media-not-in-sandbox',
  'media-unavailable': 'media-unavailable',
  'media-checksum-mismatch': 'media-checksum-mismatch',
  'media-too-large': 'media-too-large',
  'attachment-too-large': 'attachment-too-large',
  'attachment-type-not-allowed': 'attachment-type-not-allowed',
  'mentioned-user-not-found': 'mentioned-user-not-found',
  'mentioned-user-inactive': 'mentioned-user-inactive',
};

// And the reverse: every sentence in the locale file answers a code the API really sends.
true satisfies CodeMessage extends ProblemCode ? true : never;

/** Without a code (e.g. a proxy's own page), the status still says something. */
const BY_STATUS: Partial<Record<number, CodeMessage>> = {
  403: 'forbidden',
  404: 'not-found',
  412: 'room-changed',
  429: 'too-many-attempts',
};

/**
 * The user's-language sentence for any failed call; never the server's own text. The namespace
 * is named on every lookup, so a `t` bound to another default namespace (auth, team) still works.
 */
export function describeApiError(error: unknown, t: TFunction<'common'>): string {
  const ns = 'common';
  if (error instanceof NetworkError) return t('errors.network', { ns });
  if (!(error instanceof ApiError)) return t('errors.generic', { ns });
  const message = (error.code && MESSAGES[error.code]) || BY_STATUS[error.status];
  return message ? t(`errors.codes.${message}`, { ns }) : t('errors.generic', { ns });
}
