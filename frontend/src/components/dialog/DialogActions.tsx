import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../button/Button';

interface DialogActionsProps {
  /** While true both buttons are off and the confirming one spins. */
  busy: boolean;
  onCancel: () => void;
  confirmLabel: ReactNode;
  /** The id of the form the confirming button submits; without it, onConfirm is called. */
  form?: string;
  onConfirm?: () => void;
  /** Other reasons the confirming button is off. */
  disabled?: boolean;
  /** Shown before the buttons, e.g. what is still missing. */
  hint?: ReactNode;
}

/** A dialog's footer: Cancel, then the action that confirms it. */
export function DialogActions({ busy, onCancel, confirmLabel, form, onConfirm, disabled = false, hint }: DialogActionsProps) {
  const { t } = useTranslation('common');
  return (
    <>
      {hint}
      <Button variant="secondary" onClick={onCancel} disabled={busy}>
        {t('cancel')}
      </Button>
      <Button type={form ? 'submit' : 'button'} form={form} onClick={onConfirm} disabled={disabled || busy} loading={busy}>
        {confirmLabel}
      </Button>
    </>
  );
}
