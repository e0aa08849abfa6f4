import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { TextField } from '@/components/text-field/TextField';
import { ApiError } from '@/lib/api/errors';
import type { ProblemCode } from '@/lib/api/problem-codes';
import type { UserRole } from '@/lib/api/types';
import { useCreateUser } from '../api/users';
import type { TeamUser } from '../api/types';
import { describeTeamError } from '../lib/team-error';
import styles from './TeamPage.module.css';

type Field = 'name' | 'username' | 'password';

/** A supervisor adds an agent or supervisor with an initial password to pass on. */
export function AddUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: TeamUser) => void }) {
  const { t } = useTranslation(['team', 'common']);
  const create = useCreateUser();
  const [values, setValues] = useState({ name: '', username: '', password: '', role: 'agent' as UserRole });
  const [missing, setMissing] = useState<Field[]>([]);

  const error = create.error instanceof ApiError ? create.error : undefined;
  function fieldError(field: Field): string | undefined {
    if (missing.includes(field)) return t(`team:addUser.required.${field}`);
    if (field === 'username' && error?.code === 'username-taken') return t('team:errors.usernameTaken');
    if (field === 'password' && error?.code === 'weak-password')
      return [...values.password].length < 10 ? t('team:errors.passwordTooShort') : t('team:errors.passwordTooCommon');
    return error?.fieldErrors.find((item) => item.field.split('.').pop() === field)?.message;
  }
  const fieldCodes: (ProblemCode | undefined)[] = ['username-taken', 'weak-password', 'validation-failed'];
  const alert = create.isError && !fieldCodes.includes(error?.code) ? describeTeamError(create.error, t) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { ...values, name: values.name.trim(), username: values.username.trim() };
    const empty = (['name', 'username', 'password'] as const).filter((field) => body[field] === '');
    setMissing(empty);
    if (empty.length > 0) return create.reset();
    create.mutate(body, { onSuccess: onCreated });
  }

  const set = (field: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues({ ...values, [field]: event.target.value });

  return (
    <Dialog
      title={t('team:addUser.title')}
      onClose={onClose}
      busy={create.isPending}
      footer={<DialogActions busy={create.isPending} onCancel={onClose} form="add-user" confirmLabel={t('team:addUser.submit')} />}
    >
      <form id="add-user" className={styles.form} onSubmit={handleSubmit} noValidate>
        {alert && <Alert>{alert}</Alert>}
        <TextField label={t('team:addUser.name')} data-autofocus value={values.name} onChange={set('name')} error={fieldError('name')} maxLength={100} />
        <TextField
          label={t('team:addUser.email')}
          type="email"
          autoComplete="off"
          value={values.username}
          onChange={set('username')}
          error={fieldError('username')}
        />
        <label className={styles.selectField}>
          <span>{t('team:addUser.role')}</span>
          <select value={values.role} onChange={set('role')}>
            <option value="agent">{t('team:role.agent')}</option>
            <option value="supervisor">{t('team:role.supervisor')}</option>
          </select>
        </label>
        <TextField
          label={t('team:addUser.password')}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={fieldError('password')}
        />
        <p className={styles.hint}>{t('team:addUser.passwordHint')}</p>
      </form>
    </Dialog>
  );
}
