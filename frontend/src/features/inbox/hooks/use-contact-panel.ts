import { useCallback, useState } from 'react';

/** Where each user's choice to show the contact panel is kept, on this browser. */
export function contactPanelStorageKey(userId: number): string {
  return `inbox.contact-panel.${userId}`;
}

function stored(userId: number): boolean {
  try {
    return window.localStorage.getItem(contactPanelStorageKey(userId)) === 'open';
  } catch {
    return false;
  }
}

/** Whether the contact panel is shown beside the open room: the user's last choice, closed at first. */
export function useContactPanel(userId: number) {
  const [open, setOpen] = useState(() => stored(userId));
  const set = useCallback(
    (next: boolean) => {
      setOpen(next);
      try {
        window.localStorage.setItem(contactPanelStorageKey(userId), next ? 'open' : 'closed');
      } catch {
        // Storage refused (private mode): the choice holds for this page only.
      }
    },
    [userId],
  );
  return { open, toggle: () => set(!open), close: () => set(false) };
}
