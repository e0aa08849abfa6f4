import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { TextField } from '@/components/text-field/TextField';
import { copyText } from '@/lib/clipboard';
import { useCreateApiKey } from '../api/api-keys';
import { describeTeamError } from '../lib/team-error';
import styles from './TeamPage.module.css';

/** Names a new key, then shows its secret once with a copy button. */
export function CreateApiKeyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['team', 'common']);
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() !== '') create.mutate(name.trim());
  }

  if (create.isSuccess) {
    const { key, apiKey } = create.data;
    return (
      <Dialog
        title={t('team:apiKeys.createdTitle', { name: apiKey.name })}
        onClose={onClose}
        footer={<Button onClick={onClose}>{t('team:apiKeys.done')}</Button>}
      >
        <div className={styles.form}>
          <p className={styles.warning}>{t('team:apiKeys.shownOnce')}</p>
          <div className={styles.secretRow}>
            <TextField label={t('team:apiKeys.key')} value={key} readOnly data-autofocus onFocus={(event) => event.currentTarget.select()} className={styles.secret} />
            <Button
              variant="secondary"
              onClick={async () => setCopied((await copyText(key)) ? 'yes' : 'failed')}
            >
              {t('team:apiKeys.copy')}
            </Button>
          </div>
          <p role="status" className={styles.muted}>
            {copied === 'yes' ? t('team:apiKeys.copied') : copied === 'failed' ? t('team:apiKeys.copyFailed') : ''}
          </p>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('team:apiKeys.createTitle')}
      onClose={onClose}
      busy={create.isPending}
      footer={
        <DialogActions busy={create.isPending} onCancel={onClose} form="create-api-key" confirmLabel={t('team:apiKeys.createSubmit')} />
      }
    >
      <form id="create-api-key" className={styles.form} onSubmit={handleSubmit} noValidate>
        {create.isError && <Alert>{describeTeamError(create.error, t)}</Alert>}
        <TextField
          label={t('team:apiKeys.name')}
          placeholder={t('team:apiKeys.namePlaceholder')}
          data-autofocus
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={missing ? t('team:apiKeys.nameRequired') : undefined}
        />
      </form>
    </Dialog>
  );
}
