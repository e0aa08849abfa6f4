import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, isLanguage, type Language } from '@/i18n';
import styles from './LanguageSwitch.module.css';

/** ID / EN toggle; the i18n setup persists the choice and updates <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'id';
  return (
    <div role="group" aria-label={t('language.label')} className={styles.switch}>
      {SUPPORTED_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className={styles.option}
          aria-pressed={current === language}
          title={t(`language.${language}`)}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
          {/* The visible code stays part of the accessible name ("EN (English)"). */}
          <span className="visually-hidden"> ({t(`language.${language}`)})</span>
        </button>
      ))}
    </div>
  );
}
