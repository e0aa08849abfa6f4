import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { TextField } from '@/components/text-field/TextField';
import { useChangePassword } from '../api/change-password';
import { describePasswordError, type PasswordField } from './password-error';
import styles from './ChangePasswordDialog.module.css';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Everyone changes their own password here; the old one is required, other sessions end. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const change = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [missing, setMissing] = useState<PasswordField[]>([]);
  const [mismatch, setMismatch] = useState(false);
  // The new password the server judged, so its error is explained against what was sent.
  const [sent, setSent] = useState('');

  const serverError = change.isError ? describePasswordError(change.error, sent, t) : undefined;

  function fieldError(field: PasswordField): string | undefined {
    if (missing.includes(field)) return t(`auth:passwordChange.required.${field}`);
    if (field === 'confirmPassword' && mismatch) return t('auth:passwordChange.errors.mismatch');
    return serverError?.fields[field];
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = (Object.keys(EMPTY) as PasswordField[]).filter((field) => values[field] === '');
    setMissing(empty);
    const differs = values.confirmPassword !== '' && values.newPassword !== values.confirmPassword;
    setMismatch(differs);
    if (empty.length > 0 || differs) {
      change.reset();
      return;
    }
    setSent(values.newPassword);
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  }

  const field = (name: PasswordField, autoComplete: string) => ({
    name,
    type: 'password',
    autoComplete,
    required: true,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value }),
    error: fieldError(name),
  });

  if (change.isSuccess) {
    return (
      <Dialog
        title={t('auth:passwordChange.title')}
        onClose={onClose}
        footer={
          <Button onClick={onClose} data-autofocus>
            {t('auth:passwordChange.done')}
          </Button>
        }
      >
        <p role="status" className={styles.success}>
          {t('auth:passwordChange.changed')}
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('auth:passwordChange.title')}
      onClose={onClose}
      busy={change.isPending}
      footer={
        <DialogActions
          busy={change.isPending}
          onCancel={onClose}
          form="change-password"
          confirmLabel={change.isPending ? t('auth:passwordChange.saving') : t('auth:passwordChange.save')}
        />
      }
    >
      <form id="change-password" className={styles.form} onSubmit={handleSubmit} noValidate>
        {serverError?.message && <Alert>{serverError.message}</Alert>}
        <TextField label={t('auth:passwordChange.current')} data-autofocus {...field('currentPassword', 'current-password')} />
        <TextField label={t('auth:passwordChange.new')} {...field('newPassword', 'new-password')} />
        <TextField label={t('auth:passwordChange.confirm')} {...field('confirmPassword', 'new-password')} />
        <p className={styles.hint}>{t('auth:passwordChange.hint')}</p>
      </form>
    </Dialog>
  );
}
