import type { TFunction } from 'i18next';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError, NetworkError } from '@/lib/api/errors';

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export interface PasswordErrorView {
  message?: string;
  fields: Partial<Record<PasswordField, string>>;
}

/**
 * The API's refusal in the user's language. weak-password's detail is English only, so the
 * reason is told from what was sent: too short, or else among the common passwords. Cases are
 * checked against the contract's ProblemCode.
 */
export function describePasswordError(
  error: unknown,
  newPassword: string,
  t: TFunction<['auth', 'common']>,
): PasswordErrorView {
  if (error instanceof NetworkError) return { message: t('common:errors.network'), fields: {} };
  if (!(error instanceof ApiError)) return { message: t('common:errors.generic'), fields: {} };
  switch (error.code) {
    case 'wrong-password':
      return { fields: { currentPassword: t('auth:passwordChange.errors.wrongPassword') } };
    case 'weak-password':
      return {
        fields: {
          newPassword:
            [...newPassword].length < 10 ? t('auth:passwordChange.errors.tooShort') : t('auth:passwordChange.errors.tooCommon'),
        },
      };
    case 'validation-failed': {
      const fields: PasswordErrorView['fields'] = {};
      for (const { field, message } of error.fieldErrors) {
        const name = field.split('.').pop();
        if ((name === 'currentPassword' || name === 'newPassword') && !fields[name]) fields[name] = message;
      }
      return { message: t('auth:errors.validationFailed'), fields };
    }
    default:
      return { message: describeApiError(error, t as unknown as TFunction<'common'>), fields: {} };
  }
}
