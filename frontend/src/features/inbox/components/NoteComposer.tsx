import { Lock } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { describeApiError } from '@/lib/api/describe-error';
import type { Room } from '@/lib/api/types';
import { useWriteNote } from '../api/notes';
import { useAgents } from '../api/reference-queries';
import { insertMention, matchPeople, mentionedIn, mentionQueryAt, type MentionQuery, type Person } from '../lib/mentions';
import styles from './Composer.module.css';

// Unsent notes per room, apart from reply drafts.
const drafts = new Map<number, { text: string; chosen: Person[] }>();

interface NoteComposerProps {
  room: Room;
  /** The signed-in user, left out of the @ suggestions. */
  selfId?: number;
}

/**
 * A private note: only the team sees it, so it can be written whatever the room's window or
 * assignee. `@` suggests active colleagues; the ones still named in the text are notified.
 */
export function NoteComposer({ room, selfId }: NoteComposerProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const agents = useAgents();
  const write = useWriteNote(room.id);
  const [text, setText] = useState(() => drafts.get(room.id)?.text ?? '');
  const [chosen, setChosen] = useState<Person[]>(() => drafts.get(room.id)?.chosen ?? []);
  const [typing, setTyping] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once a chosen name is in the text (before the next key is handled).
  const caretAfter = useRef<number | null>(null);
  const people = (agents.data ?? []).filter((agent) => agent.id !== selfId);
  const suggestions = typing ? matchPeople(people, typing.query) : [];
  const listId = `note-mentions-${room.id}`;
  const hintId = `note-hint-${room.id}`;

  useEffect(() => {
    if (text) drafts.set(room.id, { text, chosen });
    else drafts.delete(room.id);
  }, [room.id, text, chosen]);

  useLayoutEffect(() => {
    const element = textareaRef.current;
    if (caretAfter.current === null || !element) return;
    element.focus();
    element.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [text]);

  function edited(value: string, caret: number) {
    setText(value);
    setTyping(mentionQueryAt(value, caret));
    setActive(0);
  }

  function choose(person: Person) {
    const element = textareaRef.current;
    if (!typing || !element) return;
    const next = insertMention(text, typing, element.selectionStart ?? text.length, person);
    caretAfter.current = next.caret;
    setText(next.text);
    setChosen((list) => [...list, { id: person.id, name: person.name }]);
    setTyping(null);
  }

  function send() {
    const body = text.trim();
    if (!body || write.isPending) return;
    const mentionIds = mentionedIn(body, chosen).map((person) => person.id);
    write.mutate(mentionIds.length ? { body, mentionIds } : { body }, {
      onSuccess: () => {
        setText('');
        setChosen([]);
      },
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (index + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const person = suggestions[Math.min(active, suggestions.length - 1)];
        if (person) choose(person);
        return;
      }
      if (event.key === 'Escape') {
        // Closes the suggestions only, not the room.
        event.preventDefault();
        event.stopPropagation();
        setTyping(null);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  }

  const activePerson = suggestions[Math.min(active, suggestions.length - 1)];
  const activeId = activePerson ? `${listId}-${activePerson.id}` : undefined;
  return (
    <div className={[styles.composer, styles.note].join(' ')}>
      {write.isError && (
        <p className={styles.error} role="alert">
          {describeApiError(write.error, tc)}
        </p>
      )}
      <form
        className={[styles.form, styles.noteForm].join(' ')}
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <p className={styles.noteHint} id={hintId}>
          <Lock size={14} strokeWidth={2} aria-hidden="true" />
          {t('composer.note.hint')}
        </p>
        <textarea
          ref={textareaRef}
          className={styles.input}
          aria-label={t('composer.note.label')}
          aria-describedby={hintId}
          aria-autocomplete="list"
          aria-controls={suggestions.length > 0 ? listId : undefined}
          aria-activedescendant={activeId}
          placeholder={t('composer.note.placeholder')}
          rows={2}
          maxLength={4096}
          value={text}
          onChange={(event) => edited(event.target.value, event.target.selectionStart ?? event.target.value.length)}
          onKeyDown={onKeyDown}
          onBlur={() => setTyping(null)}
        />
        {suggestions.length > 0 && (
          <ul id={listId} role="listbox" aria-label={t('composer.note.suggestions')} className={styles.mentions}>
            {suggestions.map((person, index) => (
              <li
                key={person.id}
                id={`${listId}-${person.id}`}
                role="option"
                aria-selected={index === active}
                className={styles.mentionOption}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(person);
                }}
              >
                {person.name}
              </li>
            ))}
          </ul>
        )}
        <div className={styles.buttons}>
          <Button type="submit" size="sm" disabled={!text.trim() || write.isPending} loading={write.isPending}>
            {t('composer.note.send')}
          </Button>
        </div>
      </form>
    </div>
  );
}
