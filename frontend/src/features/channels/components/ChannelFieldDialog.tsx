import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { TextField } from '@/components/text-field/TextField';
import { useReplaceToken, useSetWabaId } from '../api/channels';
import type { Channel } from '../api/types';
import { channelFieldError, describeChannelError, isFieldError } from '../lib/channel-error';
import styles from './ChannelsPage.module.css';

export type ChannelFieldEdit = 'replaceToken' | 'wabaId';

interface ChannelFieldDialogProps {
  channel: Channel;
  edit: ChannelFieldEdit;
  onClose: () => void;
  onSaved: (channel: Channel) => void;
}

/** Sets one thing of a connected number: a new access token (write-only) or its WABA ID. */
export function ChannelFieldDialog({ channel, edit, onClose, onSaved }: ChannelFieldDialogProps) {
  const { t } = useTranslation(['channels', 'common']);
  const replaceToken = useReplaceToken();
  const setWabaId = useSetWabaId();
  const save = edit === 'replaceToken' ? replaceToken : setWabaId;
  const field = edit === 'replaceToken' ? 'accessToken' : 'wabaId';
  const [value, setValue] = useState(edit === 'wabaId' ? (channel.wabaId ?? '') : '');
  const [missing, setMissing] = useState<string[]>([]);

  const alert = save.isError && !isFieldError(save.error) ? describeChannelError(save.error, t) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = value.trim();
    setMissing(trimmed === '' ? [field] : []);
    if (trimmed === '') return save.reset();
    if (edit === 'replaceToken') replaceToken.mutate({ id: channel.id, accessToken: trimmed }, { onSuccess: onSaved });
    else setWabaId.mutate({ id: channel.id, wabaId: trimmed }, { onSuccess: onSaved });
  }

  return (
    <Dialog
      title={t(`channels:${edit}.title`, { name: channel.name })}
      onClose={onClose}
      busy={save.isPending}
      footer={<DialogActions busy={save.isPending} onCancel={onClose} form="channel-field" confirmLabel={t(`channels:${edit}.submit`)} />}
    >
      <form id="channel-field" className={styles.form} onSubmit={handleSubmit} noValidate>
        {alert && <Alert>{alert}</Alert>}
        <TextField
          label={t(`channels:${edit}.label`)}
          data-autofocus
          type={edit === 'replaceToken' ? 'password' : 'text'}
          inputMode={edit === 'wabaId' ? 'numeric' : undefined}
          autoComplete={edit === 'replaceToken' ? 'new-password' : 'off'}
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={channelFieldError(field, missing, save.error, t)}
        />
        <p className={styles.hint}>{t(`channels:${edit}.hint`)}</p>
      </form>
    </Dialog>
  );
}
