import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { clearSession } from '@/lib/session';

/** Signing out is local: the token is dropped and every cached server answer with it. */
export function useLogout(loginPath = '/login') {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    clearSession();
    queryClient.clear();
    void navigate(loginPath, { replace: true });
  }, [queryClient, navigate, loginPath]);
}
