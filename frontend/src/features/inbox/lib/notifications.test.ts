import { describe, expect, it } from 'vitest';
import { makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { notificationSettingsKey, readNotificationSettings, saveNotificationSettings, shouldNotify } from './notifications';

const me = 1;
const mine = makeRoom({ id: 5, status: 'ASSIGNED', assignee: { id: me, name: 'Budi Santoso', active: true } });
const unassigned = makeRoom({ id: 6 });
const colleagues = makeRoom({ id: 7, status: 'ASSIGNED', assignee: { id: 3, name: 'Dewi Lestari', active: true } });

describe('notifications', () => {
  it('are for customer messages in rooms that are mine or nobody’s, when I am not looking at that room', () => {
    const customer = (roomId: number) => makeMessage({ roomId, direction: 'INBOUND' });
    const base = { selfId: me, openRoomId: null, hidden: false };

    expect(shouldNotify({ ...base, message: customer(5), room: mine })).toBe(true);
    expect(shouldNotify({ ...base, message: customer(6), room: unassigned })).toBe(true);
    expect(shouldNotify({ ...base, message: customer(7), room: colleagues })).toBe(false);
    expect(shouldNotify({ ...base, message: makeMessage({ roomId: 5, direction: 'OUTBOUND' }), room: mine })).toBe(false);
    // The room is open and the tab visible: the agent sees it already.
    expect(shouldNotify({ ...base, openRoomId: 5, message: customer(5), room: mine })).toBe(false);
    expect(shouldNotify({ ...base, openRoomId: 5, hidden: true, message: customer(5), room: mine })).toBe(true);
  });

  it('are off until turned on, and remembered per user', () => {
    expect(readNotificationSettings(1)).toEqual({ desktop: false, sound: false });

    saveNotificationSettings(1, { desktop: true, sound: false });

    expect(readNotificationSettings(1)).toEqual({ desktop: true, sound: false });
    expect(readNotificationSettings(2)).toEqual({ desktop: false, sound: false });
    expect(window.localStorage.getItem(notificationSettingsKey(1))).toBe('{"desktop":true,"sound":false}');
  });
});
