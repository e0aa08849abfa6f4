import { X } from 'lucide-react';
import styles from './CloseButton.module.css';

interface CloseButtonProps {
  /** The accessible name, e.g. "Tutup" / "Close". */
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

/** The small × button of dialogs and panels. */
export function CloseButton({ label, onClick, disabled }: CloseButtonProps) {
  return (
    <button type="button" className={styles.close} aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <X size={16} strokeWidth={2.4} aria-hidden="true" />
    </button>
  );
}
