import type { ReactNode } from 'react';
import styles from './Alert.module.css';

/** An error the user must notice; role="alert" makes screen readers announce it at once. */
export function Alert({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div role="alert" className={styles.alert}>
      <svg className={styles.icon} viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M10 5.75v5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="10" cy="13.9" r="1" fill="currentColor" />
      </svg>
      <div className={styles.body}>{children}</div>
      {action}
    </div>
  );
}
