import { useQueryClient } from '@tanstack/react-query';
import { $api } from '@/lib/api/client';
import type { CurrentUser } from '@/lib/api/types';
import { saveSession } from '@/lib/session';
import { getMeQueryOptions } from './get-me';

/**
 * Signs in. The response already carries the user, so it seeds the `me` query before the
 * session is saved: the shell renders at once, without a second request.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/v1/auth/login', {
    onSuccess: (data) => {
      queryClient.setQueryData<CurrentUser>(getMeQueryOptions().queryKey, data.user);
      saveSession({ accessToken: data.accessToken, expiresAt: data.expiresAt });
    },
  });
}
