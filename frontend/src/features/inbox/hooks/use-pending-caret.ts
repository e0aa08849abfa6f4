import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Puts the caret where an insertion (a canned reply, an emoji) ended, once the textarea holds the new
 * text, and gives the textarea focus back.
 */
export function usePendingCaret(textareaRef: RefObject<HTMLTextAreaElement | null>, text: string) {
  const pending = useRef<number | null>(null);
  useLayoutEffect(() => {
    const element = textareaRef.current;
    if (pending.current === null || !element) return;
    element.focus();
    element.setSelectionRange(pending.current, pending.current);
    pending.current = null;
  }, [text, textareaRef]);
  return useCallback((caret: number) => {
    pending.current = caret;
  }, []);
}
