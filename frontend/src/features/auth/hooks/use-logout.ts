import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { clearSession } from '@/lib/session';
import { endServerSession } from '@/lib/session-renewal';

/**
 * Signs out: the server ends the session (token and refresh cookie), then the token is dropped
 * here and every cached server answer with it. Local sign-out happens even when the server
 * cannot be reached.
 */
export function useLogout(loginPath = '/login') {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    await endServerSession();
    clearSession();
    queryClient.clear();
    void navigate(loginPath, { replace: true });
  }, [queryClient, navigate, loginPath]);
}
