import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import settings from '@/components/settings-page/SettingsSection.module.css';
import { Spinner } from '@/components/spinner/Spinner';
import { describeTeamError } from '../lib/team-error';
import styles from './TeamPage.module.css';

interface TeamSectionProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  intro?: string;
  addLabel: string;
  onAdd: () => void;
  /** The list the section shows: while it loads a spinner, when it fails the reason and Retry. */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  children: ReactNode;
}

/** A section of the team page: heading with its Add button, the list's load state, then the list. */
export function TeamSection({ id, title, intro, addLabel, onAdd, query, children }: TeamSectionProps) {
  const { t } = useTranslation(['team', 'common']);
  const heading = <h2 id={id}>{title}</h2>;
  return (
    <section className={settings.section} aria-labelledby={id}>
      <div className={styles.sectionHeader}>
        {intro ? (
          <div>
            {heading}
            <p className={styles.muted}>{intro}</p>
          </div>
        ) : (
          heading
        )}
        <Button size="sm" onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
      {query.isPending && <Spinner />}
      {query.isError && (
        <Alert action={<Button size="sm" variant="secondary" onClick={() => void query.refetch()}>{t('common:retry')}</Button>}>
          {describeTeamError(query.error, t)}
        </Alert>
      )}
      {children}
    </section>
  );
}
