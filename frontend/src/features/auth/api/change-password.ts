import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type ChangePasswordRequest =
  paths['/api/v1/me/password']['put']['requestBody']['content']['application/json'];

/** Changes the signed-in user's password; their other sessions end, this one continues. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: ChangePasswordRequest) => {
      await apiClient.PUT('/api/v1/me/password', { body });
    },
  });
}
