import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { ConfirmDialog } from '@/components/confirm-dialog/ConfirmDialog';
import settings from '@/components/settings-page/SettingsSection.module.css';
import type { CurrentUser, UserRole } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format-date-time';
import type { TeamUser } from '../api/types';
import { useUpdateUser, useUsers } from '../api/users';
import { describeTeamError } from '../lib/team-error';
import { AddUserDialog } from './AddUserDialog';
import styles from './TeamPage.module.css';
import { TeamSection } from './TeamSection';

/** The company's users: add, change role, deactivate (asks first) and reactivate. */
export function UsersSection({ me, onNotice }: { me: CurrentUser; onNotice: (message: string, tone?: 'success' | 'error') => void }) {
  const { t, i18n } = useTranslation(['team', 'common']);
  const users = useUsers();
  const update = useUpdateUser();
  const [adding, setAdding] = useState(false);
  const [deactivating, setDeactivating] = useState<TeamUser | null>(null);

  function changeRole(user: TeamUser, role: UserRole) {
    update.mutate(
      { id: user.id, change: { role } },
      {
        onSuccess: (saved) => onNotice(t('team:users.roleChanged', { name: saved.name, role: t(`team:role.${saved.role}`) })),
        onError: (error) => onNotice(describeTeamError(error, t), 'error'),
      },
    );
  }

  function setActive(user: TeamUser, active: boolean) {
    update.mutate(
      { id: user.id, change: { active } },
      {
        onSuccess: (saved) => {
          setDeactivating(null);
          onNotice(t(active ? 'team:users.reactivated' : 'team:users.deactivated', { name: saved.name }));
        },
        onError: (error) => {
          if (!deactivating) onNotice(describeTeamError(error, t), 'error');
        },
      },
    );
  }

  return (
    <TeamSection id="team-users" title={t('team:users.title')} addLabel={t('team:users.add')} onAdd={() => setAdding(true)} query={users}>
      {users.isSuccess && (
        <table className={`${settings.table} ${styles.users}`}>
          <thead>
            <tr>
              <th scope="col">{t('team:users.name')}</th>
              <th scope="col">{t('team:users.role')}</th>
              <th scope="col">{t('team:users.status')}</th>
              <th scope="col">{t('team:users.lastActive')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('team:users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => {
              const self = user.id === me.id;
              return (
                <tr key={user.id} aria-label={user.name} className={user.active ? undefined : styles.inactiveRow}>
                  <td>
                    <div className={styles.userName}>
                      {user.name}
                      {self && <span className={styles.you}>{t('team:users.you')}</span>}
                    </div>
                    <div className={styles.muted}>{user.username}</div>
                  </td>
                  <td>
                    <select
                      aria-label={t('team:users.roleOf', { name: user.name })}
                      value={user.role}
                      disabled={self || update.isPending}
                      onChange={(event) => changeRole(user, event.target.value as UserRole)}
                    >
                      <option value="agent">{t('team:role.agent')}</option>
                      <option value="supervisor">{t('team:role.supervisor')}</option>
                    </select>
                  </td>
                  <td>
                    <span className={user.active ? styles.active : styles.inactive}>
                      {user.active ? t('team:users.active') : t('team:users.inactive')}
                    </span>
                  </td>
                  <td className={styles.muted}>
                    {user.lastActiveAt ? formatDateTime(user.lastActiveAt, i18n.language) : t('team:users.never')}
                  </td>
                  <td className={styles.actions}>
                    {!self &&
                      (user.active ? (
                        <Button size="sm" variant="secondary" onClick={() => setDeactivating(user)} aria-label={t('team:users.deactivateNamed', { name: user.name })}>
                          {t('team:users.deactivate')}
                        </Button>
                      ) : (
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={update.isPending}
                          onClick={() => setActive(user, true)}
                          aria-label={t('team:users.reactivateNamed', { name: user.name })}
                        >
                          {t('team:users.reactivate')}
                        </Button>
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {adding && (
        <AddUserDialog
          onClose={() => setAdding(false)}
          onCreated={(user) => {
            setAdding(false);
            onNotice(t('team:users.added', { name: user.name }));
          }}
        />
      )}
      {deactivating && (
        <ConfirmDialog
          title={t('team:users.confirmTitle', { name: deactivating.name })}
          body={t('team:users.confirmBody')}
          confirmLabel={t('team:users.deactivate')}
          pending={update.isPending}
          error={update.isError ? describeTeamError(update.error, t) : undefined}
          onConfirm={() => setActive(deactivating, false)}
          onClose={() => {
            update.reset();
            setDeactivating(null);
          }}
        />
      )}
    </TeamSection>
  );
}
