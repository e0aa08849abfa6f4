import { useHotkeys, type Options } from 'react-hotkeys-hook';

export interface ShortcutHandlers {
  next: () => void;
  previous: () => void;
  open: () => void;
  resolve: () => void;
  /** Ticks or unticks the focused room for a bulk change. */
  toggleSelect: () => void;
  focusSearch: () => void;
  help: () => void;
  /** Escape outside a field: close the open room (its draft is kept). */
  close: () => void;
}

function dialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

// Single keys, matched by the character typed ('?' is Shift+/ on most layouts); never with
// Ctrl, Alt or Meta, and never while a dialog is open. Typing in a field is left alone by the
// library (form tags and contenteditable are off by default).
const SINGLE_KEY: Options = {
  useKey: true,
  ignoreModifiers: true,
  preventDefault: true,
  ignoreEventWhen: (event) => event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || dialogOpen(),
};

// Enter on a focused button, link or tab already does its own thing.
const ENTER: Options = {
  ...SINGLE_KEY,
  ignoreEventWhen: (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const onControl = target !== null && target !== document.body && target.closest('button, a, [role="tab"]') !== null;
    return onControl || SINGLE_KEY.ignoreEventWhen!(event);
  },
};

/** Gmail-style single keys: j/k move, Enter opens, e resolves, x ticks, / searches, ? shows help, Escape closes the room. */
export function useShortcuts(handlers: ShortcutHandlers) {
  useHotkeys('j', handlers.next, SINGLE_KEY);
  useHotkeys('k', handlers.previous, SINGLE_KEY);
  useHotkeys('enter', handlers.open, ENTER);
  useHotkeys('e', handlers.resolve, SINGLE_KEY);
  useHotkeys('x', handlers.toggleSelect, SINGLE_KEY);
  useHotkeys('/', handlers.focusSearch, SINGLE_KEY);
  useHotkeys('?', handlers.help, SINGLE_KEY);
  // An Escape that closes a popover is defaultPrevented by it (Radix), so it closes nothing else.
  useHotkeys('escape', handlers.close, SINGLE_KEY);
}
