/**
 * The rooms ticked in the list for a bulk action. `anchor` is the room ticked or unticked last:
 * a shift-click sets every room from it to the clicked one (in list order) to the clicked one's
 * new state, as mail clients do.
 */
export interface Selection {
  ids: ReadonlySet<number>;
  anchor: number | null;
}

export const NOTHING_SELECTED: Selection = { ids: new Set(), anchor: null };

/** Ticks or unticks one room. */
export function toggleRoom(selection: Selection, roomId: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(roomId)) ids.delete(roomId);
  else ids.add(roomId);
  return { ids, anchor: roomId };
}

/**
 * Shift-click: the rooms from the anchor to `roomId` (both included, in the order shown) take the
 * state `roomId` gets. Without an anchor still shown, only `roomId` is toggled.
 */
export function toggleRange(selection: Selection, shown: readonly number[], roomId: number): Selection {
  const from = selection.anchor === null ? -1 : shown.indexOf(selection.anchor);
  const to = shown.indexOf(roomId);
  if (from < 0 || to < 0) return toggleRoom(selection, roomId);
  const select = !selection.ids.has(roomId);
  const ids = new Set(selection.ids);
  for (const id of shown.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (select) ids.add(id);
    else ids.delete(id);
  }
  return { ids, anchor: roomId };
}

/** Every room shown, in addition to those already ticked. */
export function selectAll(selection: Selection, shown: readonly number[]): Selection {
  return { ids: new Set([...selection.ids, ...shown]), anchor: selection.anchor };
}

/** The ticked rooms that are still shown, in list order: what a bulk action applies to. */
export function selectedShown(selection: Selection, shown: readonly number[]): number[] {
  return shown.filter((id) => selection.ids.has(id));
}
