import type { TFunction } from 'i18next';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError } from '@/lib/api/errors';

/** One sentence for a failed team action, in the user's language; cases are contract ProblemCodes. */
export function describeTeamError(error: unknown, t: TFunction<['team', 'common']>): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'username-taken':
        return t('team:errors.usernameTaken');
      case 'cannot-change-own-account':
        return t('team:errors.ownAccount');
      case 'weak-password':
        return t('team:errors.weakPassword');
    }
  }
  return describeApiError(error, t as unknown as TFunction<'common'>);
}
