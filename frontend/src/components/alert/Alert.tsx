import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import styles from './Alert.module.css';

/** An error the user must notice; role="alert" makes screen readers announce it at once. */
export function Alert({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div role="alert" className={styles.alert}>
      <CircleAlert className={styles.icon} size={18} strokeWidth={1.8} aria-hidden="true" />
      <div className={styles.body}>{children}</div>
      {action}
    </div>
  );
}
