import styles from './Spinner.module.css';

/** Decorative; announce progress with text or aria-busy on the owner. */
export function Spinner({ size = 20 }: { size?: number }) {
  return <span className={styles.spinner} style={{ width: size, height: size }} aria-hidden="true" />;
}
