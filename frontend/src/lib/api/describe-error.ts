import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './errors';

/** Problem codes with a sentence of their own in common.json (errors.codes.*). */
const KNOWN_CODES = [
  'window-expired',
  'room-taken',
  'forbidden',
  'not-found',
  'validation-failed',
  'idempotency-key-reused',
  'idempotency-key-missing',
  'request-in-flight',
  'invalid-cursor',
  'unauthorized',
  'undo-expired',
  'too-many-requests',
  'internal-error',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string | undefined): code is KnownCode {
  return (KNOWN_CODES as readonly (string | undefined)[]).includes(code);
}

/** The user's-language sentence for any failed call; never the server's own text. */
export function describeApiError(error: unknown, t: TFunction<'common'>): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (isKnownCode(error.code)) return t(`errors.codes.${error.code}`);
  if (error.status === 403) return t('errors.codes.forbidden');
  if (error.status === 404) return t('errors.codes.not-found');
  if (error.status === 429) return t('errors.codes.too-many-requests');
  return t('errors.generic');
}
