import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  filtersOf,
  parseInboxView,
  toSearchParams,
  type InboxView,
  type RoomFilters,
  type SearchMode,
  type Sort,
  type Tab,
} from '../lib/inbox-url';

/** The inbox view read from and written to the URL; every change is a history entry. */
export function useInboxView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseInboxView(params), [params]);

  const update = useCallback(
    (change: (current: InboxView) => InboxView, options?: { replace?: boolean }) => {
      setParams((current) => toSearchParams(change(parseInboxView(current))), options);
    },
    [setParams],
  );

  const actions = useMemo(
    () => ({
      setTab: (tab: Tab) => update((current) => ({ ...current, tab })),
      setSort: (sort: Sort) => update((current) => ({ ...current, sort })),
      // Only the filters change: tab, sort, search and the open room stay as they are.
      applyFilters: (filters: RoomFilters) => update((current) => ({ ...current, ...filtersOf(filters) })),
      clearFilters: () => update((current) => ({ ...current, ...EMPTY_FILTERS })),
      search: (q: string, searchMode: SearchMode) => update((current) => ({ ...current, q: q.trim(), searchMode })),
      clearSearch: () => update((current) => ({ ...current, q: '' })),
      openRoom: (roomId: number, messageId: number | null = null) =>
        update((current) => ({ ...current, roomId, messageId })),
      closeRoom: () => update((current) => ({ ...current, roomId: null, messageId: null })),
      /** Leaves a jumped-to message (back to the newest end of the conversation). */
      clearMessage: () => update((current) => ({ ...current, messageId: null }), { replace: true }),
    }),
    [update],
  );

  return { view, ...actions };
}
export type InboxViewApi = ReturnType<typeof useInboxView>;
