/**
 * The inbox view lives in the URL (tab, filters, search, sort, open room), so reload,
 * back/forward and a shared link all show the same thing. Defaults are left out of the URL.
 */
export const TABS = ['all', 'mine', 'unassigned', 'assigned', 'resolved'] as const;
export type Tab = (typeof TABS)[number];
export const SESSIONS = ['open', 'expiring', 'expired'] as const;
export type SessionFilter = (typeof SESSIONS)[number];
export const SORTS = ['latest', 'oldest', 'deadline'] as const;
export type Sort = (typeof SORTS)[number];
export type SearchMode = 'contacts' | 'messages';

export interface RoomFilters {
  sessions: SessionFilter[];
  agentIds: string[];
  tagIds: string[];
  channelIds: string[];
}

export interface InboxView extends RoomFilters {
  tab: Tab;
  sort: Sort;
  /** The search text; by contact it narrows the room list, by conversation it lists message hits. */
  q: string;
  searchMode: SearchMode;
  roomId: number | null;
  /** A message to jump to and highlight in the open room (from a search hit). */
  messageId: number | null;
}

export const EMPTY_FILTERS: RoomFilters = { sessions: [], agentIds: [], tagIds: [], channelIds: [] };

const ID = /^\d{1,18}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function ids(params: URLSearchParams, name: string): string[] {
  return [...new Set(params.getAll(name).filter((value) => ID.test(value)))];
}

function positiveId(value: string | null): number | null {
  return value !== null && ID.test(value) && Number(value) > 0 ? Number(value) : null;
}

export function parseInboxView(params: URLSearchParams): InboxView {
  const q = (params.get('q') ?? '').trim();
  return {
    tab: oneOf(params.get('tab'), TABS, 'all'),
    sort: oneOf(params.get('sort'), SORTS, 'latest'),
    sessions: SESSIONS.filter((session) => params.getAll('session').includes(session)),
    agentIds: ids(params, 'agent'),
    tagIds: ids(params, 'tag'),
    channelIds: ids(params, 'channel'),
    q,
    searchMode: params.get('in') === 'messages' ? 'messages' : 'contacts',
    roomId: positiveId(params.get('room')),
    messageId: positiveId(params.get('msg')),
  };
}

export function toSearchParams(view: InboxView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.tab !== 'all') params.set('tab', view.tab);
  for (const session of view.sessions) params.append('session', session);
  for (const id of view.agentIds) params.append('agent', id);
  for (const id of view.tagIds) params.append('tag', id);
  for (const id of view.channelIds) params.append('channel', id);
  if (view.sort !== 'latest') params.set('sort', view.sort);
  if (view.q) {
    params.set('q', view.q);
    if (view.searchMode === 'messages') params.set('in', 'messages');
  }
  if (view.roomId !== null) params.set('room', String(view.roomId));
  if (view.roomId !== null && view.messageId !== null) params.set('msg', String(view.messageId));
  return params;
}

export function hasFilters(filters: RoomFilters): boolean {
  return (
    filters.sessions.length + filters.agentIds.length + filters.tagIds.length + filters.channelIds.length > 0
  );
}

/** The room-list query of a view (the contact search narrows the list; a message search does not). */
export function roomQuery(view: InboxView) {
  return {
    status: view.tab,
    sort: view.sort,
    session: view.sessions,
    // ids travel as numbers, as the contract declares them
    agentId: view.agentIds.map(Number),
    tagId: view.tagIds.map(Number),
    channelId: view.channelIds.map(Number),
    q: view.searchMode === 'contacts' && view.q ? view.q : undefined,
  };
}
export type RoomQuery = ReturnType<typeof roomQuery>;
/** The filters of a room query without its tab and order: what the tab counts depend on. */
export type RoomFilterQuery = Omit<RoomQuery, 'status' | 'sort'>;

export function roomFilterQuery({ status: _status, sort: _sort, ...filters }: RoomQuery): RoomFilterQuery {
  return filters;
}
