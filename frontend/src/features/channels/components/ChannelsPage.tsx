import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { useNotice } from '@/components/notice/Notice';
import { SettingsPage } from '@/components/settings-page/SettingsPage';
import type { CurrentUser } from '@/lib/api/types';
import { ChannelList } from './ChannelList';
import { ConnectChannelDialog } from './ConnectChannelDialog';
import { WebhookUrl } from './WebhookUrl';

/** The supervisor's page for the company's channels: connect WhatsApp numbers, re-key, sync, disconnect. */
export function ChannelsPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('channels');
  const { notice, onNotice } = useNotice();
  const [connecting, setConnecting] = useState(false);

  return (
    <SettingsPage
      title={t('title')}
      intro={t('intro', { company: user.tenant.name })}
      notice={notice}
      action={
        <Button icon={<Plus size={16} strokeWidth={2} aria-hidden="true" />} onClick={() => setConnecting(true)}>
          {t('connectNumber')}
        </Button>
      }
    >
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
    </SettingsPage>
  );
}
