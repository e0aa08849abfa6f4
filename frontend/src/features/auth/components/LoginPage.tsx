import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeSession, wasSessionEnded } from '@/lib/session';
import { Brand } from '@/components/brand/Brand';
import { LanguageSwitch } from '@/components/language-switch/LanguageSwitch';
import { LoginForm } from './LoginForm';
import styles from './LoginPage.module.css';

export function LoginPage() {
  const { t } = useTranslation('auth');
  // Signed out by the server (expired, revoked, deactivated): say so, not just show the form.
  const ended = useSyncExternalStore(subscribeSession, wasSessionEnded, () => false);
  return (
    <div className={styles.page}>
      <header className={styles.topBar}>
        <LanguageSwitch />
      </header>
      <main className={styles.main}>
        <div className={styles.intro}>
          <Brand size="lg" />
          <p className={styles.tagline}>{t('tagline')}</p>
        </div>
        <section className={styles.card}>
          <h1 id="login-title" className={styles.title}>
            {t('title')}
          </h1>
          {ended && (
            <p role="status" className={styles.notice}>
              {t('sessionEnded')}
            </p>
          )}
          <LoginForm />
        </section>
        <p className={styles.footer}>{t('footer')}</p>
      </main>
    </div>
  );
}
