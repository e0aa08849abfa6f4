import { useCallback, useMemo, useState } from 'react';
import type { Room } from '@/lib/api/types';
import {
  NOTHING_SELECTED,
  selectAll,
  selectedShown,
  toggleRange,
  toggleRoom,
  type Selection,
} from '../lib/selection';

export interface RoomSelection {
  /** The ticked rooms still in the list, in list order. */
  selectedIds: number[];
  isSelected: (roomId: number) => boolean;
  /** Ticks or unticks a room; with `range`, every room from the last one ticked. */
  toggle: (roomId: number, range?: boolean) => void;
  selectAllShown: () => void;
  clear: () => void;
}

/**
 * The rooms ticked for a bulk action. A new view (tab, filters, sort, search) starts with none; a
 * ticked room that leaves the list (resolved elsewhere, say) no longer counts.
 */
export function useRoomSelection(rooms: Room[], listKey: string): RoomSelection {
  const [state, setState] = useState<{ context: string; selection: Selection }>({
    context: listKey,
    selection: NOTHING_SELECTED,
  });
  const selection = state.context === listKey ? state.selection : NOTHING_SELECTED;
  const shown = useMemo(() => rooms.map((room) => room.id), [rooms]);
  const selectedIds = useMemo(() => selectedShown(selection, shown), [selection, shown]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const update = useCallback(
    (change: (selection: Selection) => Selection) =>
      setState((current) => ({
        context: listKey,
        selection: change(current.context === listKey ? current.selection : NOTHING_SELECTED),
      })),
    [listKey],
  );

  return {
    selectedIds,
    isSelected: (roomId) => selected.has(roomId),
    toggle: (roomId, range = false) =>
      update((current) => (range ? toggleRange(current, shown, roomId) : toggleRoom(current, roomId))),
    selectAllShown: () => update((current) => selectAll(current, shown)),
    clear: () => update(() => NOTHING_SELECTED),
  };
}
