import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { teamKeys } from './keys';
import { apiClient } from '@/lib/api/client';
import type { NewUser, TeamUser, UserChange } from './types';

function required<T>(data: T | undefined): T {
  if (data === undefined) throw new Error('The API answered without a body');
  return data;
}

export function useUsers() {
  return useQuery({
    queryKey: teamKeys.users,
    queryFn: async ({ signal }) => required((await apiClient.GET('/api/v1/users', { signal })).data).items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewUser) => required((await apiClient.POST('/api/v1/users', { body })).data),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.users }),
  });
}

/** Renames, changes the role of, deactivates or reactivates a user. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: number; change: UserChange }) =>
      required((await apiClient.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change })).data),
    onSuccess: (user) => {
      queryClient.setQueryData<TeamUser[]>(teamKeys.users, (users) => users?.map((item) => (item.id === user.id ? user : item)));
      void queryClient.invalidateQueries({ queryKey: teamKeys.users });
    },
  });
}
