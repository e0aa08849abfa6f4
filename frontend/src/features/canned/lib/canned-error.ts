import type { TFunction } from 'i18next';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError } from '@/lib/api/errors';

/** One sentence for a failed canned-reply action, in the user's language; cases are contract ProblemCodes. */
export function describeCannedError(error: unknown, t: TFunction<['canned', 'common']>): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'shortcut-taken':
        return t('canned:errors.shortcutTaken');
      case 'company-reply-supervisors-only':
        return t('canned:errors.supervisorsOnly');
    }
  }
  return describeApiError(error, t as unknown as TFunction<'common'>);
}
