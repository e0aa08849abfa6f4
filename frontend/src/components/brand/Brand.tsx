import { useTranslation } from 'react-i18next';
import styles from './Brand.module.css';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg className={styles.mark} width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path
        d="M8 11.5A3.5 3.5 0 0 1 11.5 8h9a3.5 3.5 0 0 1 3.5 3.5v6a3.5 3.5 0 0 1-3.5 3.5H15l-4.5 3.5V21A3 3 0 0 1 8 18z"
        fill="#fff"
      />
    </svg>
  );
}

/** Logo mark plus the product name. */
export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation('common');
  return (
    <span className={[styles.brand, styles[size]].join(' ')}>
      <BrandMark size={size === 'lg' ? 40 : 28} />
      <span className={styles.name}>{t('productName')}</span>
    </span>
  );
}
