import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './MultiSelect.module.css';

export interface Option {
  value: string;
  label: string;
  icon?: ReactNode;
  hint?: string;
}

interface MultiSelectProps {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

/** A dropdown of checkboxes; several values at once. */
export function MultiSelect({ label, options, selected, onChange }: MultiSelectProps) {
  const { t } = useTranslation('inbox');
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);

  return (
    <div
      ref={rootRef}
      className={styles.root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={[styles.trigger, selected.length > 0 && styles.hasValue].filter(Boolean).join(' ')}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span>{label}</span>
        {selected.length > 0 && <span className={styles.count}>{selected.length}</span>}
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
      </button>
      {open && (
        <fieldset id={panelId} className={styles.panel}>
          <legend className="visually-hidden">{label}</legend>
          {options.length === 0 && <p className={styles.empty}>{t('filters.noOptions')}</p>}
          {options.map((option) => (
            <label key={option.value} className={styles.option}>
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={() => toggle(option.value)}
              />
              {option.icon}
              <span className={styles.optionLabel}>{option.label}</span>
              {option.hint && <span className={styles.hint}>{option.hint}</span>}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
