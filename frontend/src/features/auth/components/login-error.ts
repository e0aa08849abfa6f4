import type { TFunction } from 'i18next';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError, NetworkError } from '@/lib/api/errors';

export type LoginField = 'username' | 'password';

export interface LoginErrorView {
  /** The sentence for the alert. */
  message: string;
  /** Server-side messages for individual inputs (validation-failed). */
  fields: Partial<Record<LoginField, string>>;
}

// Server field paths may be qualified ("login.request.username"); the last segment names the input.
function toLoginField(path: string): LoginField | undefined {
  const name = path.split('.').pop();
  return name === 'username' || name === 'password' ? name : undefined;
}

/**
 * Chooses a localized message by problem code (ApiError.code is the contract's ProblemCode, so a
 * case the API cannot send does not compile); never shows raw server output as the alert.
 */
export function describeLoginError(error: unknown, t: TFunction<['auth', 'common']>): LoginErrorView {
  if (error instanceof NetworkError) return { message: t('common:errors.network'), fields: {} };
  if (!(error instanceof ApiError)) return { message: t('common:errors.generic'), fields: {} };

  switch (error.code) {
    case 'invalid-credentials':
      return { message: t('auth:errors.invalidCredentials'), fields: {} };
    case 'too-many-attempts':
      return {
        message:
          error.retryAfterSeconds !== undefined
            ? t('auth:errors.tooManyAttempts', { seconds: error.retryAfterSeconds })
            : t('auth:errors.tooManyAttemptsLater'),
        fields: {},
      };
    case 'validation-failed': {
      const fields: LoginErrorView['fields'] = {};
      for (const { field, message } of error.fieldErrors) {
        const input = toLoginField(field);
        if (input && !fields[input]) fields[input] = message;
      }
      return { message: t('auth:errors.validationFailed'), fields };
    }
    default:
      // database-unavailable, internal-error, …: the sentence every screen uses.
      return { message: describeApiError(error, t as unknown as TFunction<'common'>), fields: {} };
  }
}
