import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CannedPicker } from '../hooks/use-canned-picker';
import styles from './CannedSuggestions.module.css';

/** Where canned replies are managed (the app's route). */
const MANAGE_PATH = '/canned-replies';

/**
 * The composer's canned-reply suggestions for the `/query` being typed: a listbox whose active option
 * the textarea points at (aria-activedescendant), so focus stays in the reply. Options insert on click;
 * without a match, a link to the management page.
 */
export function CannedSuggestions({ picker }: { picker: CannedPicker }) {
  const { t } = useTranslation('inbox');
  if (!picker.open) return null;
  const { items, activeIndex, query } = picker;
  return (
    <div className={styles.popup}>
      <p className="visually-hidden" role="status">
        {items.length > 0 ? t('composer.canned.count', { count: items.length }) : ''}
      </p>
      {items.length > 0 && (
        <ul id={picker.listId} role="listbox" aria-label={t('composer.canned.label')} className={styles.list}>
          {items.map((reply, index) => (
            <li
              key={reply.id}
              id={picker.optionId(reply)}
              role="option"
              aria-selected={index === activeIndex}
              className={styles.option}
              // Keep focus (and the caret) in the textarea.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => picker.insert(reply)}
            >
              <span className={styles.shortcut}>/{reply.shortcut}</span>{' '}
              <span className={styles.body}>{reply.body}</span>{' '}
              <span className={styles.scope}>{t(`composer.canned.scope.${reply.scope}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {items.length === 0 && picker.loading && <p className={styles.empty}>{t('composer.canned.loading')}</p>}
      {items.length === 0 && picker.failed && <p className={styles.empty}>{t('composer.canned.failed')}</p>}
      {items.length === 0 && !picker.loading && !picker.failed && (
        <p className={styles.empty}>
          {query ? t('composer.canned.noMatch', { query }) : t('composer.canned.none')}{' '}
          <Link to={MANAGE_PATH} className={styles.manage}>
            {t('composer.canned.manage')}
          </Link>
        </p>
      )}
    </div>
  );
}
