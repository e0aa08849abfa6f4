import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  next: () => void;
  previous: () => void;
  open: () => void;
  resolve: () => void;
  focusSearch: () => void;
  help: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Gmail-style single keys: j/k move, Enter opens, e resolves, / searches, ? shows help.
 * Ignored while typing, with modifiers, or while a dialog is open.
 */
export function useShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const target = event.target as HTMLElement | null;
      const onControl = target?.closest('button, a, [role="tab"]') !== null && target !== document.body;
      const handler = ref.current;
      switch (event.key) {
        case 'j':
          handler.next();
          break;
        case 'k':
          handler.previous();
          break;
        case 'Enter':
          // Enter on a focused button or link already does its own thing.
          if (onControl) return;
          handler.open();
          break;
        case 'e':
          handler.resolve();
          break;
        case '/':
          handler.focusSearch();
          break;
        case '?':
          handler.help();
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
