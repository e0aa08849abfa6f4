import { useId, useState, type KeyboardEvent } from 'react';
import type { CannedReply, Room } from '@/lib/api/types';
import { useCannedSuggestions } from '@/lib/canned-replies/api';
import { fillPlaceholders } from '@/lib/canned-replies/placeholders';
import { replaceSlashQuery, slashQueryAt } from '@/lib/canned-replies/slash-query';

interface CannedPickerOptions {
  text: string;
  setText: (text: string) => void;
  /** Puts the caret after the inserted reply once the textarea holds it. */
  placeCaret: (caret: number) => void;
  room: Room;
  agentName: string;
}

/**
 * Canned replies in the composer: typing `/` at the start of the reply or after a space opens the
 * suggestions for what follows it; ↑/↓ move, Enter or Tab (or a click) insert the reply with its
 * placeholders filled in place of the `/query`, Esc closes the list and keeps the draft.
 */
export function useCannedPicker({ text, setText, placeCaret, room, agentName }: CannedPickerOptions) {
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  // The `/` whose list Esc closed: it stays closed until that `/query` is gone.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [active, setActive] = useState({ query: '', index: 0 });

  const slash = caret === null ? null : slashQueryAt(text, caret);
  const open = slash !== null && dismissed !== slash.start;
  const suggestions = useCannedSuggestions(slash?.query ?? '', open);
  const items = open ? (suggestions.data?.items ?? []) : [];
  const activeIndex = slash && active.query === slash.query ? Math.min(active.index, Math.max(items.length - 1, 0)) : 0;

  /** Follows the caret (typing, clicks, arrow keys, selections). */
  function track(element: HTMLTextAreaElement) {
    const at = element.selectionStart === element.selectionEnd ? element.selectionEnd : null;
    setCaret(at);
    if (at === null || slashQueryAt(element.value, at)?.start !== dismissed) setDismissed(null);
  }

  function insert(reply: CannedReply) {
    if (!slash) return;
    const filled = fillPlaceholders(reply.body, {
      contactName: room.contact.name,
      contactPhone: room.contact.phone ?? null,
      agentName,
    });
    const next = replaceSlashQuery(text, slash, filled);
    placeCaret(next.caret);
    setCaret(next.caret);
    setDismissed(slashQueryAt(next.text, next.caret)?.start ?? null);
    setText(next.text);
  }

  /** Handles the keys the open list owns; true when the key was taken. */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open || !slash || event.nativeEvent.isComposing) return false;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(slash.start);
      return true;
    }
    if (items.length === 0) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ query: slash.query, index: (activeIndex + step + items.length) % items.length });
      return true;
    }
    const chosen = items[activeIndex];
    if (chosen && (event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
      event.preventDefault();
      insert(chosen);
      return true;
    }
    return false;
  }

  const optionId = (reply: CannedReply) => `${listId}-option-${reply.id}`;
  const activeReply = items[activeIndex];

  return {
    open,
    query: slash?.query ?? '',
    items,
    activeIndex,
    loading: open && suggestions.isPending,
    failed: open && suggestions.isError,
    listId,
    optionId,
    insert,
    track,
    onKeyDown,
    /** The textarea's part of the pattern: which list it controls and which option is active. */
    inputProps: {
      'aria-autocomplete': 'list' as const,
      'aria-controls': open && items.length > 0 ? listId : undefined,
      'aria-activedescendant': open && activeReply ? optionId(activeReply) : undefined,
    },
  };
}

export type CannedPicker = ReturnType<typeof useCannedPicker>;
