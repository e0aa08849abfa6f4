import { useMutation } from '@tanstack/react-query';
import type { Client } from 'openapi-fetch';
import { apiClient } from '@/lib/api/client';
import type { JsonOperation } from '@/lib/api/pending';

// Hand-typed until openapi.yaml has PUT /api/v1/me/password (then use apiClient directly).
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
interface PasswordPaths {
  '/api/v1/me/password': { put: JsonOperation<ChangePasswordRequest, never, 204> };
}
const client = apiClient as unknown as Client<PasswordPaths>;

/** Changes the signed-in user's password; their other sessions end, this one continues. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: ChangePasswordRequest) => {
      await client.PUT('/api/v1/me/password', { body });
    },
  });
}
