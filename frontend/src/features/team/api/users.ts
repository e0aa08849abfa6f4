import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { bodyOf } from '@/lib/api/fetchers';
import { teamKeys } from '@/lib/api/query-keys';
import type { NewUser, TeamUser, UserChange } from './types';

export async function getUsers(signal?: AbortSignal): Promise<TeamUser[]> {
  return bodyOf(await apiClient.GET('/api/v1/users', { signal })).items;
}

export function useUsers() {
  return useQuery({ queryKey: teamKeys.users(), queryFn: ({ signal }) => getUsers(signal) });
}

export async function postUser(body: NewUser): Promise<TeamUser> {
  return bodyOf(await apiClient.POST('/api/v1/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.users() }),
  });
}

export async function patchUser({ id, change }: { id: number; change: UserChange }): Promise<TeamUser> {
  return bodyOf(await apiClient.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change }));
}

/** Renames, changes the role of, deactivates or reactivates a user. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: patchUser,
    onSuccess: (user) => {
      queryClient.setQueryData<TeamUser[]>(teamKeys.users(), (users) => users?.map((item) => (item.id === user.id ? user : item)));
      void queryClient.invalidateQueries({ queryKey: teamKeys.users() });
    },
  });
}
