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
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    </button>
  );
}
