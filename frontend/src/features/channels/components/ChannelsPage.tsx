import { Plus } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import type { CurrentUser } from '@/lib/api/types';
import { ChannelList } from './ChannelList';
import { ConnectChannelDialog } from './ConnectChannelDialog';
import { WebhookUrl } from './WebhookUrl';
import styles from './ChannelsPage.module.css';

interface Notice {
  tone: 'success' | 'error';
  message: string;
}

/** The supervisor's page for the company's channels: connect WhatsApp numbers, re-key, sync, disconnect. */
export function ChannelsPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('channels');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [connecting, setConnecting] = useState(false);
  const onNotice = useCallback((message: string, tone: Notice['tone'] = 'success') => setNotice({ message, tone }), []);

  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <div>
          <h1>{t('title')}</h1>
          <p className={styles.muted}>{t('intro', { company: user.tenant.name })}</p>
        </div>
        <Button icon={<Plus size={16} strokeWidth={2} aria-hidden="true" />} onClick={() => setConnecting(true)}>
          {t('connectNumber')}
        </Button>
      </header>
      {/* One live region for the outcome of every action on this page. */}
      <div role={notice?.tone === 'error' ? 'alert' : 'status'} className={[styles.notice, notice && styles[notice.tone]].filter(Boolean).join(' ')}>
        {notice?.message}
      </div>
      <WebhookUrl onNotice={onNotice} />
      <ChannelList onNotice={onNotice} />
      {connecting && (
        <ConnectChannelDialog
          onClose={() => setConnecting(false)}
          onConnected={(channel) => {
            setConnecting(false);
            onNotice(t('connect.connected', { name: channel.name }));
          }}
        />
      )}
    </div>
  );
}
