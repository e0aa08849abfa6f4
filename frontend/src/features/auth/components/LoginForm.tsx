import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { TextField } from '@/components/text-field/TextField';
import { ApiError } from '@/lib/api/errors';
import { useLogin } from '../api/login';
import { describeLoginError, type LoginField } from './login-error';
import styles from './LoginForm.module.css';

export function LoginForm() {
  const { t } = useTranslation(['auth', 'common']);
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // Client-side checks; the message is looked up at render so a language switch re-translates it.
  const [missing, setMissing] = useState<LoginField[]>([]);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const serverError = login.isError ? describeLoginError(login.error, t) : undefined;

  function focusField(field: LoginField) {
    (field === 'username' ? usernameRef : passwordRef).current?.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const credentials = { username: username.trim(), password };
    const empty = (['username', 'password'] as const).filter((field) => credentials[field] === '');
    setMissing(empty);
    if (empty[0]) {
      login.reset();
      focusField(empty[0]);
      return;
    }
    login.mutate(
      { body: credentials },
      {
        // The submit button was disabled while in flight, which drops focus; put it back.
        onError: (error) => {
          const field = error instanceof ApiError && error.fieldErrors[0] ? error.fieldErrors[0].field : '';
          focusField(field.endsWith('username') ? 'username' : 'password');
        },
      },
    );
  }

  function fieldError(field: LoginField): string | undefined {
    if (missing.includes(field)) return t(`auth:required.${field}`);
    return serverError?.fields[field];
  }

  return (
    <form className={styles.form} onSubmit={handleSubmit} noValidate aria-labelledby="login-title">
      {serverError && <Alert>{serverError.message}</Alert>}
      <TextField
        ref={usernameRef}
        label={t('auth:email')}
        name="username"
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        placeholder={t('auth:emailPlaceholder')}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={fieldError('username')}
      />
      <TextField
        ref={passwordRef}
        label={t('auth:password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError('password')}
      />
      <Button type="submit" size="lg" fullWidth disabled={login.isPending} loading={login.isPending}>
        {login.isPending ? t('auth:submitting') : t('auth:submit')}
      </Button>
    </form>
  );
}
