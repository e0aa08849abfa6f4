import { useState } from 'react';

export type ComposerMode = 'reply' | 'note';

// The chosen mode per room, kept while the page lives (like drafts).
const modes = new Map<number, ComposerMode>();

/** Reply or private note, remembered per room; a room starts in reply mode. */
export function useComposerMode(roomId: number): [ComposerMode, (mode: ComposerMode) => void] {
  const [state, setState] = useState(() => ({ roomId, mode: modes.get(roomId) ?? 'reply' }));
  if (state.roomId !== roomId) {
    // Adjusting state to a changed prop while rendering (React's documented pattern).
    setState({ roomId, mode: modes.get(roomId) ?? 'reply' });
  }
  const mode = state.roomId === roomId ? state.mode : (modes.get(roomId) ?? 'reply');
  return [
    mode,
    (next: ComposerMode) => {
      modes.set(roomId, next);
      setState({ roomId, mode: next });
    },
  ];
}
