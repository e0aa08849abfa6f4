import { Copy } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import settings from '@/components/settings-page/SettingsSection.module.css';
import { TextField } from '@/components/text-field/TextField';
import { copyText } from '@/lib/clipboard';
import styles from './ChannelsPage.module.css';

/**
 * The address Meta sends a number's messages to. The SPA and the API share one origin (the SPA's server
 * proxies /api, /q and /webhooks to the API), so it is this page's origin.
 */
export function webhookUrl(origin = window.location.origin): string {
  return `${origin}/webhooks/whatsapp`;
}

export function WebhookUrl({ onNotice }: { onNotice: (message: string, tone?: 'success' | 'error') => void }) {
  const { t } = useTranslation('channels');
  const url = webhookUrl();
  return (
    <section className={settings.section} aria-labelledby="channels-webhook">
      <h2 id="channels-webhook">{t('webhook.title')}</h2>
      <div className={styles.copyRow}>
        <TextField label={t('webhook.label')} value={url} readOnly onFocus={(event) => event.currentTarget.select()} className={styles.url} />
        <Button
          variant="secondary"
          icon={<Copy size={16} strokeWidth={1.8} aria-hidden="true" />}
          onClick={async () => ((await copyText(url)) ? onNotice(t('webhook.copied')) : onNotice(t('webhook.copyFailed'), 'error'))}
        >
          {t('webhook.copy')}
        </Button>
      </div>
      <p className={styles.hint}>{t('webhook.hint')}</p>
    </section>
  );
}
