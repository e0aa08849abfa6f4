import { CheckCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SORTS, type Sort } from '../lib/inbox-url';
import styles from './ListToolbar.module.css';

interface ListToolbarProps {
  /** The Filter button and its panel. */
  filter: ReactNode;
  sort: Sort;
  onSort: (sort: Sort) => void;
  onResolveAll: () => void;
  onHelp: () => void;
}

/** Above the room list, in one row: its filters, its order, "resolve all expired" and the shortcuts help. */
export function ListToolbar({ filter, sort, onSort, onResolveAll, onHelp }: ListToolbarProps) {
  const { t } = useTranslation('inbox');
  return (
    <div className={styles.toolbar}>
      {filter}
      <label className={styles.sort}>
        <span className="visually-hidden">{t('sort.label')}</span>
        <select value={sort} onChange={(event) => onSort(event.target.value as Sort)}>
          {SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`sort.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <span className={styles.spacer} />
      <button
        type="button"
        className={styles.resolveAll}
        title={t('resolveAll.buttonLabel')}
        onClick={onResolveAll}
      >
        <CheckCheck size={14} strokeWidth={2.25} aria-hidden="true" />
        <span>{t('resolveAll.button')}</span>
      </button>
      <button type="button" className={styles.help} aria-label={t('shortcuts.open')} title={t('shortcuts.open')} onClick={onHelp}>
        ?
      </button>
    </div>
  );
}
