import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/dialog/Dialog';
import styles from './ShortcutsHelp.module.css';

const SHORTCUTS = [
  { keys: ['j'], label: 'shortcuts.next' },
  { keys: ['k'], label: 'shortcuts.previous' },
  { keys: ['Enter'], label: 'shortcuts.openRoom' },
  { keys: ['e'], label: 'shortcuts.resolve' },
  { keys: ['x'], label: 'shortcuts.select' },
  { keys: ['/'], label: 'shortcuts.search' },
  { keys: ['Esc'], label: 'shortcuts.close' },
  { keys: ['?'], label: 'shortcuts.help' },
  { keys: ['Enter'], label: 'shortcuts.send', context: true },
  { keys: ['Shift', 'Enter'], label: 'shortcuts.newline', context: true },
] as const;

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('inbox');
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <dl className={styles.list}>
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.label} className={styles.item}>
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' + '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
