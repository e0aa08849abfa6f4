import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/api/types';
import {
  desktopPermission,
  readNotificationSettings,
  requestDesktopPermission,
  saveNotificationSettings,
  subscribeNotificationSettings,
  unlockSound,
} from '../lib/notifications';
import styles from './NotificationSettings.module.css';

/**
 * The two switches for new customer messages (desktop notification, sound), off until turned on
 * here; turning notifications on asks the browser's permission. Remembered per user.
 */
export function NotificationSettings({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('inbox');
  const settings = useSyncExternalStore(subscribeNotificationSettings, () => readNotificationSettings(user.id));
  const [problem, setProblem] = useState<string | null>(null);

  async function setDesktop(on: boolean) {
    setProblem(null);
    if (on) {
      const support = desktopPermission();
      if (support === 'unsupported') return setProblem(t('notify.unsupported'));
      if (!(await requestDesktopPermission())) return setProblem(t('notify.blocked'));
    }
    saveNotificationSettings(user.id, { ...readNotificationSettings(user.id), desktop: on });
  }

  function setSound(on: boolean) {
    // The click is what lets the page play sound later.
    if (on) unlockSound();
    saveNotificationSettings(user.id, { ...readNotificationSettings(user.id), sound: on });
  }

  return (
    <fieldset className={styles.settings}>
      <legend className={styles.legend}>{t('notify.label')}</legend>
      <label className={styles.option}>
        <input type="checkbox" checked={settings.desktop} onChange={(event) => void setDesktop(event.target.checked)} />
        {t('notify.desktop')}
      </label>
      <label className={styles.option}>
        <input type="checkbox" checked={settings.sound} onChange={(event) => setSound(event.target.checked)} />
        {t('notify.sound')}
      </label>
      {problem && (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
