import { useTranslation } from 'react-i18next';
import { useNotice } from '@/components/notice/Notice';
import { SettingsPage } from '@/components/settings-page/SettingsPage';
import type { CurrentUser } from '@/lib/api/types';
import { ApiKeysSection } from './ApiKeysSection';
import { UsersSection } from './UsersSection';

/** The supervisor's page for the company's users and API keys. */
export function TeamPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('team');
  const { notice, onNotice } = useNotice();

  return (
    <SettingsPage title={t('title')} intro={t('intro', { company: user.tenant.name })} notice={notice}>
      <UsersSection me={user} onNotice={onNotice} />
      <ApiKeysSection onNotice={onNotice} />
    </SettingsPage>
  );
}
