import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { bodyOf } from '@/lib/api/fetchers';
import type { Contact, ContactUpdate, Room } from '@/lib/api/types';
import { freshestRoom } from './cache';
import { inboxKeys } from './keys';

const ROOMS_PAGE_SIZE = 20;

export async function getContact(contactId: number, signal?: AbortSignal): Promise<Contact> {
  return bodyOf(await apiClient.GET('/api/v1/contacts/{contactId}', { params: { path: { contactId } }, signal }));
}

/** The contact of the open room, for its panel; live events keep it fresh. */
export function useContact(contactId: number) {
  return useQuery({ queryKey: inboxKeys.contact(contactId), queryFn: ({ signal }) => getContact(contactId, signal) });
}

/** The same person's rooms on every channel, newest activity first, one keyset page at a time. */
export function useContactRooms(contactId: number) {
  const query = useInfiniteQuery({
    queryKey: inboxKeys.contactRooms(contactId),
    queryFn: async ({ pageParam, signal }) => {
      const page = bodyOf(
        await apiClient.GET('/api/v1/contacts/{contactId}/rooms', {
          params: { path: { contactId }, query: { limit: ROOMS_PAGE_SIZE, cursor: pageParam ?? undefined } },
          signal,
        }),
      );
      return { ...page, items: page.items.map(freshestRoom) };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rooms = useMemo<Room[]>(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return { ...query, rooms };
}

/** A contact as an event or an answer brought it, unless the cache already holds a newer version. */
export function putContact(queryClient: QueryClient, contact: Contact) {
  queryClient.setQueryData<Contact>(inboxKeys.contact(contact.id), (current) =>
    current && current.version > contact.version ? current : contact,
  );
}

/** Whether an edit was refused because someone else edited the contact since it was loaded. */
export function isContactChanged(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export interface EditContact {
  update: ContactUpdate;
  /** The version the edit was made on: the edit is refused (412) when the contact changed since. */
  version: number;
}

/** Saves the team's edit of a contact as seen; refused (412) when it has changed since, then reloaded. */
export function useUpdateContact(contactId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ update, version }: EditContact) =>
      bodyOf(
        await apiClient.PATCH('/api/v1/contacts/{contactId}', {
          params: { path: { contactId }, header: { 'If-Match': `"v${version}"` } },
          body: update,
        }),
      ),
    onSuccess: (contact) => putContact(queryClient, contact),
    onError: (error) => {
      if (isContactChanged(error)) void queryClient.invalidateQueries({ queryKey: inboxKeys.contact(contactId) });
    },
  });
}
