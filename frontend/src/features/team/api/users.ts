import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { teamKeys } from './keys';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import type { NewUser, TeamUser, UserChange } from './types';

export function useUsers() {
  return useQuery({
    queryKey: teamKeys.users,
    queryFn: async ({ signal }) => bodyOf(await apiClient.GET('/api/v1/users', { signal })).items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewUser) => bodyOf(await apiClient.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.users }),
  });
}

/** Renames, changes the role of, deactivates or reactivates a user. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: number; change: UserChange }) =>
      bodyOf(await apiClient.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change })),
    onSuccess: (user) => {
      queryClient.setQueryData<TeamUser[]>(teamKeys.users, (users) => users?.map((item) => (item.id === user.id ? user : item)));
      void queryClient.invalidateQueries({ queryKey: teamKeys.users });
    },
  });
}
