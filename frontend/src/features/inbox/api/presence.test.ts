import { describe, expect, it } from 'vitest';
import { applyPresence, presenceOf, viewersOf } from './presence';

const budi = { id: 1, name: 'Budi Santoso', typing: false };
const dewi = { id: 3, name: 'Dewi Lestari', typing: false };

describe('presence', () => {
  it('keeps everyone but the user, per room', () => {
    const state = presenceOf(
      [
        { roomId: 1, viewers: [budi, dewi] },
        { roomId: 2, viewers: [budi] },
      ],
      budi.id,
    );
    expect(state).toEqual({ 1: [dewi] });
    expect(viewersOf(state, 2)).toEqual([]);
  });

  it('replaces a room’s viewers with the full list an event brings, and drops a room nobody else views', () => {
    let state = presenceOf([{ roomId: 1, viewers: [dewi] }], budi.id);
    state = applyPresence(state, { roomId: 1, viewers: [{ ...dewi, typing: true }] }, budi.id);
    expect(viewersOf(state, 1)).toEqual([{ ...dewi, typing: true }]);

    state = applyPresence(state, { roomId: 1, viewers: [budi] }, budi.id);
    expect(state).toEqual({});
  });

  it('returns the same state for an event that changes nothing (rows do not re-render)', () => {
    const state = presenceOf([{ roomId: 1, viewers: [dewi] }], budi.id);
    expect(applyPresence(state, { roomId: 1, viewers: [budi, { ...dewi }] }, budi.id)).toBe(state);
  });
});
