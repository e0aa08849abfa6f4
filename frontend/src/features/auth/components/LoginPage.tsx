import { useTranslation } from 'react-i18next';
import { Brand } from '@/components/brand/Brand';
import { LanguageSwitch } from '@/components/language-switch/LanguageSwitch';
import { LoginForm } from './LoginForm';
import styles from './LoginPage.module.css';

export function LoginPage() {
  const { t } = useTranslation('auth');
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
          <LoginForm />
        </section>
        <p className={styles.footer}>{t('footer')}</p>
      </main>
    </div>
  );
}
