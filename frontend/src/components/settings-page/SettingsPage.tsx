import type { ReactNode } from 'react';
import { Notice, type NoticeState } from '../notice/Notice';
import styles from './SettingsPage.module.css';

interface SettingsPageProps {
  title: string;
  intro: string;
  /** The page's main action, beside the title (e.g. "Connect WhatsApp number"). */
  action?: ReactNode;
  /** The outcome of the page's last action (see useNotice). */
  notice: NoticeState | null;
  children: ReactNode;
}

/** A supervisor's settings screen (Team, Channels): title, intro, main action, the outcome region, then sections. */
export function SettingsPage({ title, intro, action, notice, children }: SettingsPageProps) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <h1>{title}</h1>
          <p className={styles.intro}>{intro}</p>
        </div>
        {action}
      </header>
      <Notice notice={notice} />
      {children}
    </div>
  );
}
