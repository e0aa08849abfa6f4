import { ChevronDown } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover } from '@/components/popover/Popover';
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
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);

  return (
    <div className={styles.root}>
      <Popover
        open={open}
        onOpenChange={setOpen}
        align="start"
        className={styles.panel}
        trigger={
          <button
            type="button"
            className={[styles.trigger, selected.length > 0 && styles.hasValue].filter(Boolean).join(' ')}
          >
            <span>{label}</span>
            {selected.length > 0 && <span className={styles.count}>{selected.length}</span>}
            <ChevronDown size={10} strokeWidth={3.2} aria-hidden="true" />
          </button>
        }
      >
        <fieldset className={styles.options}>
          <legend className="visually-hidden">{label}</legend>
          {options.length === 0 && <p className={styles.empty}>{t('filters.noOptions')}</p>}
          {options.map((option) => (
            <label key={option.value} className={styles.option}>
              <input type="checkbox" checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
              {option.icon}
              <span className={styles.optionLabel}>{option.label}</span>
              {option.hint && <span className={styles.hint}>{option.hint}</span>}
            </label>
          ))}
        </fieldset>
      </Popover>
    </div>
  );
}
