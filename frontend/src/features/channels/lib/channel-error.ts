import type { TFunction } from 'i18next';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError } from '@/lib/api/errors';

/** One sentence for a failed channel action, in the user's language; cases are contract ProblemCodes. */
export function describeChannelError(error: unknown, t: TFunction<['channels', 'common']>): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'channel-already-connected':
        return t('channels:errors.alreadyConnected');
      case 'not-a-cloud-channel':
        return t('channels:errors.notCloud');
      case 'waba-id-missing':
        return t('channels:errors.wabaMissing');
      case 'graph-token-rejected':
        return t('channels:errors.tokenRejected');
      case 'access-token-unreadable':
        return t('channels:errors.tokenUnreadable');
      case 'graph-request-rejected':
        return t('channels:errors.requestRejected');
      case 'graph-unavailable':
        return t('channels:errors.graphUnavailable');
      case 'secrets-key-missing':
        return t('channels:errors.secretsKeyMissing');
    }
  }
  return describeApiError(error, t as unknown as TFunction<'common'>);
}

type ChannelField = 'name' | 'phoneNumberId' | 'wabaId' | 'accessToken' | 'kind';

/**
 * The message for one field of a refused form: what is missing, else what the API's problem+json named
 * for it (validation-failed lists fields; channel-already-connected is about the phone number ID), in
 * the user's language rather than the API's English.
 */
export function channelFieldError(
  field: ChannelField,
  missing: readonly string[],
  error: unknown,
  t: TFunction<['channels', 'common']>,
): string | undefined {
  if (missing.includes(field) && field !== 'kind') return t(`channels:required.${field}`);
  if (!(error instanceof ApiError)) return undefined;
  if (field === 'phoneNumberId' && error.code === 'channel-already-connected') return t('channels:errors.alreadyConnected');
  return error.fieldErrors.some((item) => item.field.split('.').pop() === field) ? t(`channels:invalid.${field}`) : undefined;
}

/** Whether the error is shown next to the fields (so not again as an alert). */
export function isFieldError(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'validation-failed' || error.code === 'channel-already-connected');
}
