import { useTranslation } from 'react-i18next';
import type { UserRole } from '@/lib/api/types';
import styles from './RoleBadge.module.css';

export function RoleBadge({ role }: { role: UserRole }) {
  const { t } = useTranslation('shell');
  return <span className={[styles.badge, styles[role]].join(' ')}>{t(`role.${role}`)}</span>;
}
