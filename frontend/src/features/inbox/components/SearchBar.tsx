import { Search, X } from 'lucide-react';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchMode } from '../lib/inbox-url';
import styles from './SearchBar.module.css';

interface SearchBarProps {
  q: string;
  mode: SearchMode;
  onSearch: (q: string, mode: SearchMode) => void;
  onClear: () => void;
  /** Escape in the box: after clearing it, focus goes back to the room list. */
  onLeave: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** One box, two modes: by contact (name or phone) narrows the list, by conversation finds messages. */
export function SearchBar({ q, mode: appliedMode, onSearch, onClear, onLeave, inputRef }: SearchBarProps) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState(q);
  const [mode, setMode] = useState<SearchMode>(appliedMode);
  // What this box last asked the URL to show. When the URL catches up with it, that is our own
  // echo: the user may have typed on meanwhile (e.g. right after switching the mode), and what
  // they typed must never be replaced by the older text.
  const requested = useRef<{ q: string; mode: SearchMode } | null>(null);
  // Follow the URL when someone else changes it (back/forward, a shared link).
  useEffect(() => {
    const echo = requested.current;
    requested.current = null;
    if (echo && echo.q === q && echo.mode === appliedMode) return;
    setText(q);
    setMode(appliedMode);
  }, [q, appliedMode]);

  function search(value: string, searchMode: SearchMode) {
    requested.current = { q: value.trim(), mode: searchMode };
    onSearch(value, searchMode);
  }

  function clear() {
    requested.current = { q: '', mode: appliedMode };
    setText('');
    onClear();
  }

  return (
    <form
      role="search"
      aria-label={t('search.label')}
      className={styles.search}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) search(text, mode);
        else clear();
      }}
    >
      <div role="radiogroup" aria-label={t('search.mode')} className={styles.modes}>
        {(['contacts', 'messages'] as const).map((value) => (
          <label key={value} className={styles.mode}>
            <input
              type="radio"
              name="search-mode"
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                if (q && text.trim()) search(text, value);
              }}
            />
            <span>{t(`search.${value}`)}</span>
          </label>
        ))}
      </div>
      <div className={styles.field}>
        <Search className={styles.icon} size={14} strokeWidth={2.25} aria-hidden="true" />
        <input
          ref={inputRef}
          type="search"
          className={styles.input}
          aria-label={t('search.input')}
          placeholder={t(mode === 'contacts' ? 'search.placeholderContacts' : 'search.placeholderMessages')}
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              if (text || q) clear();
              event.currentTarget.blur();
              onLeave();
            }
          }}
        />
        {(text || q) && (
          <button
            type="button"
            className={styles.clear}
            aria-label={t('search.clear')}
            onClick={clear}
          >
            <X size={12} strokeWidth={2.7} aria-hidden="true" />
          </button>
        )}
        <button type="submit" className={styles.submit}>
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
