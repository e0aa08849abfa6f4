import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import { Dialog } from '@/components/dialog/Dialog';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  pending: boolean;
  error?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that takes something away (deactivate a user, revoke a key, disconnect a number). */
export function ConfirmDialog({ title, body, confirmLabel, pending, error, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  return (
    <Dialog
      title={title}
      onClose={onClose}
      busy={pending}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending} data-autofocus>
            {t('cancel')}
          </Button>
          <Button onClick={onConfirm} disabled={pending} loading={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {error && <Alert>{error}</Alert>}
      <p>{body}</p>
    </Dialog>
  );
}
