import { describe, expect, it } from 'vitest';
import { makeRoom } from '@/testing/inbox-fixtures';
import { roomChange } from './room-change';

const seen = makeRoom({ id: 1, status: 'ASSIGNED', assignee: { id: 1, name: 'Budi Santoso', active: true }, unreadCount: 0, version: 4 });
const later = new Date(Date.parse(seen.lastActivityAt) + 60_000).toISOString();

describe('what changed in a room since it was shown', () => {
  it('counts the new unread messages when the customer wrote again', () => {
    const current = {
      ...seen,
      version: 6,
      unreadCount: 2,
      lastActivityAt: later,
      lastMessage: { preview: 'Halo?', direction: 'INBOUND' as const, sender: null, createdAt: later },
    };
    expect(roomChange(seen, current)).toEqual({ kind: 'customer-wrote', unread: 2 });
  });

  it('tells a resolve by someone else, and an assignee or tag change, apart', () => {
    expect(roomChange(seen, { ...seen, version: 5, status: 'RESOLVED' })).toEqual({ kind: 'resolved' });
    expect(roomChange(seen, { ...seen, version: 5, assignee: { id: 3, name: 'Dewi Lestari', active: true } })).toEqual({ kind: 'other' });
    expect(roomChange(seen, { ...seen, version: 5, tags: [{ id: 4, name: 'Komplain', color: '#dc2626' }] })).toEqual({ kind: 'other' });
  });

  it('sees nothing when only the version moved (the room was marked read)', () => {
    expect(roomChange({ ...seen, unreadCount: 1 }, { ...seen, version: 5, unreadCount: 0 })).toEqual({ kind: 'nothing-visible' });
  });
});
