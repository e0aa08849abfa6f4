import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { TextField } from '@/components/text-field/TextField';
import { ApiError } from '@/lib/api/errors';
import type { CannedReply, CannedReplyScope, CurrentUser } from '@/lib/api/types';
import { useCreateCannedReply, useUpdateCannedReply } from '../api/canned-replies';
import { describeCannedError } from '../lib/canned-error';
import styles from './CannedRepliesPage.module.css';

const SHORTCUT = /^[a-z0-9-]{1,40}$/;
const MAX_BODY = 4096;

interface CannedReplyDialogProps {
  user: CurrentUser;
  /** The reply to edit; absent to add one. */
  reply?: CannedReply;
  onClose: () => void;
  onSaved: (reply: CannedReply, created: boolean) => void;
}

/** Adds or edits a canned reply: its shortcut, its text (with placeholders) and, when adding as a supervisor, its scope. */
export function CannedReplyDialog({ user, reply, onClose, onSaved }: CannedReplyDialogProps) {
  const { t } = useTranslation(['canned', 'common']);
  const create = useCreateCannedReply();
  const update = useUpdateCannedReply();
  const write = reply ? update : create;
  const bodyId = useId();
  const supervisor = user.role === 'supervisor';
  const [shortcut, setShortcut] = useState(reply?.shortcut ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [scope, setScope] = useState<CannedReplyScope>(supervisor ? 'COMPANY' : 'PERSONAL');
  const [checked, setChecked] = useState(false);

  const error = write.error instanceof ApiError ? write.error : undefined;
  const serverField = (field: string) => error?.fieldErrors.find((item) => item.field.split('.').pop() === field)?.message;
  const shortcutError = !checked
    ? undefined
    : !shortcut
      ? t('canned:dialog.required.shortcut')
      : !SHORTCUT.test(shortcut)
        ? t('canned:dialog.shortcutFormat')
        : error?.code === 'shortcut-taken'
          ? t('canned:errors.shortcutTaken')
          : serverField('shortcut');
  const bodyError = !checked ? undefined : !body.trim() ? t('canned:dialog.required.body') : serverField('body');
  const alert = write.isError && !['shortcut-taken', 'validation-failed'].includes(error?.code ?? '') ? describeCannedError(write.error, t) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    write.reset();
    if (!SHORTCUT.test(shortcut) || !body.trim()) return;
    const done = { onSuccess: (saved: CannedReply) => onSaved(saved, !reply) };
    if (reply) update.mutate({ id: reply.id, change: { shortcut, body } }, done);
    else create.mutate({ shortcut, body, scope }, done);
  }

  return (
    <Dialog
      title={reply ? t('canned:dialog.editTitle', { shortcut: reply.shortcut }) : t('canned:dialog.addTitle')}
      onClose={onClose}
      busy={write.isPending}
      size="lg"
      footer={<DialogActions busy={write.isPending} onCancel={onClose} form="canned-reply" confirmLabel={t('canned:dialog.save')} />}
    >
      <form id="canned-reply" className={styles.form} onSubmit={handleSubmit} noValidate>
        {alert && <Alert>{alert}</Alert>}
        <TextField
          label={t('canned:dialog.shortcut')}
          data-autofocus
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          value={shortcut}
          onChange={(event) => setShortcut(event.target.value.toLowerCase().replace(/\s/g, '-'))}
          error={shortcutError}
        />
        <p className={styles.hint}>{t('canned:dialog.shortcutHint')}</p>
        <div className={styles.field}>
          <label htmlFor={bodyId}>{t('canned:dialog.body')}</label>
          <textarea
            id={bodyId}
            rows={5}
            maxLength={MAX_BODY}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={`${bodyId}-hint${bodyError ? ` ${bodyId}-error` : ''}`}
          />
          {bodyError && (
            <p id={`${bodyId}-error`} className={styles.error}>
              {bodyError}
            </p>
          )}
          <p id={`${bodyId}-hint`} className={styles.hint}>
            {t('canned:dialog.placeholders', { contactName: '{{contact.name}}', contactPhone: '{{contact.phone}}', agentName: '{{agent.name}}' })}
          </p>
        </div>
        {!reply && supervisor && (
          <label className={styles.field}>
            <span>{t('canned:dialog.scope')}</span>
            <select value={scope} onChange={(event) => setScope(event.target.value as CannedReplyScope)}>
              <option value="COMPANY">{t('canned:dialog.scopeCompany')}</option>
              <option value="PERSONAL">{t('canned:dialog.scopePersonal')}</option>
            </select>
          </label>
        )}
        {!reply && !supervisor && <p className={styles.hint}>{t('canned:dialog.personalOnly')}</p>}
      </form>
    </Dialog>
  );
}
