import { Lock, Reply } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposerMode } from '../hooks/use-composer-mode';
import styles from './Composer.module.css';

/** The switch between a reply to the customer and a private note for the team. */
export function ComposerModes({ mode, onChange }: { mode: ComposerMode; onChange: (mode: ComposerMode) => void }) {
  const { t } = useTranslation('inbox');
  const option = (value: ComposerMode, label: string, icon: ReactNode) => (
    <button
      type="button"
      className={[styles.mode, mode === value && (value === 'note' ? styles.modeNote : styles.modeActive)].filter(Boolean).join(' ')}
      aria-pressed={mode === value}
      onClick={() => onChange(value)}
    >
      {icon}
      {label}
    </button>
  );
  return (
    <div className={styles.modes} role="group" aria-label={t('composer.mode.label')}>
      {option('reply', t('composer.mode.reply'), <Reply size={14} strokeWidth={2} aria-hidden="true" />)}
      {option('note', t('composer.mode.note'), <Lock size={14} strokeWidth={2} aria-hidden="true" />)}
    </div>
  );
}
