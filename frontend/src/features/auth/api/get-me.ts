import { useQuery } from '@tanstack/react-query';
import { $api } from '@/lib/api/client';

/** The signed-in user; rarely changes, so it is not refetched on every mount. */
export const getMeQueryOptions = () =>
  $api.queryOptions('get', '/api/v1/me', undefined, { staleTime: 5 * 60_000 });

export function useMe({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getMeQueryOptions(), enabled });
}
