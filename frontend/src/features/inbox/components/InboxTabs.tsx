import { useTranslation } from 'react-i18next';
import type { RoomCounts } from '@/lib/api/types';
import { TABS, type Tab } from '../lib/inbox-url';
import styles from './InboxTabs.module.css';

interface InboxTabsProps {
  tab: Tab;
  counts: RoomCounts['tabs'] | undefined;
  onChange: (tab: Tab) => void;
}

const numberFormat = new Intl.NumberFormat('id-ID');

/** All / Unassigned / Assigned / Resolved, each with its live count under the other filters. */
export function InboxTabs({ tab, counts, onChange }: InboxTabsProps) {
  const { t } = useTranslation('inbox');
  return (
    <div role="tablist" aria-label={t('tabs.label')} className={styles.tabs}>
      {TABS.map((value) => (
        <button
          key={value}
          type="button"
          role="tab"
          aria-selected={tab === value}
          className={styles.tab}
          onClick={() => onChange(value)}
        >
          <span className={styles.count} data-testid={`tab-count-${value}`}>
            {counts ? numberFormat.format(counts[value]) : '–'}
          </span>
          <span className={styles.label}>{t(`tabs.${value}`)}</span>
        </button>
      ))}
    </div>
  );
}
