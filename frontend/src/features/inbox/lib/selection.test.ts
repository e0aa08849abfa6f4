import { describe, expect, it } from 'vitest';
import { NOTHING_SELECTED, selectAll, selectedShown, toggleRange, toggleRoom } from './selection';

const SHOWN = [10, 11, 12, 13, 14];

describe('room selection', () => {
  it('ticks and unticks one room, which becomes the anchor of a range', () => {
    const ticked = toggleRoom(NOTHING_SELECTED, 11);
    expect([...ticked.ids]).toEqual([11]);
    expect(ticked.anchor).toBe(11);
    expect([...toggleRoom(ticked, 11).ids]).toEqual([]);
  });

  it('shift-click ticks every room between the anchor and the clicked one, either way up', () => {
    expect(selectedShown(toggleRange(toggleRoom(NOTHING_SELECTED, 11), SHOWN, 13), SHOWN)).toEqual([11, 12, 13]);
    expect(selectedShown(toggleRange(toggleRoom(NOTHING_SELECTED, 14), SHOWN, 12), SHOWN)).toEqual([12, 13, 14]);
  });

  it('shift-click on a ticked room unticks the range', () => {
    const all = selectAll(toggleRoom(NOTHING_SELECTED, 10), SHOWN);
    expect(selectedShown(toggleRange(all, SHOWN, 12), SHOWN)).toEqual([13, 14]);
  });

  it('shift-click without an anchor in the list ticks only the clicked room', () => {
    const gone = toggleRoom(NOTHING_SELECTED, 99);
    expect(selectedShown(toggleRange(gone, SHOWN, 12), SHOWN)).toEqual([12]);
  });

  it('selects all shown, and a ticked room that left the list no longer counts', () => {
    const all = selectAll(NOTHING_SELECTED, SHOWN);
    expect(selectedShown(all, SHOWN)).toEqual(SHOWN);
    expect(selectedShown(all, [10, 12])).toEqual([10, 12]);
  });
});
