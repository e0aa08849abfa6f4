import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { ConfirmDialog } from '@/components/confirm-dialog/ConfirmDialog';
import settings from '@/components/settings-page/SettingsSection.module.css';
import { formatDateTime } from '@/lib/format-date-time';
import { useApiKeys, useRevokeApiKey } from '../api/api-keys';
import type { ApiKey } from '../api/types';
import { describeTeamError } from '../lib/team-error';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import styles from './TeamPage.module.css';
import { TeamSection } from './TeamSection';

/** Named keys for integrators: create (secret shown once), list, revoke (asks first). */
export function ApiKeysSection({ onNotice }: { onNotice: (message: string, tone?: 'success' | 'error') => void }) {
  const { t, i18n } = useTranslation(['team', 'common']);
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('team:users.never'));

  return (
    <TeamSection
      id="team-api-keys"
      title={t('team:apiKeys.title')}
      intro={t('team:apiKeys.intro')}
      addLabel={t('team:apiKeys.create')}
      onAdd={() => setCreating(true)}
      query={keys}
    >
      {keys.isSuccess && keys.data.length === 0 && <p className={styles.muted}>{t('team:apiKeys.empty')}</p>}
      {keys.isSuccess && keys.data.length > 0 && (
        <table className={settings.table}>
          <thead>
            <tr>
              <th scope="col">{t('team:apiKeys.name')}</th>
              <th scope="col">{t('team:apiKeys.prefix')}</th>
              <th scope="col">{t('team:apiKeys.created')}</th>
              <th scope="col">{t('team:apiKeys.lastUsed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('team:users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.id} aria-label={key.name} className={key.revokedAt ? styles.inactiveRow : undefined}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td className={styles.muted}>{t('team:apiKeys.createdBy', { when: when(key.createdAt), name: key.createdBy.name })}</td>
                <td className={styles.muted}>{when(key.lastUsedAt)}</td>
                <td className={styles.actions}>
                  {key.revokedAt ? (
                    <span className={styles.inactive}>{t('team:apiKeys.revokedAt', { when: when(key.revokedAt) })}</span>
                  ) : (
                    <Button size="sm" variant="secondary" onClick={() => setRevoking(key)} aria-label={t('team:apiKeys.revokeNamed', { name: key.name })}>
                      {t('team:apiKeys.revoke')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <CreateApiKeyDialog onClose={() => setCreating(false)} />}
      {revoking && (
        <ConfirmDialog
          title={t('team:apiKeys.confirmTitle', { name: revoking.name })}
          body={t('team:apiKeys.confirmBody')}
          confirmLabel={t('team:apiKeys.revoke')}
          pending={revoke.isPending}
          error={revoke.isError ? describeTeamError(revoke.error, t) : undefined}
          onConfirm={() =>
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                onNotice(t('team:apiKeys.revoked', { name: revoking.name }));
                setRevoking(null);
              },
            })
          }
          onClose={() => {
            revoke.reset();
            setRevoking(null);
          }}
        />
      )}
    </TeamSection>
  );
}
