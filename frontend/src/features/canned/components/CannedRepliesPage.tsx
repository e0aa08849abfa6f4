import { Plus } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { ConfirmDialog } from '@/components/confirm-dialog/ConfirmDialog';
import { useNotice } from '@/components/notice/Notice';
import { SettingsPage } from '@/components/settings-page/SettingsPage';
import settings from '@/components/settings-page/SettingsSection.module.css';
import { TextField } from '@/components/text-field/TextField';
import type { CannedReply, CurrentUser } from '@/lib/api/types';
import { useDeleteCannedReply } from '../api/canned-replies';
import { describeCannedError } from '../lib/canned-error';
import { CannedReplyDialog } from './CannedReplyDialog';
import { CannedReplyList } from './CannedReplyList';
import styles from './CannedRepliesPage.module.css';

/**
 * Canned replies: everyone's page. Supervisors keep the company-wide replies and their own personal ones;
 * agents keep their personal ones and see the company's read-only.
 */
export function CannedRepliesPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation(['canned', 'common']);
  const { notice, onNotice } = useNotice();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const [editing, setEditing] = useState<CannedReply | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);
  const remove = useDeleteCannedReply();

  return (
    <SettingsPage
      title={t('canned:title')}
      intro={user.role === 'supervisor' ? t('canned:introSupervisor', { company: user.tenant.name }) : t('canned:introAgent')}
      notice={notice}
      action={
        <Button icon={<Plus size={16} strokeWidth={2} aria-hidden="true" />} onClick={() => setEditing('new')}>
          {t('canned:add')}
        </Button>
      }
    >
      <section className={settings.section} aria-label={t('canned:title')}>
        <TextField
          className={styles.search}
          label={t('canned:search')}
          type="search"
          value={search}
          maxLength={100}
          onChange={(event) => setSearch(event.target.value)}
        />
        <CannedReplyList q={q} onEdit={setEditing} onDelete={setDeleting} />
      </section>
      {editing && (
        <CannedReplyDialog
          user={user}
          reply={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            onNotice(t(created ? 'canned:added' : 'canned:updated', { shortcut: saved.shortcut }));
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('canned:confirmTitle', { shortcut: deleting.shortcut })}
          body={t('canned:confirmBody')}
          confirmLabel={t('canned:delete')}
          pending={remove.isPending}
          error={remove.isError ? describeCannedError(remove.error, t) : undefined}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setDeleting(null);
                onNotice(t('canned:deleted', { shortcut: deleting.shortcut }));
              },
            })
          }
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
        />
      )}
    </SettingsPage>
  );
}
