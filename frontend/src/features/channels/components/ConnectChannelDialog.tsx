import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { TextField } from '@/components/text-field/TextField';
import { useConnectChannel } from '../api/channels';
import type { Channel } from '../api/types';
import { channelFieldError, describeChannelError, isFieldError } from '../lib/channel-error';
import styles from './ChannelsPage.module.css';

type Field = 'name' | 'phoneNumberId' | 'wabaId' | 'accessToken';
const REQUIRED = ['name', 'phoneNumberId', 'accessToken'] as const;

/** A supervisor connects a WhatsApp Cloud number; the access token is write-only. */
export function ConnectChannelDialog({ onClose, onConnected }: { onClose: () => void; onConnected: (channel: Channel) => void }) {
  const { t } = useTranslation(['channels', 'common']);
  const connect = useConnectChannel();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', phoneNumberId: '', wabaId: '', accessToken: '' });
  const [missing, setMissing] = useState<string[]>([]);

  const fieldError = (field: Field) => channelFieldError(field, missing, connect.error, t);
  const alert = connect.isError && !isFieldError(connect.error) ? describeChannelError(connect.error, t) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: values.name.trim(), phoneNumberId: values.phoneNumberId.trim(), accessToken: values.accessToken.trim() };
    const empty = REQUIRED.filter((field) => body[field] === '');
    setMissing(empty);
    if (empty.length > 0) return connect.reset();
    const wabaId = values.wabaId.trim();
    connect.mutate({ kind: 'WHATSAPP', ...body, ...(wabaId ? { wabaId } : {}) }, { onSuccess: onConnected });
  }

  const set = (field: Field) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [field]: event.target.value });

  return (
    <Dialog
      title={t('channels:connect.title')}
      onClose={onClose}
      busy={connect.isPending}
      footer={<DialogActions busy={connect.isPending} onCancel={onClose} form="connect-channel" confirmLabel={t('channels:connect.submit')} />}
    >
      <form id="connect-channel" className={styles.form} onSubmit={handleSubmit} noValidate>
        {alert && <Alert>{alert}</Alert>}
        <TextField label={t('channels:connect.name')} data-autofocus value={values.name} onChange={set('name')} error={fieldError('name')} maxLength={200} />
        <p className={styles.hint}>{t('channels:connect.nameHint')}</p>
        <TextField
          label={t('channels:connect.phoneNumberId')}
          inputMode="numeric"
          autoComplete="off"
          value={values.phoneNumberId}
          onChange={set('phoneNumberId')}
          error={fieldError('phoneNumberId')}
        />
        <TextField
          label={t('channels:connect.wabaId')}
          inputMode="numeric"
          autoComplete="off"
          value={values.wabaId}
          onChange={set('wabaId')}
          error={fieldError('wabaId')}
        />
        <p className={styles.hint}>{t('channels:connect.idsHint')}</p>
        <TextField
          label={t('channels:connect.accessToken')}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          value={values.accessToken}
          onChange={set('accessToken')}
          error={fieldError('accessToken')}
        />
        <p className={styles.hint}>{t('channels:connect.accessTokenHint')}</p>
      </form>
    </Dialog>
  );
}
